import type { Paragraph, PhrasingContent } from "mdast";
import { toKey } from "../registry";
import type { Role, Technology } from "../schema";
import { toolOfFile } from "./config-files";
import { type Extraction, type Section, verdictKey } from "./context";
import { differentJobs, resolveName } from "./names";
import { purposeBefore, purposeNear } from "./purpose";
import {
  type Cue,
  cueAround,
  endsPhrase,
  findMigration,
  inCondition,
  MADE_BY,
  migrationCue,
  PREFERRED_OVER,
} from "./roles";
import {
  describesNext,
  isCompanyAt,
  isGeneric,
  isLicenceAt,
  isNameLike,
  isNeverAName,
} from "./text";

/** A paragraph as plain text, with the spans a writer set apart in bold, code or a link. */
interface Flat {
  text: string;
  marked: Array<[number, number]>;
}

function flatten(nodes: PhrasingContent[], out: Flat = { text: "", marked: [] }): Flat {
  for (const node of nodes) {
    const start = out.text.length;
    if (node.type === "inlineCode" || node.type === "text") out.text += node.value;
    else if ("children" in node) flatten(node.children as PhrasingContent[], out);
    if (node.type === "strong" || node.type === "inlineCode" || node.type === "link")
      out.marked.push([start, out.text.length]);
  }
  return out;
}

// Verbs that put a technology in a sentence: "built with", "runs on", "stored in".
const USE_VERB =
  /\b(built (with|on|using)|written in|runs? on|running on|deployed (to|on)|hosted (on|by)|stored in|lives in|powered by|backed by|based on|uses?|using|via|through|with|on top of|chose|choose|selected|adopted|migrat\w+ (from|to)|instead of|rather than|over|replac\w+|and|or|,)\s+(the\s+)?$/i;
// "Axios was used to …", "Meilisearch powers …": a verb after the name says it is one.
const USED_AFTER =
  /^\s+((is|was|are|were) used|powers|handles|serves|holds|stores|manages|provisions|caches|hosts)\b/i;
const VERSION_AFTER = /^\s*v?\d+(\.\d+)*\b/;
// A clause ends at . ; ! ? followed by a space (a dot inside `Node.js` does not end it) or a line end.
const CLAUSE = /(?:[^.;!?。；！？\n]|[.!?](?!\s|$))+(?:[.;!?。；！？](?=\s|$)|[；。！？]|\n|$)/g;

interface Hit {
  tech?: Technology;
  /** The word is also an everyday word: it needs a signal to count. */
  everyday?: boolean;
  /** The name as written, for a technology the registry does not know. */
  name: string;
  start: number;
  end: number;
  marked: boolean;
  /** Read as a name from its shape alone (`SearXNG`): it is mentioned, never a verdict. */
  guessed?: boolean;
}

/** Known technologies in running text, each with the evidence that it is meant as one. */
function hitsOf(ex: Extraction, flat: Flat, decides = false): Hit[] {
  const inMark = (s: number, e: number) => flat.marked.some(([a, b]) => s >= a && e <= b);
  const scanned = ex.registry.scan(flat.text).filter((h) => !lonelyLetter(flat.text, h));
  const hits: Hit[] = scanned.map((h) => {
    const end = h.index + h.text.length;
    return {
      tech: h.tech,
      name: h.tech.name,
      start: h.index,
      end,
      marked: inMark(h.index, end),
      everyday: h.exact,
    };
  });
  for (const [a, b] of flat.marked) {
    if (hits.some((h) => h.start >= a && h.end <= b)) continue;
    const written = flat.text.slice(a, b).trim();
    const tech = resolveName(ex.registry, written) ?? toolOfFile(ex.registry, written);
    // A name the registry lacks counts where the document links it to its own site elsewhere.
    if (tech || ex.linkedNames.has(toKey(written)))
      hits.push({ tech, name: tech?.name ?? written, start: a, end: b, marked: true });
  }
  // `SearXNG`, `GeoLite2`: a word with a capital inside or a number at its end is a product's name.
  for (const m of flat.text.matchAll(BRAND)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (hits.some((h) => start < h.end && end > h.start) || ex.ownKey.includes(toKey(m[0])))
      continue;
    if (isGeneric(m[0]) || isNeverAName(m[0]) || CODE_NAME.test(m[0])) continue;
    hits.push({ name: m[0], start, end, marked: true, guessed: true });
  }
  if (decides) hits.push(...usedByDecision(ex, flat, hits));
  // MADR's `Chosen option: "Imgproxy"`: the quoted verdict is a name even when the registry lacks it.
  for (const m of flat.text.matchAll(CHOSEN_OPTION)) {
    const start = (m.index ?? 0) + m[0].length - m[2].length - 1;
    if (hits.some((h) => h.start <= start && h.end >= start) || !isNameLike(m[2])) continue;
    const tech = resolveName(ex.registry, m[2]);
    hits.push({
      tech,
      name: tech?.name ?? m[2].trim(),
      start,
      end: start + m[2].length,
      marked: true,
    });
  }
  return hits.sort((x, y) => x.start - y.start);
}

/** "A gering, B mittel, C hoch": a one-letter word is a language only where the text says so. */
function lonelyLetter(text: string, h: { index: number; text: string }): boolean {
  if (!/^\p{L}$/u.test(h.text)) return false;
  const before = text.slice(Math.max(0, h.index - 20), h.index);
  const after = text.slice(h.index + 1, h.index + 12);
  return !(
    /\b(in|language|written in|lang)\s+$/i.test(before) ||
    /^(\+\+|#|\s*\d|\s+(language|code))/i.test(after)
  );
}

const BRAND =
  /(?<![\p{L}\p{N}@./_$-])(?:[A-Z][a-z]+[A-Z][A-Za-z]*\d*|[A-Z][a-z]{2,}\d+)(?![\p{L}\p{N}_/-])/gu;

// `RemoteOcrEngine`, `WebAPI`: three humps or a code suffix make an identifier from the code, not a product.
const CODE_NAME =
  /([A-Z][a-z]+){3}|(Test|Tests|Engine|Service|Controller|Handler|Param|Params|Config|Manager|Factory|Repository|Exception|Error|Reader|Writer|Api|API|Impl|Util|Utils|Helper|Module|Component|Provider|Store|Model|View|Type|Parser|Builder|Wrapper|Adapter|Client|Loader|Ops)\d*$|[A-Z]{2}[a-z]|^[KMGTP]iB$/;

// A decision that opens with its verb: "Use **pgsodium** for…", "Использовать **pgsodium**…".
const USE_LEAD =
  /^\s*(use|we (will |shall )?use|adopt|использовать|используем|verwenden|wir verwenden|usar|usaremos|utiliser|nous utiliserons|utilizzare|useremo|użyć|użyjemy)\s*$/i;

/** In a decision section, the set-apart name a sentence opens by using is the verdict, known or not. */
function usedByDecision(ex: Extraction, flat: Flat, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const [a, b] of flat.marked) {
    const written = flat.text.slice(a, b).trim();
    if (hits.some((h) => h.start < b && h.end > a) || !USE_LEAD.test(flat.text.slice(0, a)))
      continue;
    // A package's lower-case name counts too: it is set apart and it is what the decision uses.
    if (!(isNameLike(written) || /^[a-z][\w.-]{2,40}$/.test(written)) || isNeverAName(written))
      continue;
    out.push({
      tech: resolveName(ex.registry, written),
      name: written,
      start: a,
      end: b,
      marked: true,
    });
  }
  return out;
}

const CHOSEN_OPTION =
  /(chosen option|gewählte option|option choisie|opción elegida|opção escolhida|wybrana opcja|opzione scelta|选择的方案|選択した(?:オプション|案)|선택된 옵션|выбранный вариант)\s*[:：]?\s*["“„'«`]([^"”“'»`\n]{1,40})(?=["”“'»`])/gi;

/** A word that is a technology only sometimes needs a signal: set apart, a version, or a verb. */
function isMeant(hit: Hit, text: string, clauseStart: number): boolean {
  const word = text.slice(hit.start, hit.end);
  // "License: Apache 2.0", "the Elastic License": a licence named after a product is not the product.
  if (isLicenceAt(word, text.slice(hit.end, hit.end + 20))) return false;
  if (MADE_BY.test(text.slice(Math.max(0, hit.start - 24), hit.start))) return false;
  if (isCompanyAt(text.slice(hit.end), word, text.slice(0, hit.start))) return false;
  if (hit.marked || !hit.tech) return true;
  if (describesNext(hit.tech, text.slice(hit.end))) return false;
  // A lower-case name the registry does not mark as an everyday word (`nginx`, `redis`) is meant.
  if (!hit.everyday && !hit.tech.ambiguous && (!/^[a-z]+$/.test(word) || word.length >= 4))
    return true;
  if (VERSION_AFTER.test(text.slice(hit.end))) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  const before = text.slice(Math.max(clauseStart, hit.start - 40), hit.start);
  // "Vault/SSM/Secrets Manager": a capitalised word in a slash list of names is one, even first.
  if (/^\s*\/\s*\p{Lu}/u.test(text.slice(hit.end)) || /\p{Lu}\S*\s*\/\s*$/u.test(before))
    return true;
  // A capital in mid-sentence ("secrets live in Vault"), or a Latin name in Cyrillic or CJK text, is a name.
  const clause = text.slice(clauseStart, hit.end + 80);
  return (
    USE_VERB.test(before) ||
    USED_AFTER.test(text.slice(hit.end, hit.end + 30)) ||
    /[\p{Ll}\p{Lo}][^\p{L}]*$/u.test(before) ||
    NON_LATIN.test(clause)
  );
}

const NON_LATIN =
  /[\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Greek}]/u;

const CUE_ROLE: Record<Cue, Role | undefined> = {
  "passed-over": "alternative",
  planned: "planned",
  chosen: undefined,
};

/**
 * Known technologies named in running text under a stack context, with the role the words give
 * them. Elsewhere (`signalled`), only sentences that say something was used count, and only the
 * names the registry knows: "Vitest and RTL were used for tests", "I decided to use Redux".
 */
export function extractProse(
  ex: Extraction,
  para: Paragraph,
  section: Section,
  signalled = false,
): void {
  const flat = flatten(para.children);
  // A hard-wrapped sentence goes on across its line break; a line that ended one does not.
  flat.text = flat.text.replace(/(?<=[^\s.;:!?。；！？])\n(?=\s*[^\s#>|-])/gu, " ");
  const line = ex.lineOf(para);
  const why = WHY.exec(flat.text);
  const reading: Reading = {
    ex,
    section,
    flat,
    line,
    why,
    signalled,
    hits: hitsOf(ex, flat, Boolean(section.decides)),
  };
  for (const m of flat.text.matchAll(CLAUSE))
    if (!signalled || USED_SIGNAL.test(m[0])) readClause(reading, m[0], m.index ?? 0);
}

// "we use", "I decided to use", "X was used to", "built with", in the languages the parser reads.
const USED_SIGNAL =
  /(?<![\p{L}\p{N}])((I|we)( (have|had|decided to|chose to))? (use[ds]?|chose|picked|went with|rely on|relied on)|(is|was|are|were|been) used|built (with|on|using)|written in|powered by|runs? on|running on|uses|relies on|nous utilisons|j'ai utilisé|est utilisée?|sont utilisée?s|wir (nutzen|verwenden|setzen)|verwendet|eingesetzt|usamos|utilizamos|se usa|se utiliza|usiamo|utilizziamo|è stato usato|viene usato|używamy|użyliśmy|используем|использовали|используется)(?![\p{L}\p{N}])/iu;

/** A paragraph being read: where it is, its text, and its "Why X:" lead if it has one. */
interface Reading {
  ex: Extraction;
  section: Section;
  flat: Flat;
  line: number;
  why: RegExpExecArray | null;
  /** Outside a stack section: only names the registry knows, in sentences that say they were used. */
  signalled: boolean;
  /** Every name in the paragraph, found once; each clause keeps its own. */
  hits: Hit[];
}

const LIST_GAP = /^\s*(\/|,|、|or|and|&|\+|или|oder|ou|o|lub|albo|oppure)\s*$/i;

/** One clause: each name in it, with the cue the words around it (or its list) give. */
function readClause(r: Reading, clause: string, offset: number): void {
  const text = r.flat.text;
  const hits = r.hits.filter(
    (h) =>
      h.start >= offset &&
      h.end <= offset + clause.length &&
      isMeant(h, text, offset) &&
      (!r.signalled || Boolean(h.tech)),
  );
  const migration = findMigration(clause);
  let last: { cue?: Cue; end: number } = { end: -1 };
  hits.forEach((hit, index) => {
    const gap = last.end >= 0 ? text.slice(last.end, hit.start) : undefined;
    // "Why not Vue/Svelte", "instead of Kafka or NATS": a cue reaches every name of its list.
    const listed = gap !== undefined && LIST_GAP.test(gap) ? gap : undefined;
    const preferred =
      gap !== undefined && PREFERRED_OVER.test(gap) && endsPhrase(text.slice(hit.end));
    const cue: Cue | undefined = preferred
      ? "passed-over"
      : ((listed !== undefined ? last.cue : undefined) ??
        migrationCue(migration, hit.start - offset) ??
        cueAround(
          clause.slice(0, hit.start - offset),
          text.slice(hit.end, offset + clause.length),
        ) ??
        trailingCue(text, hits, index, offset + clause.length));
    last = { cue, end: hit.end };
    addHit(r, clause, hits, index, cue, listed);
  });
}

// Names joined into one subject: "Python + FastAPI を採用する", "Redis and Postgres were dropped".
const AND = "and|&|y|et|und|e|i|и";
const AND_GAP = new RegExp(`^\\s*(${AND})\\s*$`, "i");
const JOINED_GAP = new RegExp(`^\\s*(,|、|\\+|と|和|及び?|${AND})\\s*$`, "i");

/** The cue after the last name of a joined subject, which reaches each name before it. */
function trailingCue(text: string, hits: Hit[], index: number, end: number): Cue | undefined {
  let last = index;
  while (
    last + 1 < hits.length &&
    JOINED_GAP.test(text.slice(hits[last].end, hits[last + 1].start))
  )
    last++;
  return last > index ? cueAround("", text.slice(hits[last].end, end)) : undefined;
}

/** Adds one name of a clause: its role from the cue or from "or" around it, its purpose and why. */
function addHit(
  r: Reading,
  clause: string,
  hits: Hit[],
  index: number,
  cue: Cue | undefined,
  listedGap: string | undefined,
): void {
  const { ex, section, why } = r;
  const text = r.flat.text;
  const hit = hits[index];
  const atom = {
    name: hit.name,
    tech: hit.tech,
    raw: text.slice(hit.start, hit.end),
    version: versionAfter(text, hit.end),
  };
  // "recommended: Neon or Supabase" weighs two; it does not decide for either.
  const weighed = weighedByOr(text, hits, hit);
  if (!hit.guessed && !weighed && (cue === "chosen" || (!cue && section.decides)))
    ex.verdicts.add(verdictKey(atom));
  const option = isOption(text, hits, index, listedGap) || inCondition(text.slice(0, hit.start));
  const role = (cue && CUE_ROLE[cue]) ?? (option ? "option" : ex.defaultRole(section));
  const inWhy = why && hit.end <= why[1].length + 8;
  const rationale = cue === "chosen" ? because(clause) : inWhy ? why[2].trim() : undefined;
  // A soft line break does not end what a name is for; the next name does, unless the two are
  // one subject ("Playwright and Vitest were used for the tests").
  const nextHit = hits[index + 1];
  const joint = nextHit && AND_GAP.test(text.slice(hit.end, nextHit.start));
  const after = joint ? hits[index + 2] : nextHit;
  const stop = Math.min(
    after && after.start > hit.end ? after.start : Number.MAX_SAFE_INTEGER,
    hit.end + 120,
  );
  ex.add([atom], {
    section,
    line: r.line + lineOffset(text, hit.start),
    role,
    explicit: cue === "chosen",
    rationale,
    purpose:
      purposeNear(text, hit.end, stop) ??
      purposeBefore(
        text,
        hit.start,
        hits.map((h) => h.start),
      ),
    weak: !cue && role !== "option",
  });
}

/** "Vault/SSM/Secrets Manager", "Postgres or MySQL": names joined by a slash or "or" are options. */
function isOption(text: string, hits: Hit[], index: number, listedGap?: string): boolean {
  const hit = hits[index];
  const nextHit = hits[index + 1];
  // `React/Vite`: a slash between names that do different jobs joins them; "or" always weighs them.
  const orBetween = (gap: string, other?: Hit) =>
    OR_GAP.test(gap) || (/^\s*\/\s*$/.test(gap) && !differentJobs([hit.tech, other?.tech]));
  const joinedByOr = listedGap !== undefined && orBetween(listedGap, hits[index - 1]);
  const nextOr =
    Boolean(nextHit) &&
    nextHit.start > hit.start &&
    orBetween(text.slice(hit.end, nextHit.start), nextHit);
  return joinedByOr || nextOr;
}

// "Why Vite: fastest dev server": the text after the colon is why the named choice was made.
const WHY = /^\s*(why\s+(?!not\b)[^:：?]{1,60}\??)\s*[:：]\s*(\S[\s\S]*)$/i;

const OR_GAP = /^\s*\**\s*(or|o|ou|oder|или|lub|albo|oppure|或|または|또는)\s*\**\s*$/i;

/** Names joined by "or" in any language (`Neon or Supabase`, `npm 或 yarn`) are weighed, not both chosen. */
function weighedByOr(text: string, hits: Hit[], hit: Hit): boolean {
  const prev = hits[hits.indexOf(hit) - 1];
  const next = hits[hits.indexOf(hit) + 1];
  return (
    (Boolean(prev) && OR_GAP.test(text.slice(prev.end, hit.start))) ||
    (Boolean(next) && OR_GAP.test(text.slice(hit.end, next.start)))
  );
}

function versionAfter(text: string, end: number): string | undefined {
  const m = /^\s*(v?\d+(?:\.\d+)*(?:\.x)?\+?)(?![\p{L}\d])/u.exec(text.slice(end));
  return m?.[1];
}

function because(clause: string): string | undefined {
  const m =
    /\b(because|since|as it|due to)\b\s*(.+)$|(?:weil|porque|parce que|因为|ので|때문에|потому что|perché|ponieważ)\s*(.+)$/i.exec(
      clause,
    );
  const text = (m?.[2] ?? m?.[3])?.replace(/[.。]+\s*$/, "").trim();
  return text || undefined;
}

function lineOffset(text: string, index: number): number {
  return text.slice(0, index).split("\n").length - 1;
}
