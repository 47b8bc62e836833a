"use client";

import { useCallback, useState } from "react";
import type { StackListEntry } from "@/lib/compare/records";
import { errorText, fetchJson, fetchOnce } from "./fetch-once";

const fetchStackList = fetchOnce(() => fetchJson<StackListEntry[]>("/data/stack-list.json"));

/** The list of stacks for pickers, fetched on first focus rather than shipped with every page. */
export function useStackList(): { list?: StackListEntry[]; error?: string; load: () => void } {
  const [list, setList] = useState<StackListEntry[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    fetchStackList().then(setList, (e: unknown) => setError(errorText(e)));
  }, []);
  return { list, error, load };
}
