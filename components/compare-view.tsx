"use client";

import { useMemo } from "react";
import { alignStacks } from "@/lib/compare/align";
import { toCsv, toMarkdown } from "@/lib/compare/export";
import type { SuggestedPair } from "@/lib/compare/suggest";
import { summarise } from "@/lib/compare/summary";
import { MAX_STACKS, MIN_STACKS } from "@/lib/compare/url";
import { CompareSummary } from "./compare/compare-summary";
import { CompareTable } from "./compare/compare-table";
import { useCompareStacks } from "./compare/use-compare-stacks";
import { Notices } from "./notices";
import { StackPicker } from "./stack-picker";

/** A pair of stacks worth comparing: they fill many of the same slots. */
export type Suggestion = SuggestedPair;

interface Props {
  /** Slot ids and labels, in the taxonomy's order. */
  slots: Array<[id: string, label: string]>;
  suggestions: Suggestion[];
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

function Suggestions({ suggestions }: { suggestions: Suggestion[] }) {
  if (!suggestions.length) return null;
  return (
    <section aria-labelledby="suggested-heading" className="mb-4">
      <h2 id="suggested-heading" className="mb-1 font-semibold">
        Worth comparing
      </h2>
      <ul className="list-disc pl-5 text-sm">
        {suggestions.map((p) => (
          <li key={`${p.a.s}-${p.b.s}`}>
            {/* A full load: the comparison is read from the address when the page starts. */}
            <a
              href={`/compare?stacks=${p.a.s},${p.b.s}`}
              className="text-brand-700 underline dark:text-blue-300"
            >
              {p.a.t} vs {p.b.t}
            </a>{" "}
            <span className="text-slate-600 dark:text-slate-400">({p.slots} slots in common)</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CompareView({ slots, suggestions }: Props) {
  const { query, notices, stacks, go } = useCompareStacks();
  const labels = useMemo(() => new Map(slots), [slots]);
  const slotLabel = (id: string) => labels.get(id) ?? id;
  const slotOrder = useMemo(() => slots.map(([id]) => id), [slots]);
  const shown = useMemo(() => stacks ?? [], [stacks]);
  const { includeAll, onlyDifferences } = query;
  const rows = useMemo(
    () => alignStacks(shown, { includeAll, onlyDifferences, slotOrder }),
    [shown, includeAll, onlyDifferences, slotOrder],
  );
  const summary = useMemo(
    () => summarise(shown, alignStacks(shown, { includeAll, slotOrder })),
    [shown, includeAll, slotOrder],
  );
  const move = (i: number, by: number) => {
    const next = [...query.slugs];
    const j = i + by;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j], next[i]];
    go({ slugs: next });
  };
  const fileBase = `compare-${shown.map((s) => s.s).join("-vs-") || "stacks"}`;
  const button =
    "rounded border border-slate-300 px-2 py-1 disabled:opacity-50 dark:border-slate-700";

  return (
    // Reserved height keeps the footer still while the stacks load.
    <div className="min-h-[80vh]">
      <Notices notices={notices} />
      {shown.length < MIN_STACKS && stacks ? (
        <p
          role="status"
          className="mb-4 rounded border border-slate-300 px-3 py-2 dark:border-slate-700"
        >
          {shown.length === 0
            ? "Pick two to four stacks to compare them side by side."
            : "Pick at least one more stack to compare with."}
        </p>
      ) : null}
      {shown.length === 0 && stacks ? <Suggestions suggestions={suggestions} /> : null}
      <div className="no-print mb-4 grid gap-4 md:grid-cols-[minmax(14rem,22rem)_1fr] md:items-end">
        <StackPicker
          label={query.slugs.length >= MAX_STACKS ? "Four stacks is the most" : "Add a stack"}
          exclude={query.slugs}
          disabled={query.slugs.length >= MAX_STACKS}
          onPick={(e) => go({ slugs: [...query.slugs, e.s] })}
        />
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={query.onlyDifferences}
              onChange={(e) => go({ onlyDifferences: e.target.checked })}
            />
            Show only differences
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={query.includeAll}
              onChange={(e) => go({ includeAll: e.target.checked })}
            />
            Include alternatives (considered, not chosen)
          </label>
          <button
            type="button"
            disabled={!shown.length}
            className={button}
            onClick={() =>
              download(
                `${fileBase}.md`,
                "text/markdown",
                toMarkdown(shown, rows, slotLabel, window.location.origin),
              )
            }
          >
            Download Markdown
          </button>
          <button
            type="button"
            disabled={!shown.length}
            className={button}
            onClick={() => download(`${fileBase}.csv`, "text/csv", toCsv(shown, rows, slotLabel))}
          >
            Download CSV
          </button>
          <button type="button" className={button} onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      {!stacks && query.slugs.length ? <p>Loading stacks…</p> : null}
      {shown.length >= MIN_STACKS ? (
        <CompareSummary stacks={shown} summary={summary} slotLabel={slotLabel} />
      ) : null}
      {shown.length ? (
        <CompareTable
          stacks={shown}
          rows={rows}
          slotLabel={slotLabel}
          onMove={move}
          onRemove={(slug) => go({ slugs: query.slugs.filter((x) => x !== slug) })}
        />
      ) : null}
      {shown.length && !rows.length ? (
        <p className="mt-3">
          {query.onlyDifferences
            ? "No differences: these stacks make the same choices."
            : "These stacks name no technologies."}
        </p>
      ) : null}
    </div>
  );
}
