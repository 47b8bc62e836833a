"use client";

import Link from "next/link";
import { TechLink } from "./tech-link";
import { useEffect, useMemo, useState } from "react";
import { alignStacks, type Line, summarise } from "@/lib/compare/align";
import { cellText, toCsv, toMarkdown } from "@/lib/compare/export";
import type { CompareStack } from "@/lib/compare/records";
import { type CompareQuery, MAX_STACKS, MIN_STACKS, parseCompareQuery, toCompareSearch } from "@/lib/compare/url";
import { LAYER_NAMES } from "@/lib/content/layers";
import { RoleBadge } from "./badges";
import { Notices } from "./notices";
import { StackPicker } from "./stack-picker";
import { useUrlSearch } from "./use-url-search";
import { toParams } from "@/lib/search/url-state";
import { useStackList } from "./use-stack-list";

const cache = new Map<string, Promise<CompareStack | undefined>>();
function fetchStack(slug: string): Promise<CompareStack | undefined> {
  let p = cache.get(slug);
  if (!p) {
    p = fetch(`/data/stacks/${encodeURIComponent(slug)}.json`).then((r) => (r.ok ? (r.json() as Promise<CompareStack>) : undefined), () => undefined);
    cache.set(slug, p);
  }
  return p;
}

// Start fetching the stacks named in the address as soon as this code loads, before hydration.
if (typeof window !== "undefined") {
  for (const slug of parseCompareQuery(new URLSearchParams(window.location.search)).query.slugs) void fetchStack(slug);
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const STATUS: Record<Line["status"], { text: string; cls: string }> = {
  shared: { text: "shared", cls: "text-emerald-800 dark:text-emerald-300" },
  "partly-shared": { text: "shared by some", cls: "text-emerald-800 dark:text-emerald-300" },
  unique: { text: "unique", cls: "text-slate-600 dark:text-slate-400" },
  "version-diff": { text: "version differs", cls: "text-amber-800 dark:text-amber-300" },
};

export function CompareView() {
  const [search, setSearch] = useUrlSearch();
  const { list, load } = useStackList();
  useEffect(load, [load]);
  const known = useMemo(() => (list ? new Set(list.map((e) => e.s)) : undefined), [list]);
  const { query, notices } = useMemo(() => parseCompareQuery(toParams(search), known), [search, known]);
  const [stacks, setStacks] = useState<CompareStack[]>();
  const [missing, setMissing] = useState<string[]>([]);
  const key = query.slugs.join(",");

  useEffect(() => {
    let live = true;
    Promise.all(query.slugs.map(fetchStack)).then((found) => {
      if (!live) return;
      setStacks(found.filter((s): s is CompareStack => Boolean(s)));
      setMissing(query.slugs.filter((_, i) => !found[i]));
    });
    return () => {
      live = false;
    };
    // The slugs' joined key is the dependency: a new array with the same slugs is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const go = (change: Partial<CompareQuery>) => setSearch(toCompareSearch({ ...query, ...change }));
  const shown = stacks ?? [];
  const rows = useMemo(() => alignStacks(shown, query), [shown, query]);
  const summary = useMemo(() => summarise(shown, alignStacks(shown, { includeAll: query.includeAll })), [shown, query.includeAll]);
  const allNotices = [...notices, ...missing.map((m) => `There is no stack “${m}”.`)];
  const move = (i: number, by: number) => {
    const slugs = [...query.slugs];
    const j = i + by;
    if (j < 0 || j >= slugs.length) return;
    [slugs[i], slugs[j]] = [slugs[j], slugs[i]];
    go({ slugs });
  };
  const fileBase = `compare-${shown.map((s) => s.s).join("-vs-") || "stacks"}`;

  return (
    // Reserved height keeps the footer still while the stacks load.
    <div className="min-h-[80vh]">
      <Notices notices={allNotices} />
      {shown.length < MIN_STACKS && stacks ? (
        <p role="status" className="mb-4 rounded border border-slate-300 px-3 py-2 dark:border-slate-700">
          {shown.length === 0 ? "Pick two to four stacks to compare them side by side." : "Pick at least one more stack to compare with."}
        </p>
      ) : null}
      <div className="no-print mb-4 grid gap-4 md:grid-cols-[minmax(14rem,22rem)_1fr] md:items-end">
        <StackPicker label={query.slugs.length >= MAX_STACKS ? "Four stacks is the most" : "Add a stack"} exclude={query.slugs} disabled={query.slugs.length >= MAX_STACKS} onPick={(e) => go({ slugs: [...query.slugs, e.s] })} />
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={query.onlyDifferences} onChange={(e) => go({ onlyDifferences: e.target.checked })} />
            Show only differences
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={query.includeAll} onChange={(e) => go({ includeAll: e.target.checked })} />
            Include alternatives and planned
          </label>
          <button type="button" disabled={!shown.length} className="rounded border border-slate-300 px-2 py-1 disabled:opacity-50 dark:border-slate-700" onClick={() => download(`${fileBase}.md`, "text/markdown", toMarkdown(shown, rows))}>
            Download Markdown
          </button>
          <button type="button" disabled={!shown.length} className="rounded border border-slate-300 px-2 py-1 disabled:opacity-50 dark:border-slate-700" onClick={() => download(`${fileBase}.csv`, "text/csv", toCsv(shown, rows))}>
            Download CSV
          </button>
          <button type="button" className="rounded border border-slate-300 px-2 py-1 dark:border-slate-700" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>

      {!stacks && query.slugs.length ? <p>Loading stacks…</p> : null}

      {shown.length >= MIN_STACKS ? (
        <section aria-labelledby="summary-heading" className="mb-5 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
          <h2 id="summary-heading" className="mb-2 font-semibold">Summary</h2>
          <p>
            <strong>Shared by all:</strong> {summary.shared.length ? summary.shared.map((s) => s.name).join(", ") : "nothing"}
          </p>
          <ul className="mt-1 space-y-0.5">
            {shown.map((s, i) => (
              <li key={s.s}>
                <strong>Only {s.t}:</strong> {summary.unique[i].length ? summary.unique[i].map((u) => u.name).join(", ") : "nothing of its own"}
                {summary.gaps[i].length ? <span className="text-amber-800 dark:text-amber-300"> — {s.t} has nothing for {summary.gaps[i].map((l) => LAYER_NAMES[l].toLowerCase()).join(", ")}</span> : null}
              </li>
            ))}
          </ul>
          <p className="mt-1">
            <strong>Similarity</strong> (Jaccard over primary technologies):{" "}
            {summary.pairs.map((p) => `${shown[p.a].t} ↔ ${shown[p.b].t} ${Math.round(p.score * 100)}%`).join(" · ")}
          </p>
        </section>
      ) : null}

      {shown.length ? (
        <div className="overflow-x-auto">
          <table className="print-table w-full min-w-[40rem] border-collapse text-sm" aria-label="Comparison by layer">
            <thead>
              <tr>
                <th scope="col" className="w-36 border-b border-slate-300 p-2 text-left dark:border-slate-700">Layer</th>
                {shown.map((s, i) => (
                  <th key={s.s} scope="col" className="border-b border-slate-300 p-2 text-left align-bottom dark:border-slate-700" data-stack={s.s}>
                    <Link href={`/stacks/${s.s}`} className="text-brand-700 hover:underline dark:text-blue-300">
                      {s.t}
                    </Link>
                    <span className="no-print ml-2 inline-flex gap-1 font-normal">
                      <button type="button" aria-label={`Move ${s.t} left`} disabled={i === 0} onClick={() => move(i, -1)} className="rounded px-1 hover:bg-slate-100 disabled:opacity-30 dark:hover:bg-slate-800">←</button>
                      <button type="button" aria-label={`Move ${s.t} right`} disabled={i === shown.length - 1} onClick={() => move(i, 1)} className="rounded px-1 hover:bg-slate-100 disabled:opacity-30 dark:hover:bg-slate-800">→</button>
                      <button type="button" aria-label={`Remove ${s.t}`} onClick={() => go({ slugs: query.slugs.filter((x) => x !== s.s) })} className="rounded px-1 hover:bg-slate-100 dark:hover:bg-slate-800">×</button>
                    </span>
                  </th>
                ))}
                <th scope="col" className="border-b border-slate-300 p-2 text-left dark:border-slate-700">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) =>
                row.lines.map((line, li) => (
                  <tr key={`${row.layer}-${line.technology}`} data-tech={line.technology} data-status={line.status} className="border-b border-slate-100 align-top dark:border-slate-800">
                    {li === 0 ? (
                      <th scope="rowgroup" rowSpan={row.lines.length} className="p-2 text-left font-semibold">
                        {LAYER_NAMES[row.layer]}
                      </th>
                    ) : null}
                    {line.cells.map((cell, ci) => (
                      <td key={shown[ci].s} className={`p-2 ${cell && line.status !== "unique" ? "bg-emerald-50 dark:bg-emerald-950/40" : ""}`}>
                        {cell ? (
                          <span className="inline-flex flex-wrap items-center gap-1">
                            <TechLink id={line.technology} name={cell.name} className="hover:underline" />
                            {cell.version ? <span className="tabular-nums text-slate-700 dark:text-slate-300">{cell.version}</span> : null}
                            {cell.role !== "primary" ? <RoleBadge role={cell.role} /> : null}
                            <span className="sr-only">{cellText(cell)}</span>
                          </span>
                        ) : (
                          <span className="text-slate-400" aria-label="not in this stack">—</span>
                        )}
                      </td>
                    ))}
                    <td className={`p-2 text-xs ${STATUS[line.status].cls}`}>
                      {line.status === "unique" && line.owner !== undefined ? `only ${shown[line.owner].t}` : STATUS[line.status].text}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
          {!rows.length ? <p className="mt-3">{query.onlyDifferences ? "No differences: these stacks make the same choices." : "These stacks name no technologies."}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
