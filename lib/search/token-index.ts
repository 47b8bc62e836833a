import type { SearchRecord } from "./options";

/** Sorted `[token, record indexes]` pairs: prefix lookups by binary search, built at build time. */
export type TokenIndex = Array<[string, number[]]>;

const SPLIT = /[^\p{L}\p{N}+#.]+/u;

function tokensOf(r: SearchRecord): Set<string> {
  const out = new Set<string>();
  const add = (text: string) => {
    const lower = text.toLowerCase();
    out.add(lower.replace(/\s+/g, ""));
    for (const w of lower.split(SPLIT)) if (w) out.add(w.replace(/\.+$/, ""));
  };
  add(r.t);
  r.n.forEach(add);
  r.g.forEach(add);
  return out;
}

export function buildTokenIndex(records: SearchRecord[]): TokenIndex {
  const postings = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const tok of tokensOf(r)) postings.set(tok, [...(postings.get(tok) ?? []), i]);
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
export function prefixSearch(index: TokenIndex, records: SearchRecord[], query: string): Array<{ record: SearchRecord; matched: string[] }> | undefined {
  const terms = query.toLowerCase().split(SPLIT).filter(Boolean);
  if (!terms.length) return undefined;
  let hits: Set<number> | undefined;
  for (const term of terms) {
    const found = new Set<number>();
    for (let i = lowerBound(index, term); i < index.length && index[i][0].startsWith(term); i++) for (const r of index[i][1]) found.add(r);
    hits = hits ? new Set([...hits].filter((r) => found.has(r))) : found;
    if (!hits.size) return undefined;
  }
  const scored = [...(hits ?? [])].map((i) => {
    const r = records[i];
    const title = r.t.toLowerCase();
    const matched = r.n.filter((n) => terms.some((t) => n.toLowerCase().split(SPLIT).some((w) => w.startsWith(t)) || n.toLowerCase().replace(/\s+/g, "").startsWith(t)));
    const score = (terms.every((t) => title.includes(t)) ? 4 : 0) + (matched.length ? 2 : 0) + (r.g.some((g) => terms.some((t) => g.startsWith(t))) ? 1 : 0);
    return { i, score, matched: matched.slice(0, 3) };
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map((s) => ({ record: records[s.i], matched: s.matched }));
}
