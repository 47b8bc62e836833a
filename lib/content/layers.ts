import { LAYER_IDS } from "./constants";
import type { LayerId } from "./schema";

/** Display names for the canonical layers. */
export const LAYER_NAMES: Record<LayerId, string> = {
  language: "Languages & runtimes",
  frontend: "Frontend",
  backend: "Backend",
  data: "Data",
  messaging: "Messaging & streaming",
  ai: "AI & ML",
  security: "Security & identity",
  infra: "Infrastructure",
  delivery: "CI/CD & delivery",
  observability: "Observability",
  testing: "Testing & quality",
  tooling: "Tooling",
  integrations: "Integrations",
};

export const LAYER_DESCRIPTIONS: Record<LayerId, string> = {
  language: "Programming languages and runtimes.",
  frontend: "Web and mobile UI, styling and UI state.",
  backend: "Server frameworks, API styles and validation.",
  data: "Databases, ORMs and drivers, caches, search, vector stores, object storage, warehouses.",
  messaging: "Queues, event buses, streaming, realtime transport and workflow engines.",
  ai: "Models, LLM APIs, orchestration, ML frameworks, serving and speech.",
  security: "Authentication, identity, secrets and security scanning.",
  infra: "Cloud, containers, orchestration, hosting, CDN, edge and infrastructure as code.",
  delivery: "CI/CD and release.",
  observability: "Metrics, logs, traces, error tracking and product analytics.",
  testing: "Test frameworks, linters and formatters.",
  tooling: "IDEs, package managers, monorepo and build tools, AI assistants.",
  integrations: "Third-party APIs and SaaS: payments, maps, sheets, calendars.",
};

// Checked in order: the first rule whose pattern matches a label wins, so narrow phrases
// ("API gateway", "vector DB", "AI assistants") come before the broad words they contain.
const RULES: Array<[LayerId, RegExp]> = [
  ["tooling", /\b(ai assistants?|coding assistants?|ides?|editors?|package manag\w*|dependenc\w*|dependency mgmt|monorepo|build (tools?|system)|version control|vcs|code review|repositor\w*|dev(elopment)? (tools?|environment))\b|工具|ツール|도구|инструмент/i],
  ["infra", /\b(api gateway|service mesh|edge|cdn|iac|infrastructure as code)\b/i],
  ["data", /\b(vector|databases?|dbs?|storage|cach\w*|orms?|db client|db driver|drivers?|data (layer|access|lake|warehouse)|warehouse|lakehouse|olap|relational|document|key-value|time-series|search( engine)?|hybrid search|graph|sql|nosql|persistence|query builders?|migrations?)\b|数据库|存储|データベース|데이터베이스|база данных|хранилищ|datenbank|base de datos|base de données/i],
  ["security", /\b(auth\w*|security|identity|secrets?|iam|sast|dast|privacy|encryption|compliance|access control|sso)\b|安全|认证|認証|セキュリティ|보안|인증|безопасн|аутентиф|sicherheit|seguridad|sécurité/i],
  ["testing", /\b(test\w*|lint\w*|format\w*|code quality|qa|quality)\b|测试|テスト|테스트|тест/i],
  ["delivery", /\b(ci\/cd|ci|cd|continuous (integration|delivery|deployment)|release|delivery)\b|持续集成|デプロイ|배포|развертыван/i],
  ["ai", /\b(ai|ml|ai\/ml|aiml|llms?|models?|inference|machine learning|nlp|speech|voice|stt|tts|agents?|agentic|embeddings?|mlops|rag|serving|training|experiment\w*|foundation|genai|generative)\b|人工智能|機械学習|모델|인공지능|ии\b|нейро|машинн/i],
  ["observability", /\b(monitor\w*|observab\w*|logging|logs?|metrics|tracing|traces|error tracking|apm|alert\w*|profil\w*|analytics|telemetry)\b|监控|モニタリング|모니터링|мониторинг/i],
  ["language", /\b(languages?|runtimes?|programming)\b|语言|言語|언어|язык|sprache|lenguaje|langage/i],
  ["messaging", /\b(queues?|messag\w*|events?|event-driven|stream\w*|real-?time|realtime|pub\/?sub|brokers?|workflows?|pipelines?|jobs?|tasks?)\b|消息|队列|メッセージ|キュー|메시지|큐|очеред|сообщен/i],
  ["backend", /\b(web|api|python|node|go|java|http|asgi|wsgi) (frameworks?|servers?)\b/i],
  ["frontend", /\b(front-?end|front end|ui|ux|web|mobile|styling|css|design system|state( management)?|icons?|client)\b|前端|フロントエンド|프론트엔드|프런트엔드|фронтенд|клиент/i],
  ["backend", /\b(back-?end|back end|server|api|apis|framework|frameworks|validation|business logic|core services?|web framework)\b|后端|服务端|バックエンド|サーバー|백엔드|서버|бэкенд|бекенд|сервер/i],
  ["infra", /\b(infra\w*|cloud|hosting|deploy\w*|containers?|container\w*|kubernetes|orchestration|compute|serverless|network\w*|scal\w*|platform|devops|ops)\b|基础设施|インフラ|인프라|инфраструктур|хостинг/i],
  ["integrations", /\b(integrations?|third-party|3rd-party|payments?|maps?|sheets|calendars?|email|sms|notifications?|sync|saas)\b|集成|連携|연동|интеграц/i],
];

/** Maps a document's own label (a heading, a table's layer cell, a list label) to a canonical layer. */
export function toLayerId(label: string | undefined): LayerId | undefined {
  if (!label) return undefined;
  const text = label.replace(/[*_`#]/g, " ").trim();
  if (!text) return undefined;
  const lower = text.toLowerCase();
  if ((LAYER_IDS as readonly string[]).includes(lower)) return lower as LayerId;
  // "Frontend (Web + Voice UI)": the words outside parentheses say more than the aside.
  const main = text.replace(/\([^)]*\)/g, " ").trim();
  for (const candidate of main && main !== text ? [main, text] : [text]) {
    for (const [id, re] of RULES) if (re.test(candidate)) return id;
  }
  return undefined;
}

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}
