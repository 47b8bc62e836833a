"use client";

import Fuse from "fuse.js";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useUrlParams } from "./use-url-params";
import { useMemo, useRef, useState, useEffect } from "react";
import { LAYER_NAMES } from "@/lib/content/layers";
import { LAYER_IDS, type LayerId } from "@/lib/content/schema";
import { parseTechQuery, type TechQuery, type TechRow, toTechSearch } from "@/lib/search/technologies";
import { Notices } from "./notices";
import { useSlashFocus } from "./use-slash-focus";

/** Layer tabs plus fuzzy search over every technology the catalog mentions. */
export function TechnologyExplorer({ rows }: { rows: TechRow[] }) {
  const params = useUrlParams();
  const router = useRouter();
  const pathname = usePathname();
  const { query, notices } = useMemo(() => parseTechQuery(params), [params]);
  const [text, setText] = useState(query.q);
  const inputRef = useRef<HTMLInputElement>(null);
  useSlashFocus(inputRef);
  useEffect(() => setText(query.q), [query.q]);
  const fuse = useMemo(() => new Fuse(rows, { keys: [{ name: "name", weight: 3 }, { name: "aliases", weight: 1 }, { name: "id", weight: 1 }], threshold: 0.35, ignoreLocation: true }), [rows]);
  const counts = useMemo(() => {
    const m = new Map<LayerId, number>();
    for (const r of rows) m.set(r.layer, (m.get(r.layer) ?? 0) + 1);
    return m;
  }, [rows]);
  const go = (next: TechQuery) => router.replace(`${pathname}${toTechSearch(next)}`, { scroll: false });
  const matched = query.q ? fuse.search(query.q).map((r) => r.item) : rows;
  const shown = query.layer ? matched.filter((r) => r.layer === query.layer) : matched;

  return (
    <div>
      <div role="tablist" aria-label="Layers" className="mb-3 flex flex-wrap gap-1">
        {[undefined, ...LAYER_IDS].map((id) => {
          const selected = query.layer === id;
          return (
            <button
              key={id ?? "all"}
              type="button"
              role="tab"
              aria-selected={selected}
              data-layer={id ?? "all"}
              onClick={() => go({ ...query, layer: id })}
              className={`rounded-full border px-3 py-1 text-sm ${selected ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"}`}
            >
              {id ? LAYER_NAMES[id] : "All layers"} <span className="text-xs opacity-80">{id ? counts.get(id) ?? 0 : rows.length}</span>
            </button>
          );
        })}
      </div>
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
            go({ ...query, q: e.target.value.trim() });
          }}
          className="w-full max-w-xl rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        />
      </div>
      <Notices notices={notices} />
      <p aria-live="polite" className="mb-2 text-sm" data-testid="tech-count">
        {shown.length} {shown.length === 1 ? "technology" : "technologies"}
        {query.layer ? ` in ${LAYER_NAMES[query.layer]}` : ""}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <th scope="col" className="py-1 pr-3 font-medium">Technology</th>
              <th scope="col" className="py-1 pr-3 font-medium">Layer</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">Primary</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">Alternative</th>
              <th scope="col" className="py-1 pr-3 text-right font-medium">Other</th>
              <th scope="col" className="py-1 font-medium">Versions seen</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, 400).map((r) => (
              <tr key={r.id} className="border-b border-slate-100 dark:border-slate-800/60">
                <td className="py-1 pr-3 font-medium">
                  <Link href={`/technologies/${r.id}`} className="text-brand-700 hover:underline dark:text-blue-300">
                    {r.name}
                  </Link>
                </td>
                <td className="py-1 pr-3">{LAYER_NAMES[r.layer]}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{r.primary}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{r.alternative}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{r.other}</td>
                <td className="py-1">{r.versions.slice(0, 6).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!shown.length ? <p className="mt-4">No technology matches. Try another layer or clear the search.</p> : null}
    </div>
  );
}
