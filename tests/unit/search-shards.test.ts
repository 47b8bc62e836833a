import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findStacks } from "@/lib/search/filter";
import type { SearchRecord } from "@/lib/search/options";
import {
  bucketOf,
  chunkUrl,
  FACETS_URL,
  FUZZY_URL,
  fromFacetFile,
  fromShard,
  RECORD_CHUNK,
  shardUrl,
  toFacetFile,
  toShards,
} from "@/lib/search/shards";
import { buildTokenIndex, rankByPrefix, type TokenIndex } from "@/lib/search/token-index";
import { EMPTY_QUERY } from "@/lib/search/url-state";
import { writeSearchFiles } from "@/lib/search/write";

const rec = (s: string, t: string, n: string[], g: string[] = [], o?: string): SearchRecord => ({
  s,
  t,
  k: "stack",
  d: "",
  g,
  l: ["data"],
  n,
  i: n.map((x) => x.toLowerCase().replace(/[^a-z0-9]/g, "")),
  o: o ?? "u".repeat(n.length),
  c: n.length,
});
// Enough records that postings have gaps of several base-36 digits.
const records = Array.from({ length: 2000 }, (_, i) =>
  i % 97 === 0
    ? rec(`pg-${i}`, `Postgres shop ${i}`, ["PostgreSQL", "Redis"], ["sql"])
    : i % 13 === 0
      ? rec(`k-${i}`, `Stream ${i}`, ["Kafka", "Kubernetes"], ["k8s"], "up")
      : rec(`w-${i}`, `Web ${i}`, ["React", "Données Vectorielles"]),
);
const index = buildTokenIndex(records);
const shards = new Map([...toShards(index)].map(([b, s]) => [b, fromShard(s)]));
const bySha = (term: string): TokenIndex => shards.get(bucketOf(term)) ?? [];

describe("the search index in shards", () => {
  it.each([
    ["postgres", "p"],
    ["9lives", "9"],
    ["données", "d"],
    ["épée", "ue9"],
    ["データ", "u30c7"],
    ["🛠️", "u1f6e0"],
  ])("puts %s in shard %s", (token, bucket) => {
    expect(bucketOf(token)).toBe(bucket);
  });

  it("gives back, shard by shard, exactly the index it was cut from", () => {
    const joined = [...shards.values()].flat().sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(joined).toEqual(index);
  });

  it.each(["postgres", "k", "kaf kub", "react données", "sql redis", "stream 130"])(
    "ranks “%s” from the shards as from the whole index",
    (q) => {
      const whole = rankByPrefix(() => index, q);
      expect(whole?.order.length).toBeGreaterThan(0);
      expect(rankByPrefix(bySha, q)).toEqual(whole);
    },
  );

  it("ranks a title match first, then a technology named, then a word it only starts", () => {
    const few = [
      rec("a", "Cache notes", ["Redisson"]),
      rec("b", "Other", ["Redis"]),
      rec("c", "Redis at scale", ["Redis"]),
      rec("d", "More", ["Redis Stack"]),
    ];
    expect(rankByPrefix(() => buildTokenIndex(few), "redis")?.order).toEqual([2, 1, 3, 0]);
  });

  it("keeps each record's filter fields, with technologies as numbers into one list", () => {
    const file = toFacetFile(records);
    expect(file.techs.length).toBe(6);
    expect(fromFacetFile(file)).toEqual(
      records.map(({ k, l, g, i, n, o }) => ({ k, l, g, i, n, o })),
    );
  });

  it("filters by the facet rows alone, without the records", () => {
    const rows = fromFacetFile(toFacetFile(records));
    const found = findStacks(
      { ...EMPTY_QUERY, q: "k", techs: ["kubernetes"] },
      { tokens: bySha, rows, total: records.length },
    );
    // Kubernetes is only planned ("p") in those stacks: in use, none; in any role, all of them.
    expect("order" in found && found.order).toEqual([]);
    const any = findStacks(
      { ...EMPTY_QUERY, q: "k", techs: ["kubernetes"], with: "all" },
      { tokens: bySha, rows, total: records.length },
    );
    expect("order" in any && any.order.map((i) => records[i].s)).toEqual(
      records.filter((r) => r.s.startsWith("k-")).map((r) => r.s),
    );
    expect(findStacks({ ...EMPTY_QUERY, layers: ["data"] }, { total: 3 })).toEqual({
      waitFor: "rows",
    });
  });

  it("waits for the fuzzy index only for a word no token starts", () => {
    const src = { tokens: bySha, total: records.length };
    expect(findStacks({ ...EMPTY_QUERY, q: "postgers" }, src)).toEqual({ waitFor: "fuzzy" });
    expect(findStacks({ ...EMPTY_QUERY, q: "kafka postgresql" }, src)).toEqual({
      order: [],
      terms: [],
    });
  });
});

describe("the search files on disk", () => {
  it("holds every shard and record file the browser asks for, at the address it asks", () => {
    const dir = mkdtempSync(join(tmpdir(), "search-files-"));
    const buckets = writeSearchFiles(dir, { records, tokens: index, fuzzy: { index: {} } });
    expect(buckets).toEqual([...shards.keys()].sort());
    for (const b of buckets) {
      const shard = JSON.parse(readFileSync(join(dir, shardUrl(b)), "utf8"));
      expect(fromShard(shard)).toEqual(shards.get(b));
    }
    const last = Math.floor((records.length - 1) / RECORD_CHUNK);
    for (const n of [0, 7, last]) {
      const chunk = JSON.parse(readFileSync(join(dir, chunkUrl(n)), "utf8"));
      expect(chunk).toEqual(records.slice(n * RECORD_CHUNK, (n + 1) * RECORD_CHUNK));
    }
    expect(existsSync(join(dir, chunkUrl(last + 1)))).toBe(false);
    for (const url of [FACETS_URL, FUZZY_URL]) expect(existsSync(join(dir, url))).toBe(true);
  });
});
