/** What the prefix search reads of a record: a title, names, tags. */
export interface Searchable {
  t: string;
  n: string[];
  g: string[];
}

/** Sorted `[token, record indexes]` pairs: prefix lookups by binary search, built at build time. */
export type TokenIndex = Array<[string, number[]]>;

const SPLIT = /[^\p{L}\p{N}+#.]+/u;

/** The tokens of a text: each word, and the whole text without spaces (`vector database` → `vectordatabase`). */
export function tokensOfText(text: string, out = new Set<string>()): Set<string> {
  const lower = text.toLowerCase();
  out.add(lower.replace(/\s+/g, ""));
  for (const w of lower.split(SPLIT)) if (w) out.add(w.replace(/\.+$/, ""));
  return out;
}

function tokensOf(r: Searchable, extra: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of [r.t, ...r.n, ...r.g]) tokensOfText(text, out);
  // Aliases and concept words count whole: "openai python sdk" is not a stack about Python.
  for (const text of extra) out.add(text.toLowerCase().replace(/\s+/g, ""));
  return out;
}

/**
 * Builds the prefix index; `extra` gives each record more words to be found by: its technologies'
 * aliases (k8s, postgres) and the names of its layers and slots in every language ("vector database").
 */
export function buildTokenIndex(records: Searchable[], extra: string[][] = []): TokenIndex {
  const postings = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const tok of tokensOf(r, extra[i] ?? []))
      postings.set(tok, [...(postings.get(tok) ?? []), i]);
  });
  return [...postings].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function lowerBound(index: TokenIndex, term: string): number {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid][0] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Every record with a token starting with each word of the query, best first (title, then
 * technology names); undefined when nothing matches, so the caller can fall back to fuzzy search.
 */
/** Record indexes whose tokens match the term: the token itself for one or two letters ("AI" is not "Airflow"), else any token it starts. */
function matching(index: TokenIndex, term: string): { all: Set<number>; exact: Set<number> } {
  const all = new Set<number>();
  const exact = new Set<number>();
  const from = lowerBound(index, term);
  // One or two letters find only the word they spell when there is one ("AI" is not "Airflow");
  // otherwise they are the start of a word being typed ("m" on the way to "mongo").
  const spelled = index[from]?.[0] === term;
  for (let i = from; i < index.length && index[i][0].startsWith(term); i++) {
    const whole = index[i][0] === term;
    if (!whole && term.length <= 2 && spelled) break;
    for (const r of index[i][1]) {
      all.add(r);
      if (whole) exact.add(r);
    }
  }
  return { all, exact };
}

function intersect(
  terms: string[],
  index: TokenIndex,
): { hits: Set<number>; exact: Map<number, number> } | undefined {
  let hits: Set<number> | undefined;
  const exact = new Map<number, number>();
  for (const term of terms) {
    const found = matching(index, term);
    for (const r of found.exact) exact.set(r, (exact.get(r) ?? 0) + 1);
    hits = hits ? new Set([...hits].filter((r) => found.all.has(r))) : found.all;
    if (!hits.size) return undefined;
  }
  return hits ? { hits, exact } : undefined;
}

/**
 * Every record with a token starting with each word of the query (or with the whole query as one
 * token), best first: the title, then a technology named exactly, then any word; undefined when
 * nothing matches, so the caller can fall back to fuzzy search.
 */
export function prefixSearch<T extends Searchable>(
  index: TokenIndex,
  records: T[],
  query: string,
): Array<{ record: T; matched: string[] }> | undefined {
  const words = query.toLowerCase().split(SPLIT).filter(Boolean);
  if (!words.length) return undefined;
  const joined = words.join("");
  // "vector database" as one phrase first, then word by word.
  const phrase = words.length > 1 ? intersect([joined], index) : undefined;
  const found = phrase ?? intersect(words, index);
  if (!found) return undefined;
  const terms = phrase ? [joined] : words;
  const scored = [...found.hits].map((i) => {
    const r = records[i];
    const p = prepared(r);
    const named = (n: PreparedName) => terms.some((t) => n.squashed === t || n.words.includes(t));
    const prefixed = (n: PreparedName) =>
      terms.some((t) => n.words.some((w) => w.startsWith(t)) || n.squashed.startsWith(t));
    const exactly = p.names.filter(named);
    const matched = [...exactly, ...p.names.filter((n) => !named(n) && prefixed(n))];
    const score =
      (terms.every((t) => p.title.includes(t)) ? 8 : 0) +
      (exactly.length ? 4 : 0) +
      (found.exact.get(i) ? 2 : 0) +
      (matched.length ? 1 : 0) +
      (r.g.some((g) => terms.some((t) => g.startsWith(t))) ? 1 : 0);
    return { i, score, matched: matched.slice(0, 3).map((n) => n.name) };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map((s) => ({ record: records[s.i], matched: s.matched }));
}

interface PreparedName {
  name: string;
  /** Lower case, without spaces: `vector database` → `vectordatabase`. */
  squashed: string;
  words: string[];
}

// A record's lower-cased title and names, worked out once: typing scores the same records again
// at every key, and splitting every name each time was most of a keystroke's work.
const PREPARED = new WeakMap<Searchable, { title: string; names: PreparedName[] }>();

function prepared(r: Searchable): { title: string; names: PreparedName[] } {
  let p = PREPARED.get(r);
  if (!p) {
    p = {
      title: r.t.toLowerCase(),
      names: r.n.map((name) => {
        const lower = name.toLowerCase();
        return { name, squashed: lower.replace(/\s+/g, ""), words: lower.split(SPLIT) };
      }),
    };
    PREPARED.set(r, p);
  }
  return p;
}

/** Whether every word of the query starts some token: if so, no match means no stack has them all, not a typo. */
export function knowsEveryWord(index: TokenIndex, query: string): boolean {
  const words = query.toLowerCase().split(SPLIT).filter(Boolean);
  return words.every((w) => index[lowerBound(index, w)]?.[0].startsWith(w));
}
