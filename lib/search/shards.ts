// The catalog search split for the browser: a search fetches the index shards its words fall in
// and the records of the cards it shows, never the whole catalog (issue 11: the first search at
// 10,000 stacks had downloaded 17.5 MB).
import type { FacetRecord } from "./filter";
import type { SearchRecord } from "./options";
import type { TokenIndex } from "./token-index";

/** Records per file of card data: a page of 48 results fetches at most 48 small files. */
export const RECORD_CHUNK = 4;

/** The folder of the search files, under the site's root. */
export const SEARCH_DIR = "/data/search";

/** The shard a token, or a term typed, falls in: its first letter or digit, else its first character's code. */
export function bucketOf(token: string): string {
  const code = token.codePointAt(0) ?? 95;
  const first = String.fromCodePoint(code);
  return /[a-z0-9]/.test(first) ? first : `u${code.toString(16)}`;
}

export const shardUrl = (bucket: string) => `${SEARCH_DIR}/t-${bucket}.json`;
export const chunkUrl = (chunk: number) => `${SEARCH_DIR}/r-${chunk}.json`;
export const FACETS_URL = `${SEARCH_DIR}/facets.json`;
export const FUZZY_URL = `${SEARCH_DIR}/fuzzy.json`;

/** A shard as stored: each token's postings as base-36 gaps, which gzip well. */
export type EncodedShard = Array<[string, string]>;

/** The index cut into shards by `bucketOf`, postings gap-encoded. */
export function toShards(index: TokenIndex): Map<string, EncodedShard> {
  const shards = new Map<string, EncodedShard>();
  for (const [token, postings] of index) {
    let prev = 0;
    const gaps = postings.map((p) => {
      const gap = p - prev;
      prev = p;
      return gap.toString(36);
    });
    const bucket = bucketOf(token);
    const shard = shards.get(bucket) ?? [];
    shard.push([token, gaps.join(",")]);
    shards.set(bucket, shard);
  }
  return shards;
}

/** A stored shard back into index entries (still sorted: a shard keeps the index's order). */
export function fromShard(shard: EncodedShard): TokenIndex {
  return shard.map(([token, gaps]) => {
    let prev = 0;
    return [token, gaps.split(",").map((g) => (prev += Number.parseInt(g, 36)))];
  });
}

/** The filter fields of every record, technologies as numbers into one list of [id, name]. */
export interface FacetFile {
  techs: Array<[string, string]>;
  rows: Array<[SearchRecord["k"], SearchRecord["l"], string[], number[], string]>;
}

export function toFacetFile(records: SearchRecord[]): FacetFile {
  const at = new Map<string, number>();
  const techs: FacetFile["techs"] = [];
  const rows = records.map((r): FacetFile["rows"][number] => {
    const ids = r.i.map((id, n) => {
      if (!at.has(id)) {
        at.set(id, techs.length);
        techs.push([id, r.n[n] ?? id]);
      }
      return at.get(id) ?? 0;
    });
    return [r.k, r.l, r.g, ids, r.o];
  });
  return { techs, rows };
}

export function fromFacetFile(file: FacetFile): FacetRecord[] {
  return file.rows.map(([k, l, g, ids, o]) => ({
    k,
    l,
    g,
    i: ids.map((n) => file.techs[n][0]),
    n: ids.map((n) => file.techs[n][1]),
    o,
  }));
}
