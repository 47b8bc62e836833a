/** What the prefix search reads of a record: a title, names, tags. */
export interface Searchable {
  t: string;
  n: string[];
  g: string[];
}

/** Where a record has a token, in each posting's low bits: its title, a technology's name, a tag. */
export const IN_TITLE = 1;
export const IN_NAME = 2;
export const IN_TAG = 4;
const WHERE_BITS = 3;

/**
 * Sorted `[token, postings]` pairs, built at build time: prefix lookups by binary search. A posting
 * is `record << 3 | where` (IN_TITLE, IN_NAME, IN_TAG), so results are ranked from the index
 * alone and a browser need not hold every record to order a search's hits.
 */
export type TokenIndex = Array<[string, number[]]>;

/** The part of an index a term's lookup needs: the whole index, or the shard the term falls in. */
export type TokenSource = (term: string) => TokenIndex;

const SPLIT = /[^\p{L}\p{N}+#.]+/u;

/** The tokens of a text: each word, and the whole text without spaces (`vector database` → `vectordatabase`). */
export function tokensOfText(text: string, out = new Set<string>()): Set<string> {
  const lower = text.toLowerCase();
  out.add(lower.replace(/\s+/g, ""));
  for (const w of lower.split(SPLIT)) if (w) out.add(w.replace(/\.+$/, ""));
  return out;
}

function tokensOf(r: Searchable, extra: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (texts: string[], where: number) => {
    for (const text of texts)
      for (const t of tokensOfText(text)) out.set(t, (out.get(t) ?? 0) | where);
  };
  add([r.t], IN_TITLE);
  add(r.n, IN_NAME);
  add(r.g, IN_TAG);
  // Aliases and concept words count whole: "openai python sdk" is not a stack about Python.
  for (const text of extra) {
    const t = text.toLowerCase().replace(/\s+/g, "");
    out.set(t, out.get(t) ?? 0);
  }
  return out;
}

/**
 * Builds the prefix index; `extra` gives each record more words to be found by: its technologies'
 * aliases (k8s, postgres) and the names of its layers and slots in every language ("vector database").
 */
export function buildTokenIndex(records: Searchable[], extra: string[][] = []): TokenIndex {
  const postings = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const [tok, where] of tokensOf(r, extra[i] ?? [])) {
      const list = postings.get(tok);
      const code = (i << WHERE_BITS) | where;
      if (list) list.push(code);
      else postings.set(tok, [code]);
    }
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

/** What a term finds: each record with a token it starts (and where), and with the token itself. */
interface Found {
  all: Map<number, number>;
  exact: Map<number, number>;
}

/** Record indexes whose tokens match the term: the token itself for one or two letters ("AI" is not "Airflow"), else any token it starts. */
function matching(index: TokenIndex, term: string): Found {
  const all = new Map<number, number>();
  const exact = new Map<number, number>();
  const from = lowerBound(index, term);
  // One or two letters find only the word they spell when there is one ("AI" is not "Airflow");
  // otherwise they are the start of a word being typed ("m" on the way to "mongo").
  const spelled = index[from]?.[0] === term;
  for (let i = from; i < index.length && index[i][0].startsWith(term); i++) {
    const whole = index[i][0] === term;
    if (!whole && term.length <= 2 && spelled) break;
    for (const code of index[i][1]) {
      const r = code >> WHERE_BITS;
      const where = code & 7;
      all.set(r, (all.get(r) ?? 0) | where);
      if (whole) exact.set(r, (exact.get(r) ?? 0) | where);
    }
  }
  return { all, exact };
}

/** The records every term finds, with what each term found; undefined when none has them all. */
function intersect(terms: string[], source: TokenSource): Found[] | undefined {
  const found: Found[] = [];
  let hits: Set<number> | undefined;
  for (const term of terms) {
    const f = matching(source(term), term);
    hits = new Set(hits ? [...hits].filter((r) => f.all.has(r)) : f.all.keys());
    if (!hits.size) return undefined;
    found.push(f);
  }
  return found;
}

/** A hit's rank from where its terms were found: the title, then a technology named exactly, then any word. */
function scoreOf(r: number, found: Found[]): number {
  const any = (test: (f: Found) => boolean) => found.some(test);
  return (
    (found.every((f) => (f.all.get(r) ?? 0) & IN_TITLE) ? 8 : 0) +
    (any((f) => Boolean((f.exact.get(r) ?? 0) & IN_NAME)) ? 4 : 0) +
    (any((f) => f.exact.has(r)) ? 2 : 0) +
    (any((f) => Boolean((f.all.get(r) ?? 0) & IN_NAME)) ? 1 : 0) +
    (any((f) => Boolean((f.all.get(r) ?? 0) & IN_TAG)) ? 1 : 0)
  );
}

/** The lower-cased words of a query, as the index splits text. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(SPLIT).filter(Boolean);
}

/** The terms a query is looked up by: "vector database" as one phrase, then word by word. */
export function lookupTerms(query: string): string[] {
  const words = queryWords(query);
  return words.length > 1 ? [words.join(""), ...words] : words;
}

/**
 * The records with a token starting with each word of the query (or with the whole query as one
 * token), best first, as indexes, with the terms that found them; undefined when nothing matches,
 * so the caller can fall back to fuzzy search. Reads the index only, never the records.
 */
export function rankByPrefix(
  source: TokenSource,
  query: string,
): { order: number[]; terms: string[] } | undefined {
  const words = queryWords(query);
  if (!words.length) return undefined;
  const joined = words.join("");
  const phrase = words.length > 1 ? intersect([joined], source) : undefined;
  const found = phrase ?? intersect(words, source);
  if (!found) return undefined;
  const scored = [...found[0].all.keys()]
    .filter((r) => found.every((f) => f.all.has(r)))
    .map((r) => ({ r, score: scoreOf(r, found) }));
  scored.sort((a, b) => b.score - a.score || a.r - b.r);
  return { order: scored.map((s) => s.r), terms: phrase ? [joined] : words };
}

/** The technology names of a record a search's terms found: named exactly first, then by a prefix. */
export function matchedNames(r: Searchable, terms: string[]): string[] {
  const names = prepared(r);
  const named = (n: PreparedName) => terms.some((t) => n.squashed === t || n.words.includes(t));
  const prefixed = (n: PreparedName) =>
    terms.some((t) => n.words.some((w) => w.startsWith(t)) || n.squashed.startsWith(t));
  const exactly = names.filter(named);
  const matched = [...exactly, ...names.filter((n) => !named(n) && prefixed(n))];
  return matched.slice(0, 3).map((n) => n.name);
}

/** `rankByPrefix` over one whole index, with each hit's record and the names its terms found. */
export function prefixSearch<T extends Searchable>(
  index: TokenIndex,
  records: T[],
  query: string,
): Array<{ record: T; matched: string[] }> | undefined {
  const ranked = rankByPrefix(() => index, query);
  return ranked?.order.map((i) => ({
    record: records[i],
    matched: matchedNames(records[i], ranked.terms),
  }));
}

interface PreparedName {
  name: string;
  /** Lower case, without spaces: `vector database` → `vectordatabase`. */
  squashed: string;
  words: string[];
}

// A record's names, split once: typing names the matches of the same cards again at every key.
const PREPARED = new WeakMap<Searchable, PreparedName[]>();

function prepared(r: Searchable): PreparedName[] {
  let names = PREPARED.get(r);
  if (!names) {
    names = r.n.map((name) => {
      const lower = name.toLowerCase();
      return { name, squashed: lower.replace(/\s+/g, ""), words: lower.split(SPLIT) };
    });
    PREPARED.set(r, names);
  }
  return names;
}

/** Whether every word of the query starts some token: if so, no match means no stack has them all, not a typo. */
export function knowsEveryWord(source: TokenSource, query: string): boolean {
  return queryWords(query).every((w) => {
    const index = source(w);
    return index[lowerBound(index, w)]?.[0].startsWith(w);
  });
}
