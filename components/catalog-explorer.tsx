"use client";

import { useMemo, useRef, useState } from "react";
import { LAYER_NAMES } from "@/lib/content/layers";
import type { Facets } from "@/lib/search/filter";
import type { SearchRecord } from "@/lib/search/records";
import {
  type CatalogQuery,
  EMPTY_QUERY,
  isEmptyQuery,
  parseCatalogQuery,
  toCatalogSearch,
  toParams,
} from "@/lib/search/url-state";
import { KIND_LABELS } from "@/lib/ui/labels";
import { CatalogSearchBox } from "./catalog-search-box";
import { FacetGroup } from "./facet-group";
import { FilterChips } from "./filter-chips";
import { Notices } from "./notices";
import { StackCard } from "./stack-card";
import { useCatalogSearch } from "./use-catalog-search";
import { useUrlSearch } from "./use-url-search";

const PAGE = 48;

const isTyping = () => new URLSearchParams(window.location.search).has("q");

interface Props {
  /** The first page of stacks, for the view before any search data is fetched. */
  initial: SearchRecord[];
  total: number;
  facets: Facets;
  /** The search index's shards (lib/search/shards.ts). */
  buckets: string[];
}

export function CatalogExplorer({ initial, total, facets: initialFacets, buckets }: Props) {
  const [search, setSearch] = useUrlSearch();
  const parsed = useMemo(() => parseCatalogQuery(toParams(search)), [search]);
  const query = parsed.query;
  const [limit, setLimit] = useState(PAGE);
  const filtered = !isEmptyQuery(query);
  // Every stack, not only the first page, once asked for with "Load all stacks".
  const [all, setAll] = useState(false);
  const results = useCatalogSearch(query, {
    buckets,
    total,
    active: filtered || all,
    limit,
  });
  const { hits, error, unknownTechs, effective } = results;

  const navigate = (next: CatalogQuery, how: "push" | "replace" = "push") => {
    setLimit(PAGE);
    setSearch(toCatalogSearch(next), how);
  };

  const notices = [
    ...parsed.notices,
    ...(unknownTechs.length
      ? [`Ignored unknown technology: ${unknownTechs.map((t) => `“${t}”`).join(", ")}.`]
      : []),
  ];
  const facets = results.facets ?? initialFacets;
  // Until the counts among the results arrive, the filters show their values without counts.
  const counted = (n: number) => (filtered && !results.facets ? undefined : n);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsRef = useRef<HTMLUListElement>(null);
  const techName = (id: string) => facets.techs.find((t) => t.id === id)?.name ?? id;
  const intoResults = () =>
    resultsRef.current?.querySelector<HTMLAnchorElement>("article a")?.focus();
  const loading = results.loading;
  // While the next results' records load, the last ones stay on screen (marked busy), not a blank:
  // each key of a word being typed can need records the page has not fetched yet.
  const last = useRef(hits);
  if (hits) last.current = hits;
  const shown = hits ?? (loading ? last.current : undefined) ?? initialHits(initial);
  const count = results.count ?? total;

  const toggle = (key: "layers" | "techs" | "kinds" | "tags", value: string) => {
    const base = query;
    const list = base[key] as string[];
    const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
    navigate({ ...base, [key]: next });
  };

  return (
    <>
      <CatalogSearchBox
        q={query.q}
        // Typing starts one history entry and then keeps replacing it. The address says whether
        // a search is under way: the rendered query can lag a key behind while results catch up.
        onType={(q) => {
          results.prefetch(q);
          navigate({ ...query, q }, isTyping() ? "replace" : "push");
        }}
        onSubmit={(q) => navigate({ ...query, q }, "replace")}
        intoResults={intoResults}
      />
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        {/* On phones the filters sit behind a button before the results, not below all of them. */}
        <button
          type="button"
          aria-expanded={filtersOpen}
          aria-controls="catalog-filters"
          onClick={() => setFiltersOpen((o) => !o)}
          className="order-1 rounded border border-slate-300 px-3 py-1.5 text-sm lg:hidden dark:border-slate-700"
        >
          Filters
          {filtered
            ? ` (${query.layers.length + query.techs.length + query.kinds.length + query.tags.length} on)`
            : ""}
        </button>
        <aside
          id="catalog-filters"
          aria-label="Filters"
          className={`order-2 lg:order-1 lg:block ${filtersOpen ? "block" : "hidden"}`}
        >
          <FacetGroup
            title="Layer"
            items={facets.layers.map((l) => ({
              id: l.id,
              label: LAYER_NAMES[l.id],
              count: counted(l.count),
            }))}
            selected={effective.layers}
            onToggle={(v) => toggle("layers", v)}
          />
          <FacetGroup
            title="Technology"
            searchable
            items={facets.techs.map((t) => ({ id: t.id, label: t.name, count: counted(t.count) }))}
            selected={effective.techs}
            onToggle={(v) => toggle("techs", v)}
          />
          <label className="mb-4 -mt-2 flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              checked={query.with === "all"}
              onChange={(e) => navigate({ ...query, with: e.target.checked ? "all" : "use" })}
              className="mt-1"
            />
            <span>Also stacks that plan a technology or considered and rejected it</span>
          </label>
          <FacetGroup
            title="Kind"
            items={facets.kinds.map((k) => ({
              id: k.id,
              label: KIND_LABELS[k.id],
              count: counted(k.count),
            }))}
            selected={effective.kinds}
            onToggle={(v) => toggle("kinds", v)}
          />
          {facets.tags.length ? (
            <FacetGroup
              title="Tag"
              items={facets.tags.map((t) => ({
                id: t.id,
                label: `#${t.id}`,
                count: counted(t.count),
              }))}
              selected={effective.tags}
              onToggle={(v) => toggle("tags", v)}
            />
          ) : null}
        </aside>
        <section aria-label="Stacks" className="order-3 min-w-0 lg:order-2">
          <Notices notices={notices} />
          <FilterChips query={query} techName={techName} onChange={(next) => navigate(next)} />
          {error ? (
            <p role="alert" className="mb-3 text-sm text-red-700 dark:text-red-300">
              Search is unavailable: {error}
            </p>
          ) : null}
          <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
            <p aria-live="polite" data-testid="result-count">
              {loading ? "Searching…" : `${count} ${count === 1 ? "stack" : "stacks"}`}
            </p>
            {filtered ? (
              <button
                type="button"
                className="text-brand-700 underline dark:text-blue-300"
                onClick={() => navigate(EMPTY_QUERY)}
              >
                Clear filters
              </button>
            ) : null}
          </div>
          {!loading && count === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
              <p className="mb-3">No stack matches {query.q ? `“${query.q}”` : "these filters"}.</p>
              <button
                type="button"
                onClick={() => navigate(EMPTY_QUERY)}
                className="rounded bg-brand-700 px-3 py-1.5 text-white"
              >
                Clear search and filters
              </button>
            </div>
          ) : null}
          {!loading && count === 0 ? null : (
            <ul
              ref={resultsRef}
              aria-busy={loading}
              className={`grid gap-3 sm:grid-cols-2 xl:grid-cols-3 ${loading ? "opacity-60" : ""}`}
            >
              {shown.map((h) => (
                <li key={h.record.s} className="flex">
                  <StackCard record={h.record} matched={h.matched} techs={effective.techs} />
                </li>
              ))}
            </ul>
          )}
          {!loading && results.complete && count > limit ? (
            <button
              type="button"
              className="mt-4 rounded border border-slate-300 px-3 py-1.5 dark:border-slate-700"
              onClick={() => setLimit((l) => l + PAGE)}
            >
              Show more ({count - limit} left)
            </button>
          ) : null}
          {!hits && !loading && total > initial.length ? (
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
              Showing {initial.length} of {total}.{" "}
              <button
                type="button"
                className="text-brand-700 underline dark:text-blue-300"
                onClick={() => setAll(true)}
              >
                Load all stacks
              </button>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}

const initialHits = (initial: SearchRecord[]) => initial.map((record) => ({ record, matched: [] }));
