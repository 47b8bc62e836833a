"use client";

import type Fuse from "fuse.js";
import { useEffect, useMemo, useState } from "react";
import type { Concepts } from "@/lib/search/concepts";
import { type TechRow, toSearchable } from "@/lib/search/technologies";
import { buildTokenIndex, prefixSearch, type TokenIndex } from "@/lib/search/token-index";

interface Index {
  /** The rows it was built over: the page's first rows are replaced by all of them on a search. */
  rows: TechRow[];
  tokens: TokenIndex;
  fuse: Fuse<TechRow>;
}

/**
 * The catalog page's search over the technologies: names, aliases, and the names of their layer
 * and slot in every language ("security", "vector database", "数据库"), with fuzzy matching for
 * typos. Its words and Fuse load on the first search, so browsing by layer downloads nothing.
 */
export function useTechSearch(rows: TechRow[], q: string): TechRow[] {
  const [built, setIndex] = useState<Index>();
  const index = built?.rows === rows ? built : undefined;
  useEffect(() => {
    if (!q || !rows.length || index) return;
    let live = true;
    Promise.all([
      fetch("/data/concepts.json").then((r) =>
        r.ok ? (r.json() as Promise<Concepts>) : ({} as Concepts),
      ),
      import("fuse.js"),
    ]).then(([concepts, { default: FuseClass }]) => {
      if (!live) return;
      const words = rows.map((r) => [
        ...(concepts[`layer:${r.layer}`] ?? []),
        ...(concepts[`slot:${r.slot}`] ?? []),
      ]);
      const fuse = new FuseClass(rows, {
        keys: [
          { name: "name", weight: 3 },
          { name: "aliases", weight: 1 },
          { name: "id", weight: 1 },
        ],
        threshold: 0.35,
        ignoreLocation: true,
      });
      setIndex({ rows, tokens: buildTokenIndex(rows.map(toSearchable), words), fuse });
    });
    return () => {
      live = false;
    };
  }, [q, index, rows]);
  return useMemo(() => {
    if (!q) return rows;
    if (!index) return rows.filter((r) => r.name.toLowerCase().includes(q.toLowerCase()));
    const exact = prefixSearch(index.tokens, rows.map(toSearchable), q);
    return exact ? exact.map((h) => h.record.row) : index.fuse.search(q).map((r) => r.item);
  }, [q, index, rows]);
}
