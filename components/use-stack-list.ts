"use client";

import { useCallback, useState } from "react";
import type { StackListEntry } from "@/lib/compare/records";

let pending: Promise<StackListEntry[]> | undefined;

/** The list of stacks for pickers, fetched on first focus rather than shipped with every page. */
export function useStackList(): { list?: StackListEntry[]; error?: string; load: () => void } {
  const [list, setList] = useState<StackListEntry[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    pending ??= fetch("/data/stack-list.json").then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<StackListEntry[]>;
    });
    pending.then(setList, (e: unknown) => {
      pending = undefined;
      setError(e instanceof Error ? e.message : String(e));
    });
  }, []);
  return { list, error, load };
}
