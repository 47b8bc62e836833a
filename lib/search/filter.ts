import type Fuse from "fuse.js";
import { KINDS, LAYER_IDS } from "../content/constants";
import type { Kind, LayerId } from "../content/schema";
import type { SearchRecord } from "./options";
import {
  knowsEveryWord,
  matchedNames,
  rankByPrefix,
  type TokenIndex,
  type TokenSource,
} from "./token-index";
import type { CatalogQuery } from "./url-state";

export interface Hit {
  record: SearchRecord;
  /** Technology names the search text matched, shown on the card. */
  matched: string[];
}

/** What filters and facet counts read of a record (the browser holds these for every stack). */
export type FacetRecord = Pick<SearchRecord, "k" | "l" | "g" | "i" | "o" | "n">;

export interface Facets {
  layers: Array<{ id: LayerId; count: number }>;
  kinds: Array<{ id: Kind; count: number }>;
  techs: Array<{ id: string; name: string; count: number }>;
  tags: Array<{ id: string; count: number }>;
}

/** Whether a record counts for a technology: it uses it, or under `with=all` it names it in any role. */
export function relates(r: FacetRecord, tech: string, how: CatalogQuery["with"]): boolean {
  const at = r.i.indexOf(tech);
  return at >= 0 && (how === "all" || r.o[at] === "u");
}

function passes(r: FacetRecord, q: CatalogQuery, skipKind = false): boolean {
  if (q.layers.some((l) => !r.l.includes(l))) return false;
  if (q.techs.some((t) => !relates(r, t, q.with))) return false;
  if (q.tags.some((t) => !r.g.includes(t))) return false;
  if (!skipKind && q.kinds.length && !q.kinds.includes(r.k)) return false;
  return true;
}

/** Whether the query needs the fuzzy index: a word that starts no token is a typo to guess at. */
export function needsFuzzy(tokens: TokenSource, q: string): boolean {
  return Boolean(q) && !knowsEveryWord(tokens, q);
}

/** Whether the query filters by anything but its text. */
export function hasFilters(q: CatalogQuery): boolean {
  return Boolean(q.layers.length || q.techs.length || q.kinds.length || q.tags.length);
}

/** What a search reads; the browser fetches each part only once a query needs it. */
export interface SearchSources {
  /** The prefix index, or the shard of it a term falls in. */
  tokens?: TokenSource;
  /** The fuzzy index, for typos; its results are record indexes. */
  fuse?: Fuse<unknown>;
  /** Every record's filter fields, by index: needed by facet filters only. */
  rows?: FacetRecord[];
  total: number;
}

/** The stacks a query finds, best first, as record indexes; or which source it still needs. */
export type Found =
  | {
      order: number[];
      /** The words that found them, to name the technologies they matched on each card. */
      terms: string[];
      /** The names a fuzzy match found, by record index (typos). */
      fuzzy?: Map<number, string[]>;
    }
  | { waitFor: "fuzzy" | "rows" };

function fuzzyOrder(
  fuse: Fuse<unknown>,
  q: string,
): { order: number[]; fuzzy: Map<number, string[]> } {
  const results = fuse.search(q);
  const names = (r: (typeof results)[number]) =>
    [
      ...new Set(
        (r.matches ?? [])
          .filter((m) => m.key === "n" && typeof m.value === "string")
          .map((m) => m.value as string),
      ),
    ].slice(0, 3);
  return {
    order: results.map((r) => r.refIndex),
    fuzzy: new Map(results.map((r) => [r.refIndex, names(r)])),
  };
}

/**
 * Text search then facet filters (all chosen layers, technologies and tags; any chosen kind).
 * Words are looked up as prefixes in the prebuilt token index, which ranks from the index alone
 * and stays fast at any size; only when that finds nothing (a typo) does the fuzzy index take over.
 */
export function findStacks(query: CatalogQuery, src: SearchSources): Found {
  let found: Exclude<Found, { waitFor: string }>;
  const ranked = query.q && src.tokens ? rankByPrefix(src.tokens, query.q) : undefined;
  if (ranked) found = ranked;
  // Known words that no stack has together are an answer ("none"), not a typo to guess at.
  else if (query.q && src.tokens && knowsEveryWord(src.tokens, query.q))
    found = { order: [], terms: [] };
  else if (query.q) {
    if (!src.fuse) return { waitFor: "fuzzy" };
    found = { ...fuzzyOrder(src.fuse, query.q), terms: [] };
  } else found = { order: Array.from({ length: src.total }, (_, i) => i), terms: [] };
  if (!hasFilters(query)) return found;
  const rows = src.rows;
  if (!rows) return { waitFor: "rows" };
  return { ...found, order: found.order.filter((i) => passes(rows[i], query)) };
}

/** The names a card shows as matched: those the fuzzy match found, else those the terms found. */
export function matchedOf(found: Exclude<Found, { waitFor: string }>, i: number, r: SearchRecord) {
  return found.fuzzy?.get(i) ?? (found.terms.length ? matchedNames(r, found.terms) : []);
}

/** `findStacks` over records all in memory (build time, tests, the benchmark). */
export function searchStacks(
  records: SearchRecord[],
  fuse: Fuse<SearchRecord> | undefined,
  query: CatalogQuery,
  tokens?: TokenIndex,
): Hit[] {
  const src = {
    tokens: tokens ? () => tokens : undefined,
    fuse: fuse as Fuse<unknown> | undefined,
    rows: records,
    total: records.length,
  };
  const found = findStacks(query, src);
  // Without a fuzzy index, a typo filters nothing out (the browser waits for the index instead).
  const result = "waitFor" in found ? findStacks({ ...query, q: "" }, src) : found;
  if ("waitFor" in result) return [];
  return result.order.map((i) => ({
    record: records[i],
    matched: matchedOf(result, i, records[i]),
  }));
}

/** Counts for each facet value among what the other filters leave. */
export function toFacets(
  records: FacetRecord[],
  hits: Array<{ record: FacetRecord }>,
  query: CatalogQuery,
  techLimit = 30,
): Facets {
  const layerCount = new Map<LayerId, number>();
  const techCount = new Map<string, { name: string; count: number }>();
  const tagCount = new Map<string, number>();
  for (const { record } of hits) {
    for (const l of record.l) layerCount.set(l, (layerCount.get(l) ?? 0) + 1);
    record.i.forEach((id, n) => {
      // The counts are of stacks that use a technology, unless plans and rejections were asked for.
      if (query.with !== "all" && record.o[n] !== "u") return;
      const t = techCount.get(id) ?? { name: record.n[n] ?? id, count: 0 };
      t.count++;
      techCount.set(id, t);
    });
    for (const g of record.g) tagCount.set(g, (tagCount.get(g) ?? 0) + 1);
  }
  const kindBase = query.kinds.length
    ? records.filter((r) => passes(r, query, true))
    : hits.map((h) => h.record);
  const kindCount = new Map<Kind, number>();
  for (const r of kindBase) kindCount.set(r.k, (kindCount.get(r.k) ?? 0) + 1);
  const techs = [...techCount]
    .map(([id, t]) => ({ id, name: t.name, count: t.count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  // Selected technologies always stay visible so they can be unticked.
  const shown = techs.slice(0, techLimit);
  for (const id of query.techs)
    if (!shown.some((t) => t.id === id))
      shown.push(techs.find((t) => t.id === id) ?? { id, name: id, count: 0 });
  return {
    layers: LAYER_IDS.map((id) => ({ id, count: layerCount.get(id) ?? 0 })),
    kinds: KINDS.map((id) => ({ id, count: kindCount.get(id) ?? 0 })),
    techs: shown,
    tags: [...tagCount]
      .map(([id, count]) => ({ id, count }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
      .slice(0, 30),
  };
}
