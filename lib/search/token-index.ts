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
  for (let i = lowerBound(index, term); i < index.length && index[i][0].startsWith(term); i++) {
    const whole = index[i][0] === term;
    if (!whole && term.length <= 2) break;
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
    const title = r.t.toLowerCase();
    const named = (n: string) =>
      terms.some(
        (t) =>
          n.toLowerCase().replace(/\s+/g, "") === t || n.toLowerCase().split(SPLIT).includes(t),
      );
    const prefixed = (n: string) =>
      terms.some(
        (t) =>
          n
            .toLowerCase()
            .split(SPLIT)
            .some((w) => w.startsWith(t)) || n.toLowerCase().replace(/\s+/g, "").startsWith(t),
      );
    const matched = [...r.n.filter(named), ...r.n.filter((n) => !named(n) && prefixed(n))];
    const score =
      (terms.every((t) => title.includes(t)) ? 8 : 0) +
      (r.n.some(named) ? 4 : 0) +
      (found.exact.get(i) ? 2 : 0) +
      (matched.length ? 1 : 0) +
      (r.g.some((g) => terms.some((t) => g.startsWith(t))) ? 1 : 0);
    return { i, score, matched: matched.slice(0, 3) };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map((s) => ({ record: records[s.i], matched: s.matched }));
}
