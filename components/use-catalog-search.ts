"use client";

import type Fuse from "fuse.js";
import { useEffect, useMemo, useState } from "react";
import {
  type FacetRecord,
  type Facets,
  findStacks,
  type Hit,
  hasFilters,
  matchedOf,
  needsFuzzy,
  toFacets,
} from "@/lib/search/filter";
import { FUSE_OPTIONS, type SearchRecord } from "@/lib/search/options";
import {
  bucketOf,
  chunkUrl,
  FACETS_URL,
  type FacetFile,
  FUZZY_URL,
  fromFacetFile,
  fromShard,
  RECORD_CHUNK,
  shardUrl,
} from "@/lib/search/shards";
import { lookupTerms, type TokenIndex } from "@/lib/search/token-index";
import type { CatalogQuery } from "@/lib/search/url-state";
import { loadFile, useFiles } from "./use-search-files";

const asRecords = (raw: SearchRecord[]) => raw;
const asRows = (raw: FacetFile) => fromFacetFile(raw);
// The fuzzy index holds the searched text itself: Fuse needs no records, only their indexes.
const asFuse = async (raw: { index: Parameters<typeof Fuse.parseIndex>[0] }) => {
  const { default: FuseClass } = await import("fuse.js");
  return new FuseClass<unknown>([], FUSE_OPTIONS, FuseClass.parseIndex(raw.index));
};

/** The shards a query's words fall in, of those that exist. */
function shardsOf(q: string, known: Set<string>): string[] {
  return [...new Set(lookupTerms(q).map(bucketOf))].filter((b) => known.has(b)).map(shardUrl);
}

/**
 * Starts fetching the shards a text needs as it is typed, before React renders the search: the
 * request is on its way while the transition runs. Errors are left for the search to report.
 */
function prefetchShards(q: string, known: Set<string>): void {
  for (const url of shardsOf(q, known)) loadFile(url, fromShard).catch(() => {});
}

// A first screen of results: shown once their records are here, the rest of the page follows.
const FIRST_CARDS = 12;

interface Options {
  /** The index shards that exist: a term in none of them finds nothing without asking. */
  buckets: string[];
  total: number;
  /** Whether to search at all: a query, a filter, or "every stack" asked for. */
  active: boolean;
  /** How many results are shown: only their records are fetched. */
  limit: number;
}

export interface CatalogSearch {
  /** The results on screen, once the first screen's records are here (the rest follow). */
  hits?: Hit[];
  /** Whether every result of the page is on screen. */
  complete: boolean;
  count?: number;
  /** Counts for the filters among every result, once the facet rows are here. */
  facets?: Facets;
  /** Technologies in the query that no stack names, once that can be told. */
  unknownTechs: string[];
  /** The query without them: what was searched for. */
  effective: CatalogQuery;
  /** Starts fetching what a text being typed will need, before React renders its search. */
  prefetch: (q: string) => void;
  loading: boolean;
  error?: string;
}

/**
 * The catalog search in the browser. A query fetches the index shards its words fall in, then the
 * records of the results on screen; the fuzzy index only for a typo, and every stack's filter
 * fields only for a filter or, after the first results, for the counts beside the filters.
 */
export function useCatalogSearch(query: CatalogQuery, opts: Options): CatalogSearch {
  const known = useMemo(() => new Set(opts.buckets), [opts.buckets]);
  const q = opts.active ? query.q : "";
  const shards = useFiles(shardsOf(q, known), fromShard);
  const tokens = useMemo(() => {
    if (!shards.complete) return undefined;
    const files = shards.files;
    return (term: string): TokenIndex => files.get(shardUrl(bucketOf(term))) ?? [];
  }, [shards.complete, shards.files]);

  const [shownOnce, setShownOnce] = useState(false);
  const wantRows = opts.active && (hasFilters(query) || shownOnce);
  const rowFile = useFiles(wantRows ? [FACETS_URL] : [], asRows);
  const rows = rowFile.files.get(FACETS_URL);
  const wantFuzzy = Boolean(q && tokens && needsFuzzy(tokens, q));
  const fuzzyFile = useFiles(wantFuzzy ? [FUZZY_URL] : [], asFuse);
  const fuse = fuzzyFile.files.get(FUZZY_URL);

  const unknownTechs = useMemo(() => unknownIn(query.techs, rows), [query.techs, rows]);
  // Technologies in the address that no stack names are dropped once the facet rows can tell.
  const effective = useMemo(
    () =>
      unknownTechs.length
        ? { ...query, techs: query.techs.filter((t) => !unknownTechs.includes(t)) }
        : query,
    [query, unknownTechs],
  );
  const found = useMemo(
    () =>
      opts.active && tokens
        ? findStacks(effective, { tokens, fuse, rows, total: opts.total })
        : undefined,
    [opts.active, opts.total, tokens, fuse, rows, effective],
  );
  const ready = found && !("waitFor" in found) ? found : undefined;
  const shown = ready?.order.slice(0, opts.limit) ?? [];
  const chunks = useFiles(
    [...new Set(shown.map((i) => Math.floor(i / RECORD_CHUNK)))].map(chunkUrl),
    asRecords,
  );
  // The results in order as far as their records are here: the first screen need not wait for all.
  const arrived = ready ? readyPrefix(shown, chunks.files) : [];
  const hits =
    ready && arrived.length >= Math.min(shown.length, FIRST_CARDS)
      ? arrived.map(([i, record]) => ({ record, matched: matchedOf(ready, i, record) }))
      : undefined;
  useEffect(() => {
    if (hits) setShownOnce(true);
  }, [hits]);
  const facets = useMemo(
    () =>
      ready && rows
        ? toFacets(
            rows,
            ready.order.map((i) => ({ record: rows[i] })),
            effective,
            Number.POSITIVE_INFINITY,
          )
        : undefined,
    [ready, rows, effective],
  );
  const error = shards.error ?? rowFile.error ?? fuzzyFile.error ?? chunks.error;
  return {
    hits,
    complete: Boolean(hits && hits.length === shown.length),
    count: ready?.order.length,
    facets,
    unknownTechs,
    effective,
    prefetch: (text: string) => prefetchShards(text, known),
    loading: opts.active && !hits && !error,
    error,
  };
}

/** The leading results whose record files have arrived, with their records. */
function readyPrefix(
  shown: number[],
  files: Map<string, SearchRecord[]>,
): Array<[number, SearchRecord]> {
  const out: Array<[number, SearchRecord]> = [];
  for (const i of shown) {
    const record = files.get(chunkUrl(Math.floor(i / RECORD_CHUNK)))?.[i % RECORD_CHUNK];
    if (!record) break;
    out.push([i, record]);
  }
  return out;
}

/** The technologies of a query that no stack names; none until the facet rows can tell. */
function unknownIn(techs: string[], rows: FacetRecord[] | undefined): string[] {
  if (!rows || !techs.length) return [];
  const ids = new Set(rows.flatMap((r) => r.i));
  return techs.filter((t) => !ids.has(t));
}
