"use client";

import { useMemo } from "react";
import { alignStacks } from "@/lib/compare/align";
import { summarise } from "@/lib/compare/summary";
import { useCompareStacks } from "./use-compare-stacks";

/** Slot ids and labels, in the taxonomy's order. */
export type SlotLabels = Array<[id: string, label: string]>;

/** The comparison the address asks for, aligned into rows and summarised, and how to change it. */
export function useComparison(slots: SlotLabels) {
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
  return {
    query,
    notices,
    loaded: stacks !== undefined,
    shown,
    rows,
    summary,
    slotLabel,
    move,
    go,
  };
}

export type Comparison = ReturnType<typeof useComparison>;
