import "server-only";
// Writes the catalog search's files for the browser (scripts/prebuild.ts); see shards.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SearchRecord } from "./options";
import { RECORD_CHUNK, SEARCH_DIR, toFacetFile, toShards } from "./shards";
import type { TokenIndex } from "./token-index";

/** Writes the shards, record chunks, facet rows and fuzzy index under `publicDir`; returns the shards' names. */
export function writeSearchFiles(
  publicDir: string,
  data: { records: SearchRecord[]; tokens: TokenIndex; fuzzy: { index: unknown } },
): string[] {
  const dir = join(publicDir, SEARCH_DIR);
  mkdirSync(dir, { recursive: true });
  const write = (name: string, value: unknown) =>
    writeFileSync(join(dir, name), JSON.stringify(value));
  const shards = toShards(data.tokens);
  for (const [bucket, shard] of shards) write(`t-${bucket}.json`, shard);
  for (let i = 0; i < data.records.length; i += RECORD_CHUNK)
    write(`r-${i / RECORD_CHUNK}.json`, data.records.slice(i, i + RECORD_CHUNK));
  write("facets.json", toFacetFile(data.records));
  write("fuzzy.json", data.fuzzy);
  const buckets = [...shards.keys()].sort();
  write("buckets.json", buckets);
  return buckets;
}
