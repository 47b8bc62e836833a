"use client";

import { useEffect, useMemo, useState } from "react";
import type { CompareStack } from "@/lib/compare/records";
import { type CompareQuery, parseCompareQuery, toCompareSearch } from "@/lib/compare/url";
import { toParams } from "@/lib/search/url-state";
import { useStackList } from "../use-stack-list";
import { useUrlSearch } from "../use-url-search";

const shards = new Map<string, Promise<CompareStack | undefined>>();
function fetchStack(slug: string): Promise<CompareStack | undefined> {
  let p = shards.get(slug);
  if (!p) {
    p = fetch(`/data/stacks/${encodeURIComponent(slug)}.json`).then(
      (r) => (r.ok ? (r.json() as Promise<CompareStack>) : undefined),
      () => undefined,
    );
    shards.set(slug, p);
  }
  return p;
}

export interface CompareData {
  query: CompareQuery;
  notices: string[];
  /** The compared stacks, in the address's order; undefined while they load. */
  stacks?: CompareStack[];
  go: (change: Partial<CompareQuery>) => void;
}

/**
 * The comparison the address asks for. Stacks are fetched only once the stack list says they
 * exist, so an unknown name in the address gives a message and no failed request.
 */
export function useCompareStacks(): CompareData {
  const [search, setSearch] = useUrlSearch();
  const { list, load } = useStackList();
  useEffect(load, [load]);
  const known = useMemo(() => (list ? new Set(list.map((e) => e.s)) : undefined), [list]);
  const { query, notices } = useMemo(
    () => parseCompareQuery(toParams(search), known),
    [search, known],
  );
  const [stacks, setStacks] = useState<CompareStack[]>();
  const key = known ? query.slugs.join(",") : undefined;

  useEffect(() => {
    if (key === undefined) return;
    let live = true;
    Promise.all(key ? key.split(",").map(fetchStack) : []).then((found) => {
      if (live) setStacks(found.filter((s): s is CompareStack => Boolean(s)));
    });
    return () => {
      live = false;
    };
  }, [key]);

  const go = (change: Partial<CompareQuery>) => setSearch(toCompareSearch({ ...query, ...change }));
  return { query, notices, stacks, go };
}
