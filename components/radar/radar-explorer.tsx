"use client";

import { type ReactNode, useMemo, useState } from "react";
import { type RadarFilter, toRadar } from "@/lib/radar/build";
import { parseRadarQuery, toRadarSearch } from "@/lib/radar/url";
import { toParams } from "@/lib/search/url-state";
import { Notices } from "../notices";
import { useUrlSearch } from "../use-url-search";
import { RadarFilters } from "./radar-filters";
import { RadarView } from "./radar-view";
import { useRadarFacts } from "./use-radar-facts";

interface Props {
  /** Tags the stacks carry, most used first. */
  tags: string[];
  /** The unfiltered radar's size, for its count line. */
  technologies: number;
  stacks: number;
  adoptMin: number;
  /** The unfiltered drawing and table, rendered once on the server (a static region). */
  children: ReactNode;
}

const isEmpty = (f: RadarFilter) => !f.layers.length && !f.kinds.length && !f.tags.length;

/**
 * The radar with its filters kept in the address. Unfiltered, it shows the server's drawing, which
 * is not in the page's payload (thousands of blips at scale); the first filter fetches the facts
 * and draws from them from then on, since that markup cannot come back once React drops it.
 */
export function RadarExplorer({ tags, technologies, stacks, adoptMin, children }: Props) {
  const [search, setSearch] = useUrlSearch();
  const tagSet = useMemo(() => new Set(tags), [tags]);
  const { filter, notices } = useMemo(
    () => parseRadarQuery(toParams(search), tagSet),
    [search, tagSet],
  );
  const [computed, setComputed] = useState(false);
  if (!computed && !isEmpty(filter)) setComputed(true);
  const { data, error } = useRadarFacts(computed);
  const radar = useMemo(
    () => (computed && data ? toRadar(data.facts, data.config, filter) : undefined),
    [computed, data, filter],
  );
  const go = (next: RadarFilter) => setSearch(toRadarSearch(next));
  const loading = computed && !radar && !error;
  const n = radar ? radar.entries.length : technologies;
  const counted = radar ?? { stacks, adoptMin };

  return (
    <div data-ready={loading ? undefined : "true"}>
      <RadarFilters filter={filter} tags={tags} onChange={go} />
      <Notices
        notices={error ? [...notices, `Could not load the filter data (${error}).`] : notices}
      />
      <p aria-live="polite" className="mb-3 text-sm" data-testid="radar-count">
        {loading
          ? "Recounting rings…"
          : `${n} ${n === 1 ? "technology" : "technologies"} from ${counted.stacks} ${counted.stacks === 1 ? "stack" : "stacks"}; adopt needs ${counted.adoptMin} primary stacks.`}
      </p>
      {!computed ? children : radar ? <RadarView entries={radar.entries} /> : null}
    </div>
  );
}
