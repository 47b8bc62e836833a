"use client";

import type { SuggestedPair } from "@/lib/compare/suggest";
import { MIN_STACKS } from "@/lib/compare/url";
import { CompareSummary } from "./compare/compare-summary";
import { CompareTable } from "./compare/compare-table";
import { CompareToolbar } from "./compare/compare-toolbar";
import { Suggestions } from "./compare/suggestions";
import { type SlotLabels, useComparison } from "./compare/use-comparison";
import { Notices } from "./notices";

/** A pair of stacks worth comparing: they fill many of the same slots. */
export type Suggestion = SuggestedPair;

interface Props {
  /** Slot ids and labels, in the taxonomy's order. */
  slots: SlotLabels;
  suggestions: Suggestion[];
}

export function CompareView({ slots, suggestions }: Props) {
  const comparison = useComparison(slots);
  const { query, notices, loaded, shown, rows, summary, slotLabel, move, go } = comparison;
  return (
    // Reserved height keeps the footer still while the stacks load.
    <div className="min-h-[80vh]">
      <Notices notices={notices} />
      {shown.length < MIN_STACKS && loaded ? (
        <p
          role="status"
          className="mb-4 rounded border border-slate-300 px-3 py-2 dark:border-slate-700"
        >
          {shown.length === 0
            ? "Pick two to four stacks to compare them side by side."
            : "Pick at least one more stack to compare with."}
        </p>
      ) : null}
      {shown.length === 0 && loaded ? <Suggestions suggestions={suggestions} /> : null}
      <CompareToolbar {...comparison} />
      {!loaded && query.slugs.length ? <p>Loading stacks…</p> : null}
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
