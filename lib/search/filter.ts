import type Fuse from "fuse.js";
import { KINDS, LAYER_IDS } from "../content/constants";
import type { Kind, LayerId } from "../content/schema";
import type { SearchRecord } from "./options";
import { knowsEveryWord, prefixSearch, type TokenIndex } from "./token-index";
import type { CatalogQuery } from "./url-state";

export interface Hit {
  record: SearchRecord;
  /** Technology names the search text matched, shown on the card. */
  matched: string[];
}

export interface Facets {
  layers: Array<{ id: LayerId; count: number }>;
  kinds: Array<{ id: Kind; count: number }>;
  techs: Array<{ id: string; name: string; count: number }>;
  tags: Array<{ id: string; count: number }>;
}

/** Whether a record counts for a technology: it uses it, or under `with=all` it names it in any role. */
export function relates(r: SearchRecord, tech: string, how: CatalogQuery["with"]): boolean {
  const at = r.i.indexOf(tech);
  return at >= 0 && (how === "all" || r.o[at] === "u");
}

function passes(r: SearchRecord, q: CatalogQuery, skipKind = false): boolean {
  if (q.layers.some((l) => !r.l.includes(l))) return false;
  if (q.techs.some((t) => !relates(r, t, q.with))) return false;
  if (q.tags.some((t) => !r.g.includes(t))) return false;
  if (!skipKind && q.kinds.length && !q.kinds.includes(r.k)) return false;
  return true;
}

/** Whether the query needs the fuzzy index: a word that starts no token is a typo to guess at. */
export function needsFuzzy(tokens: TokenIndex, q: string): boolean {
  return Boolean(q) && !knowsEveryWord(tokens, q);
}

/**
 * Text search then facet filters (all chosen layers, technologies and tags; any chosen kind).
 * Words are looked up as prefixes in the prebuilt token index, which stays fast at any size;
 * only when that finds nothing (a typo) does the fuzzy Fuse index take over.
 */
export function searchStacks(
  records: SearchRecord[],
  fuse: Fuse<SearchRecord> | undefined,
  query: CatalogQuery,
  tokens?: TokenIndex,
): Hit[] {
  let hits: Hit[];
  const exact = query.q && tokens ? prefixSearch(tokens, records, query.q) : undefined;
  if (exact) hits = exact;
  // Known words that no stack has together are an answer ("none"), not a typo to guess at.
  else if (query.q && tokens && knowsEveryWord(tokens, query.q)) hits = [];
  else if (query.q && fuse) {
    hits = fuse.search(query.q).map((r) => ({
      record: r.item,
      matched: [
        ...new Set(
          (r.matches ?? [])
            .filter((m) => m.key === "n" && typeof m.value === "string")
            .map((m) => m.value as string),
        ),
      ].slice(0, 3),
    }));
  } else hits = records.map((record) => ({ record, matched: [] }));
  return hits.filter((h) => passes(h.record, query));
}

/** Counts for each facet value among what the other filters leave. */
export function toFacets(
  records: SearchRecord[],
  hits: Hit[],
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
