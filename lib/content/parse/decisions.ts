import type { Heading, RootContent } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import type { DecisionStatus, Frontmatter, LayerId } from "../schema";
import { type Draft, type Extraction, verdictKey } from "./context";
import { ADR_HEADING } from "./headings";
import { resolveName } from "./names";
import { cleanLabel } from "./text";

/** An architecture decision record: an ADR title, or two of its headings (Status, Context, Decision…). */
export function isDecisionRecord(nodes: RootContent[], title: string, fm: Frontmatter): boolean {
  if (
    /\b(ADR|RFD)[-\s_]?\d+|\barchitecture decision\b|\bdecision record\b|アーキテクチャ決定|架构决策|결정 기록/i.test(
      title,
    )
  )
    return true;
  if (
    typeof fm.status === "string" &&
    /\b(adr|decision)\b/i.test(String(fm.type ?? fm.category ?? ""))
  )
    return true;
  const headings = nodes
    .filter((n): n is Heading => n.type === "heading")
    .map((h) => cleanLabel(nodeText(h)));
  return headings.filter((h) => ADR_HEADING.test(h)).length >= 2;
}

const STATUS_WORDS: Array<[DecisionStatus, RegExp]> = [
  [
    "superseded",
    /supersed|replaced by|ersetzt|substitu|remplacé|置き換え|被取代|대체|заменен|zastąpion|sostituit/i,
  ],
  ["deprecated", /deprecat|veraltet|obsolet|obsolète|廃止|弃用|폐기|устарел|przestarzał|deprecat/i],
  [
    "rejected",
    /reject|declined|abgelehnt|rechazad|rejeitad|rejeté|却下|拒绝|거부|отклонен|odrzucon|rifiutat/i,
  ],
  [
    "accepted",
    /accept|approved|adopted|decided|akzeptiert|angenommen|aceptad|aceit|accepté|accettat|承認|採用|已接受|已采纳|승인|채택|принят|zaakceptowan|przyjęt/i,
  ],
  [
    "proposed",
    /propos|draft|open|in review|under review|vorgeschlagen|entwurf|propuest|propost|提案|提议|草案|제안|предложен|черновик|zaproponowan|propost/i,
  ],
];

// "Status: Accepted", "* **Status**: proposed", "状态：已接受".
const STATUS_LINE =
  /^[\s>*-]*\**(?:status|state|статус|estado|stato|statut|zustand|stan|状态|状態|ステータス|상태)\**\s*[:：]\s*\**\s*([^\n|]+)/im;

/** The decision's status, from frontmatter, a `Status:` line or the text under a Status heading. */
export function readDecisionStatus(source: string, fm: Frontmatter): DecisionStatus | undefined {
  const candidates = [
    typeof fm.status === "string" ? fm.status : undefined,
    STATUS_LINE.exec(source)?.[1],
    statusUnderHeading(source),
  ];
  for (const text of candidates) {
    if (!text) continue;
    const hit = STATUS_WORDS.find(([, re]) => re.test(text));
    if (hit) return hit[0];
  }
  return undefined;
}

function statusUnderHeading(source: string): string | undefined {
  const m =
    /^#{1,6}\s*(?:status|статус|estado|stato|statut|状态|状態|ステータス|상태)\s*\n+\s*([^\n]+)/im.exec(
      source,
    );
  return m?.[1];
}

/**
 * Settles the decisions: where the document names a verdict, options weighed in the same stack
 * and layer (considered options, comparison columns, a record's context) become alternatives.
 */
export function settleDecisions(ex: Extraction, drafts: Draft[]): void {
  const chosen = drafts.filter((d) => isVerdict(ex, d));
  if (!chosen.length) return;
  const layers = new Set(chosen.map((d) => `${d.stackKey}:${layerGuess(d)}`));
  // Options listed together (one "Considered options" list) are settled together, whatever their layers.
  const groups = new Set(chosen.map((d) => d.contested).filter((g) => g && g !== "adr"));
  for (const d of drafts) {
    if (!d.contested) continue;
    if (chosen.includes(d)) d.role = "primary";
    else if (
      (layers.has(`${d.stackKey}:${layerGuess(d)}`) || groups.has(d.contested)) &&
      d.role !== "planned"
    )
      d.role = "alternative";
  }
}

function isVerdict(ex: Extraction, d: Draft): boolean {
  return ex.verdicts.has(verdictKey(d.atom));
}

function layerGuess(d: Draft): LayerId | undefined {
  return d.atom.tech?.layer ?? d.labelLayer ?? d.section.layer;
}

// "Frontend Migration Plan (CRA → Vite)", "Migrating from Heroku to Fly.io": the title names both sides.
const MIGRATION_TITLE =
  /migrat|^(port|move|switch|replatform)(ing)?\s.+\s(to|onto)\s|移行|迁移|遷移|마이그레이션|миграц|переход|umstieg|umstellung|migración|migração|migrazione|migracja/i;
// An arrow first ("CRA → Vite"), else "from X to Y" in the languages the parser reads.
const TITLE_SIDES = [
  /([^()→>:]+?)\s*(?:→|->|=>)\s*([^()→>:]+)/,
  /(?<![\p{L}\p{N}])(?:from|von|de|desde|da|z|с)\s+([^()→>:]+?)\s+(?:to|nach|zu|a|para|na|на|в)\s+([^()→>:]+)/iu,
  /^(?:port|move|switch|replatform)(?:ing)?\s+(.+?)\s+(?:to|onto)\s+(.+)$/i,
];

/**
 * A migration plan's title settles its two sides wherever the document names them: the one left
 * is passed over, the one moved to is planned (the rest of the text describes the move).
 */
export function settleMigrationTitle(
  ex: Extraction,
  drafts: Draft[],
  title: string,
  source: string,
): void {
  if (!MIGRATION_TITLE.test(title)) return;
  const inner = /\(([^()]+)\)/.exec(title)?.[1];
  const text = inner ?? title;
  const sides = TITLE_SIDES.map((re) => re.exec(text)).find(Boolean);
  if (!sides) return;
  const techOf = (name: string) => resolveName(ex.registry, name) ?? spelledOut(ex, source, name);
  const words = (side: string) => cleanLabel(side).split(/\s+/);
  // "PostgreSQL on RDS": the first two words, else the first one, name the target.
  const to = techOf(words(sides[2]).slice(0, 2).join(" ")) ?? techOf(words(sides[2])[0]);
  const from =
    techOf(words(sides[1]).slice(-2).join(" ")) ?? (to ? leftFor(ex, source, to.id) : undefined);
  if (!from || !to || from.id === to.id) return;
  for (const d of drafts) {
    if (d.atom.tech?.id === from.id) d.role = "alternative";
    else if (d.atom.tech?.id === to.id) d.role = "planned";
  }
}

/** "Port Content Store to PostgreSQL": the text says what is left, "from its legacy MongoDB, to PostgreSQL". */
function leftFor(ex: Extraction, source: string, toId: string) {
  for (const m of source.matchAll(
    /\bfrom\s+([^.;\n]{1,80}?),?\s+(?:to|onto)\s+([^.;\n]{1,60})/gi,
  )) {
    if (!ex.registry.scan(m[2]).some((h) => h.tech.id === toId)) continue;
    const left = ex.registry.scan(m[1]).pop()?.tech;
    if (left && left.id !== toId) return left;
  }
  return undefined;
}

/** A short form the document spells out once, "Create React App (CRA)": the name it stands for. */
function spelledOut(ex: Extraction, source: string, short: string) {
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const before = new RegExp(`([\\p{L}\\d.+# -]{2,60}?)\\s*\\(${escaped}\\)`, "u").exec(source)?.[1];
  const words = before?.trim().split(/\s+/) ?? [];
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const tech = resolveName(ex.registry, words.slice(-k).join(" "));
    if (tech) return tech;
  }
  return undefined;
}
