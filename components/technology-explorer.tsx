"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { LAYER_IDS } from "@/lib/content/constants";
import { LAYER_NAMES } from "@/lib/content/layers";
import {
  FIRST_TECH_ROWS,
  parseTechQuery,
  type TechQuery,
  type TechRow,
  toTechSearch,
} from "@/lib/search/technologies";
import { toParams } from "@/lib/search/url-state";
import { Notices } from "./notices";
import { TechTable } from "./tech-table";
import { useSlashFocus } from "./use-slash-focus";
import { useTechRows } from "./use-tech-rows";
import { useTechSearch } from "./use-tech-search";
import { useUrlSearch } from "./use-url-search";

interface Props {
  /** The first rows, in the catalog's order: all a visit that does not search or filter needs. */
  first: TechRow[];
  total: number;
  /** Technologies per layer id. */
  counts: Record<string, number>;
}

const NO_ROWS: TechRow[] = [];

/** Layer tabs plus fuzzy search over every technology the catalog mentions. */
export function TechnologyExplorer({ first, total, counts }: Props) {
  const [search, setSearch] = useUrlSearch();
  const { query, notices } = useMemo(() => parseTechQuery(toParams(search)), [search]);
  const [text, setText] = useState(query.q);
  const [limit, setLimit] = useState(FIRST_TECH_ROWS);
  const inputRef = useRef<HTMLInputElement>(null);
  useSlashFocus(inputRef);
  useEffect(() => setText(query.q), [query.q]);
  const filtering = Boolean(query.q || query.layer);
  const wanted = filtering || limit > FIRST_TECH_ROWS;
  const complete = first.length === total;
  const all = useTechRows(wanted && !complete);
  const rows = complete ? first : all.rows;
  const matched = useTechSearch(rows ?? NO_ROWS, query.q);
  const go = (change: Partial<TechQuery>, how: "push" | "replace" = "push") =>
    setSearch(toTechSearch({ ...query, ...change }), how);
  const tabs = [undefined, ...LAYER_IDS];
  // Arrow keys move between the layer tabs and select the one they land on, as tab lists do.
  const onTabKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const by = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!by) return;
    e.preventDefault();
    const list = e.currentTarget;
    const next = tabs[(tabs.indexOf(query.layer) + by + tabs.length) % tabs.length];
    go({ layer: next });
    requestAnimationFrame(() =>
      list.querySelector<HTMLButtonElement>(`[data-layer="${next ?? "all"}"]`)?.focus(),
    );
  };
  const filtered = query.layer ? matched.filter((r) => r.layer === query.layer) : matched;
  // Until every row has loaded, a visit that neither searches nor filters shows the first ones.
  const shown = rows ? filtered : filtering ? NO_ROWS : first;
  const count = rows ? shown.length : total;
  const loading = filtering && !rows;

  return (
    <div className="min-h-[80vh]">
      <div
        role="tablist"
        aria-label="Layers"
        className="mb-3 flex flex-wrap gap-1"
        onKeyDown={onTabKey}
      >
        {tabs.map((id) => {
          const selected = query.layer === id;
          return (
            <button
              key={id ?? "all"}
              type="button"
              role="tab"
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              data-layer={id ?? "all"}
              onClick={() => go({ layer: id })}
              className={`rounded-full border px-3 py-1 text-sm ${selected ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"}`}
            >
              {id ? LAYER_NAMES[id] : "All layers"}{" "}
              <span className="text-xs opacity-80">{id ? (counts[id] ?? 0) : total}</span>
            </button>
          );
        })}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet in every browser we serve */}
      <div role="search" className="mb-3">
        <label htmlFor="tech-search" className="sr-only">
          Search technologies
        </label>
        <input
          ref={inputRef}
          id="tech-search"
          type="search"
          maxLength={200}
          value={text}
          autoComplete="off"
          placeholder="Search technologies…  (press /)"
          onChange={(e) => {
            setText(e.target.value);
            go({ q: e.target.value.trim() }, query.q ? "replace" : "push");
          }}
          className="w-full max-w-xl rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        />
      </div>
      <Notices notices={notices} />
      <p aria-live="polite" className="mb-2 text-sm" data-testid="tech-count">
        {all.failed
          ? "The list of technologies could not be loaded; reload the page to try again."
          : loading
            ? "Loading technologies…"
            : `${count} ${count === 1 ? "technology" : "technologies"}${query.layer ? ` in ${LAYER_NAMES[query.layer]}` : ""}`}
      </p>
      <TechTable rows={shown.slice(0, limit)} />
      {count > limit ? (
        <button
          type="button"
          className="mt-3 rounded border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700"
          onClick={() => setLimit(count)}
        >
          Show all {count}
        </button>
      ) : null}
      {!shown.length && !loading && !all.failed ? (
        <p className="mt-4">No technology matches. Try another layer or clear the search.</p>
      ) : null}
    </div>
  );
}
