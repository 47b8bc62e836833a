// Small text predicates shared by the extractors: what looks like a name, a version, a placeholder.
import { clip as clipText } from "../clip";

const VERSION_TAIL =
  /^(.*?\S)\s+((?:[~^>=<]+\s*)?v?\d+(?:\.\d+)*(?:\.x)?\+?|v\d+(?:\.\d+)*|\d+(?:\.\d+)+\S*)$/i;
const VERSION_ONLY = /^(?:[~^>=<]+\s*)?v?\d+(?:\.\d+)*(?:\.[x*])?\+?(?:-[a-z0-9.]+)?$/i;
const NO_VERSION =
  /^(latest|built-?in|native|n\/?a|none|-+|—|–|stable|lts|current|tbd|\?|any|system)$/i;

/** Splits `PostgreSQL 16+` into name and version; leaves names like `GPT-4o` or `k3s` whole. */
export function splitVersion(text: string): { name: string; version?: string } {
  const m = VERSION_TAIL.exec(text.trim());
  if (!m) return { name: text.trim() };
  return { name: m[1].trim(), version: m[2].replace(/\s+/g, "") };
}

/** Reads a version column's cell: `~3.12`, `0.116.2+`, `v4`; `Latest`, `Built-in` and `-` mean none. */
export function toVersion(cell: string): string | undefined {
  const text = cell.replace(/[`*_]/g, "").trim();
  if (!text || NO_VERSION.test(text)) return undefined;
  if (VERSION_ONLY.test(text)) return text.replace(/\s+/g, "");
  // `22.x LTS`, `v20 LTS`, `20 LTS`, `>= 3.11`: the version inside a cell that says more.
  const m =
    /(?:[~^>=<]+\s*)?v?\d+(?:\.\d+)*\.(?:x|\d+)\+?|(?:[~^>=<]+\s*)v?\d+|\bv\d+\b|^\d{1,3}(?=\s+(?:lts|stable|or later|\+))/i.exec(
      text,
    );
  return m ? m[0].replace(/\s+/g, "") : undefined;
}

export function isVersionOnly(text: string): boolean {
  return VERSION_ONLY.test(text.trim());
}

const PLACEHOLDER =
  /^\s*\((?:e\.g\.?|eg|ex|example|i\.e\.)[,:]?\s[^)]*\)\s*$|\[(?:e\.g\.?|eg|ex|example|i\.e\.|ai|todo|tbd|replace|your|insert|add|fill|describe|list)\b[^\]]*\]|\{[A-Z][A-Z0-9_ ]{2,}\}|<(?:your|insert|replace)[^>]*>|\b_?TBD_?\b|\bTODO\b|待补充|待定|待确定|未定|要検討|미정|уточняется|por definir|a definir|à définir|do ustalenia|da definire/i;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

export function countPlaceholders(text: string): number {
  // In a whole document, an "(e.g., …)" placeholder is the value after a label, at the end of its line.
  const source = PLACEHOLDER.source.replace(/^\^\\s\*/, "[:：]\\s*");
  const re = new RegExp(source, "gim");
  return (text.match(re) ?? []).length;
}

/** The names a template offers as examples: `[e.g., Node.js, Python]` → `Node.js, Python`. */
export function placeholderExamples(text: string): string | undefined {
  const m =
    /\[(?:e\.g\.?|eg|ex|example|such as)[,:]?\s*([^\]]+)\]|^\s*\((?:e\.g\.?|eg|ex|example|such as)[,:]?\s*([^)]+)\)\s*$/i.exec(
      text,
    );
  return m?.[1] ?? m?.[2];
}

const CONNECTORS = new Set(
  "for with via using uses use used of in on to the a an is are be that which when where while from by at into as than then this these those it its our your we you they can will should must may might if about across before after without".split(
    " ",
  ),
);

/** Words and phrases that name a category, never a product. */
const GENERIC = new Set(
  [
    "api",
    "apis",
    "markup",
    "llm",
    "llms",
    "ai",
    "ml",
    "db",
    "dbs",
    "database",
    "databases",
    "vector db",
    "vector dbs",
    "vector database",
    "cloud",
    "frontend",
    "backend",
    "server",
    "servers",
    "serverless",
    "microservices",
    "containers",
    "n/a",
    "na",
    "none",
    "tbd",
    "other",
    "others",
    "custom",
    "in-house",
    "built-in",
    "native",
    "etc",
    "various",
    "local",
    "sql",
    "nosql",
    "orm",
    "cache",
    "queue",
    "cdn",
    "ci",
    "cd",
    "ci/cd",
    "rbac",
    "role-based access control",
    "access control",
    "https",
    "tls",
    "ssl",
    "http",
    "json",
    "yaml",
    "csv",
    "html",
    "css",
    "sdk",
    "cli",
    "ide",
    "mvp",
    "stt",
    "tts",
    "nlp",
    "rag",
    "llm apis",
    "cloud apis",
    "self-hosted",
    "inference",
    "storage",
    "monitoring",
    "logging",
    "analytics",
    "metrics",
    "logs",
    "traces",
    "profiles",
    "producers",
    "consumers",
    "ai processing",
    "stack",
    "tools",
    "tool",
    "services",
    "service",
    "platform",
    "framework",
    "library",
    "libraries",
    "models",
    "model",
    "open source",
    "saas",
    "paas",
    "iaas",
    "scalable",
    "primary",
    "secondary",
    "optional",
    "later",
    "future",
    "current",
    "middleware",
    "app router",
    "pages router",
    "code splitting",
    "server components",
    "server actions",
    "hot reload",
    "ssr",
    "ssg",
    "isr",
    "spa",
    "mpa",
    "pwa",
    "restful api",
    "rest api",
    "graphql api",
    "microservice",
    "monolith",
  ].map((s) => s.toLowerCase()),
);

// Licences name terms of use, not technologies: MIT, Apache 2.0, GPL-3.0, MPL-2.0.
const LICENCE =
  /^(mit|isc|bsd(-[23]-clause)?|apache(-| )?2(\.0)?|apache license( 2\.0)?|(l|a)?gpl(-?v?[23](\.0)?)?(-only|-or-later|\+)?|mpl(-?2(\.0)?)?|epl(-?2\.0)?|cc[- ]by(-[a-z]+)*(-[\d.]+)?|cc0(-1\.0)?|unlicen[cs]ed?|wtfpl|elastic license( 2\.0)?|sspl)$/i;
// "Custom fonts", "In-house gateway", "Eigener AI Gateway": something the team built is not a product name.
const OWN =
  /^(custom|in-house|homegrown|home-grown|own|our|internal|bespoke|eigene[rs]?|propio|propia|própri[oa]|interno|maison|własn[ya]|自研|自社|자체)(?![\p{L}\p{N}])/iu;

/** `Apache 2.0`, `MIT`, `GPL-3.0`: a licence, never the product it sounds like. */
export function isLicence(name: string): boolean {
  return LICENCE.test(name.replace(/\s+/g, " ").trim());
}

/** "Apache 2.0", "Apache 2.0 license", "the Elastic License": the name, with what follows it, is a licence. */
export function isLicenceAt(name: string, after: string): boolean {
  if (/^\s*(v?\d[\d.]*)?\s*licen[cs]e/i.test(after)) return true;
  return isLicence(name + (/^[\s-]*v?\d+(?:\.\d+)*/.exec(after)?.[0] ?? ""));
}

// "Grafana Labs", "Apache Software Foundation", "Docker Inc.": the product's name names its maker.
const COMPANY_AFTER =
  /^\s+(labs|inc\b\.?|corp\b\.?|corporation|ltd\b\.?|gmbh|llc|technologies|software foundation|foundation)(?![\p{L}\p{N}])/iu;

/** A product's name followed by a company's word is the company: "written by Grafana Labs". */
export function isCompanyAt(after: string, name: string, before: string): boolean {
  // …and "Foundation" (also a CSS framework's name) after a capitalised word is that company's.
  return (
    COMPANY_AFTER.test(after) || (COMPANY_AFTER.test(` ${name}`) && /\p{Lu}\S*\s+$/u.test(before))
  );
}

// A lower-case word after an everyday modifier that is still a sentence's grammar, not its noun.
const NOT_A_NOUN =
  /^\s+(?:to|for|with|and|or|in|on|at|by|of|is|are|was|were|as|via|from|into|the|a|an|it|that|which|framework|cli)\b/i;

/** "Serverless functions", "Local development": a name marked `describing` before a noun describes it. */
export function describesNext(tech: { describing: boolean }, after: string): boolean {
  return tech.describing && /^ +\p{Ll}/u.test(after) && !NOT_A_NOUN.test(after);
}

export function isGeneric(name: string): boolean {
  const text = name.toLowerCase().replace(/\s+/g, " ").trim();
  return GENERIC.has(text) || LICENCE.test(text) || OWN.test(text);
}

/** Shortens text for a message or summary at a word boundary, with an ellipsis. */
export const clip = (text: string, max = 80): string => clipText(text, max, { atWord: true });

export function wordsOf(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

export function hasConnector(text: string): boolean {
  return wordsOf(text).some((w) => CONNECTORS.has(w.toLowerCase().replace(/[^a-z]/g, "")));
}

/** True for text shaped like a product name (`Fly.io`, `Uptime Robot`, `date-fns`), not a description. */
export function isNameLike(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 40 || isGeneric(t) || !/\p{L}/u.test(t)) return false;
  // `${NEXTAUTH_URL}`, `$HOME`: a variable stands for a value, it names nothing.
  if (/[!?;:"“”：，。]|\.\s|\.$|,|^\$|\$\{/.test(t)) return false;
  const words = wordsOf(t);
  if (words.length > 4 || hasConnector(t)) return false;
  // Names in scripts without letter case (中文, カタカナ, 한글) cannot be told by a capital.
  const caseless = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  // …but a run of four or more such characters with no Latin beside it is a phrase (列表展示), not a name.
  const latin = words.some((w) => /[\p{Script=Latin}\d]/u.test(w));
  const caselessName = (w: string) =>
    caseless.test(w) && [...w].length <= (latin ? 4 : 3) && words.length <= 2;
  return words.every(
    (w) =>
      /^[\p{Lu}\p{N}]/u.test(w) ||
      /[.\-/@_\d]/.test(w) ||
      /\p{Ll}\p{Lu}/u.test(w) ||
      /^[^\p{L}]/u.test(w) ||
      caselessName(w),
  );
}

/** Strips emphasis markers, leading emoji and list numbering from a heading or label. */
export function cleanLabel(text: string): string {
  return text
    .replace(/[*_`]+/g, "")
    .replace(/^[^\p{L}\p{N}[(]+/u, "")
    .replace(/^(?:\d+(?:\.\d+)*[.)]?|[IVX]+\.)\s+/, "")
    .replace(/\s*[:：]\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "iOS postponed", "iOS reporté": put off until later, in the languages the parser reads. */
export const DEFERRED_WORDS =
  "postponed|deferred|on hold|reporté|différé|aplazad[oa]s?|pospuest[oa]s?|adiad[oa]s?|verschoben|zurückgestellt|odłożon[aey]?|rimandat[oiae]|posticipat[oiae]|отложен[оыа]?|延期|推迟|先送り";

const PLANNED_WORDS =
  /\b(future|later|roadmap|backlog|phase\s*\d+|optional(ly)?|stretch|planned|next steps?|upcoming|wishlist|eventually|to be added|someday|coming soon|potential(ly)?|possibl[ey]|maybe|nice to have|under consideration|to be (evaluated|assessed|considered)|under evaluation|da valutare|in valutazione|zu (evaluieren|prüfen|bewerten)|por evaluar|a evaluar|a avaliar|do oceny|do rozważenia)\b|将来|計画|予定|今後|展望|향후|전망|検討中|要検討|待评估|评估中|검토 중|예정|планир|на рассмотрении|futur|previst|geplant|prévu|opcional|optionnel|opzionale|opcjonaln|опционально|可选|à évaluer|en évaluation|en evaluación|em avaliação|planowan|pianificat/i;
/** Planned, in a heading, label or aside: "Roadmap", "later", "(optional)", "iOS reporté". */
export const PLANNED = new RegExp(
  `${PLANNED_WORDS.source}|(?<![A-Za-zÀ-ÿа-яё])(${DEFERRED_WORDS})(?![A-Za-zÀ-ÿа-яё])`,
  "i",
);
/** "Phase 1 (COMPLETE)", "✅ Done": a step already taken, whatever else its heading says. */
export const DONE =
  /\b(complete[d]?|done|finished|implemented|shipped|live|in production)\b|✅|✔|完了|完成|已完成|실행 완료|완료|готов|заверш|выполнен|abgeschlossen|erledigt|terminé|achevé|completad|terminad|concluíd|zakończon|ukończon|completat|terminat/i;
export const ALTERNATIVES =
  /\b(alternativ\w*|alternatyw\w*|other options|rejected|instead of|also considered|runners?-up|not to use|don'?t use|do not use|avoid(ed)?|anti-?patterns?|ruled out|not chosen|why not|considered and rejected|won'?t use|will not use|out of scope|deprecated|dropped|removed|retired|discarded|abandoned)\b|替代|代替|备选方案|备选[:：]|不使用|不采用|弃用|使わない|不採用|却下|대안|사용하지 않|альтернатив|не использ|отклон|no usar|descartad|não usar|nicht verwenden|verworfen|à éviter|rejeté|nie używa|odrzucon|da evitare|scartat/i;

/** Labels that say why something was chosen, in the languages the parser reads. */
export const WHY_WORDS =
  "why|rationale|reasons?|reasoning|warum|begründung|pourquoi|justification|justificación|justificativa|justificação|por qué|razón|porquê|motivo|perché|motivazione|dlaczego|uzasadnienie|почему|обоснование|理由|原因|이유";

// Written where a name could stand, naming no product: a file, a host, a size, an env var, an emoji-led
// pro or con, a rating, "Option B".
const FILE_NAME =
  /(^|\/)[\w.-]*\.(ya?ml|json|py|md|db|toml|txt|lock|sh|env|ini|cfg|conf|xml|csv|go|rs|rb|java|kt|swift|php|html|sql|log|tsx|jsx|ts)$|^dockerfile\./i;
// `www.x.com`, `api.x.io`, and e-mail addresses (`team@x.com`): places to reach, not products.
const HOST_NAME = /^www\.|^([a-z0-9-]+\.){2,}[a-z]{2,}$|^[\w.+-]+@[\w-]+(\.[\w-]+)+$/i;
const SIZE =
  /^\d+(\.\d+)?\s*(mi|gi|ki|mb|gb|tb|kb|mm|cm|px|ms|m|s|%|vcpus?|cpus?|cores?|ram|ssd|hdd)\b/i;
const ENV_VAR = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;
const EMOJI_LED = /^\p{Extended_Pictographic}/u;
const MEDIA_FORMAT =
  /^(mp3|flac|wav|ogg|aac|dsf|dff|m4a|opus|mp4|webm|mkv|avi|mov|png|jpe?g|gif|svg|webp|avif|heic|tiff?|bmp|ico|pdf|docx?|xlsx?|pptx?|odt|epub|zip|tar|gz)$/i;
// "Adapter Pattern", "Appwrite Documentation": what is written about, not what is built with.
const ABOUT_WORD =
  /\s(pattern|patterns|architecture|principles?|documentation|docs|guide|program|projects|expertise|relationships)$/i;
// "Deterministic AEAD", "Envelope encryption", "Key rotation": a way of doing, not a product.
const PRACTICE = /^[\p{L}-]+(\s[\p{L}-]+)?\s(aead|encryption|hashing|signing|rotation)$/iu;
// The same, where the language puts the noun first: "Architektura Vertical Slice", "Obsługa CORS".
const ABOUT_LEAD =
  /^(architektura|arquitectura|arquitetura|architettura|architektur|архитектура|obsługa|wsparcie|gestione|gestión|manejo|tratamento|gestion|behandlung|обработка|поддержка)\s/i;
// Hyphenated adjectives a writer puts in brackets or a list: "(full-stack)", "self-hosted".
const HYPHENATED_WORD =
  /^(full-stack|front-end|back-end|real-time|open-source|self-hosted|server-side|client-side|cross-platform|multi-tenant|single-page|end-to-end|on-premises?|on-prem|third-party|low-code|no-code|zero-config|type-safe|built-in|mobile-first|offline-first|local-first|cloud-native|serverless-first)$|-(based|like|style|compatible|powered|driven|native|ready|only|friendly|backed|specific|agnostic|aware)$/i;
// "Row-Level Security", "Multi-Stage Docker Builds", "Server-Side Rendering": a technique, named
// by a hyphenated modifier and what it does, not a product.
const TECHNIQUE =
  /^\p{Lu}[\p{L}\d]*-[\p{L}\d-]+(\s+\p{Lu}[\p{L}\d.]*)*\s+(security|access( control)?|encryption|rendering|builds?|deploy(s|ments?)?|caching|testing|authentication|authori[sz]ation|generation|replication|sharding|scaling|isolation|routing|pipelines?|hydration|streaming|updates?|validation)$/iu;
const OPTION_LETTER =
  /^(option|variant|variante|wariant|opción|opção|opzione|plan|approach|方案|案)\s*[A-Z0-9]$/i;
const RATING = new Set([
  "excellent",
  "good",
  "great",
  "high",
  "low",
  "medium",
  "fast",
  "slow",
  "poor",
  "fair",
  "ok",
  "okay",
  "strong",
  "weak",
  "flexible",
  "familiar",
  "efficient",
  "simple",
  "easy",
  "hard",
  "complex",
  "mature",
  "stable",
  "scalable",
  "cheap",
  "expensive",
  "free",
  "paid",
  "partial",
  "limited",
  "full",
  "basic",
  "advanced",
  "moderate",
  "needs",
  "cost",
  "costs",
  "scalability",
  "flexibility",
  "maturity",
  "popularity",
  "performance",
  "ecosystem",
  "community",
  "reliability",
  "simplicity",
  "concurrency",
  "productivity",
  "security",
  "presence",
  "vision",
  "week",
  "month",
  "domain",
  "stateless",
  "locale",
  "backup",
  "positiv",
  "negativ",
  "hoch",
  "niedrig",
  "mittel",
  "gut",
  "schnell",
  "alto",
  "bajo",
  "medio",
  "rápido",
  "élevé",
  "faible",
  "moyen",
  "rapide",
  "wysoka",
  "niska",
  "średnia",
  "szybki",
  "alta",
  "bassa",
  "veloce",
  "integrato",
  "descrizione",
  "accesso",
  "persistencia",
  "zweryfikuj",
  "bezug",
]);

/** True for text that stands where a name could but names no product (a file, a host, a size, a rating…). */
export function isNeverAName(text: string): boolean {
  const t = text.trim();
  if (
    FILE_NAME.test(t) ||
    HOST_NAME.test(t) ||
    SIZE.test(t) ||
    ENV_VAR.test(t) ||
    EMOJI_LED.test(t) ||
    /^[\d.,]+$/.test(t) ||
    /^\d{4}-\d{1,2}(-\d{1,2})?$/.test(t)
  )
    return true;
  return (
    OPTION_LETTER.test(t) ||
    HYPHENATED_WORD.test(t) ||
    TECHNIQUE.test(t) ||
    MEDIA_FORMAT.test(t) ||
    ABOUT_WORD.test(t) ||
    ABOUT_LEAD.test(t) ||
    PRACTICE.test(t) ||
    RATING.has(t.toLowerCase())
  );
}

/** "Frontend", "Data", "Tools": a label that names a whole layer, not one job in it. */
export const BROAD_LABEL = new RegExp(
  [
    /^(front-?end|back-?end|server|client|web|mobile|app|core|platform|infra(structure)?|tooling|tools|other|misc(ellaneous)?|stack|tech(nolog(y|ies))?|languages?|runtimes?|data|devops|ops|ai|ml|ai\/ml|cloud|databases?|db|datastores?|storage|persistence|frameworks?|librar(y|ies)|services?|main|primary)( (stack|layer|side|tier|tools?))?$/
      .source,
    /^(前端|后端|後端|服务端|服務端|客户端|数据库|数据|基础设施|运维|工具|其他|フロントエンド|バックエンド|サーバー|インフラ|データベース|その他|프론트엔드|백엔드|서버|인프라|데이터베이스|기타|фронтенд|бэкенд|бекенд|сервер|инфраструктура|база данных|прочее|infraestructura|base de datos|otros|infraestrutura|banco de dados|outros|datenbank|sonstiges|infrastructure|base de données|autres|baza danych|inne|infrastruttura|altro)$/
      .source,
  ].join("|"),
  "i",
);

/** "Options", "Candidates": a label over names that are weighed, not chosen. */
export const OPTIONS_LABEL =
  /\boptions?\b|\bcandidates?\b|選択肢|候補|候选|选项|备选|옵션|후보|вариант|opciones|opções|optionen|opcje|opzioni|الخيارات/i;

/** "Pagination", "状态管理", "Password hashing": a label that says what the names under it do. */
export function isNarrowLabel(label: string): boolean {
  return !BROAD_LABEL.test(label) && !OPTIONS_LABEL.test(label) && !isNeverAName(label);
}
