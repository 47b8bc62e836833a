// The words people search with for a layer or a slot ("security", "vector database", "queue",
// "数据库", "база данных"): slot words are the parser's own label vocabulary (content/slots.json).
import { LAYER_IDS } from "../content/constants";
import { LAYER_NAMES } from "../content/layers";
import type { LayerId } from "../content/schema";
import { getSlots } from "../content/slots";

/** Concept key (`layer:data`, `slot:cache`) → the plain words that name it, lower-cased. */
export type Concepts = Record<string, string[]>;

/** Splits a pattern at its top-level `|`, leaving groups whole. */
function alternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      current += ch + (pattern[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "|" && depth === 0) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  return [...out, current];
}

/** The literal words among a pattern's alternatives: `\bcach\w*|key-?value|缓存` → `key-value`, `缓存`; stems and groups are skipped. */
function literals(pattern: string): string[] {
  return alternatives(pattern)
    .flatMap((alt) => {
      // `\b(auth\w*|security|secrets?)\b`: a whole group's own alternatives.
      const group = /^(?:\\b)?\((?:\?:)?(.*)\)(?:\\b)?$/.exec(alt);
      return group ? literals(group[1]) : [alt];
    })
    .map((alt) =>
      alt
        .replace(/\\b/g, "")
        .replace(/-\?/g, "-")
        .replace(/\\s[*+]?/g, " ")
        .trim(),
    )
    .filter((w) => w.length > 1 && !/[\\[\]{}()*+?.^$|]/.test(w))
    .map((w) => w.toLowerCase());
}

function add(out: Concepts, key: string, words: string[]): void {
  out[key] = [
    ...new Set([...(out[key] ?? []), ...words.map((w) => w.toLowerCase().trim()).filter(Boolean)]),
  ];
}

// A layer's own name in the languages the parser reads. (The parser's label rules also hold the
// layer's sub-categories, "payments" or "email"; those belong to slots, so search uses these.)
const LAYER_SEARCH_WORDS: Record<LayerId, string> = {
  language:
    "languages runtimes 语言 言語 언어 язык lenguaje linguagem sprache langage język linguaggio لغة",
  frontend:
    "frontend front-end ui 前端 フロントエンド 프론트엔드 фронтенд interfaz interface oberfläche interfejs",
  backend: "backend back-end server 后端 バックエンド 백엔드 бэкенд servidor serveur serwer",
  data: "data storage 数据 存储 データ 데이터 данные хранилище datos dados daten données dane dati",
  messaging:
    "messaging streaming events 消息 メッセージ 메시지 сообщения mensajería mensageria nachrichten messagerie",
  ai: "ai ml llm machine-learning 人工智能 機械学習 인공지능 ии ia ki sztuczna intelligenza",
  security:
    "security identity auth 安全 认证 セキュリティ 認証 보안 인증 безопасность seguridad segurança sicherheit sécurité bezpieczeństwo sicurezza أمان",
  infra:
    "infrastructure infra cloud hosting 基础设施 インフラ 인프라 инфраструктура infraestructura infraestrutura infrastruktur infrastruttura",
  delivery:
    "delivery ci cd ci/cd deployment 部署 デプロイ 배포 развертывание despliegue implantação bereitstellung déploiement wdrożenie",
  observability:
    "observability monitoring 监控 可观测 監視 モニタリング 모니터링 мониторинг monitoreo monitoramento überwachung surveillance monitorowanie monitoraggio",
  testing: "testing tests quality 测试 テスト 테스트 тестирование pruebas testes tests testy",
  tooling:
    "tooling tools 工具 ツール 도구 инструменты herramientas ferramentas werkzeuge outils narzędzia strumenti",
  integrations:
    "integrations 集成 連携 연동 интеграции integraciones integrações integrationen intégrations integracje integrazioni",
};

export function buildConcepts(): Concepts {
  const out: Concepts = {};
  for (const id of LAYER_IDS)
    add(out, `layer:${id}`, [
      id,
      ...LAYER_NAMES[id].split(/\s*[&,/]\s*/),
      ...LAYER_SEARCH_WORDS[id].split(" "),
    ]);
  for (const slot of getSlots()) {
    if (slot.id.endsWith("-other")) continue;
    const labelWords = slot.label
      .split(/[\s/&,]+/)
      .filter((w) => w.length > 2 && !/^(other|and|the|for)$/i.test(w));
    add(out, `slot:${slot.id}`, [
      slot.label,
      ...slot.label.split(/\s*[/&,]\s*/),
      ...labelWords,
      ...literals(slot.words),
    ]);
  }
  return out;
}

/** Every concept word of the given layers and slots: the extra search tokens of a stack or technology. */
export function conceptWords(concepts: Concepts, layers: LayerId[], slots: string[]): string[] {
  return [...layers.map((l) => `layer:${l}`), ...slots.map((s) => `slot:${s}`)].flatMap(
    (k) => concepts[k] ?? [],
  );
}
