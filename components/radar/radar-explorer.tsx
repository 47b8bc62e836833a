"use client";

import { useMemo } from "react";
import { type Radar, type RadarFilter, toRadar } from "@/lib/radar/build";
import { layoutBlips, ringEdges } from "@/lib/radar/layout";
import { QUADRANTS } from "@/lib/radar/quadrants";
import { parseRadarQuery, toRadarSearch } from "@/lib/radar/url";
import { toParams } from "@/lib/search/url-state";
import { Notices } from "../notices";
import { useUrlSearch } from "../use-url-search";
import { RadarFilters } from "./radar-filters";
import { RadarSvg } from "./radar-svg";
import { RadarTable } from "./radar-table";
import { useRadarFacts } from "./use-radar-facts";

interface Props extends Radar {
  /** Tags the stacks carry, most used first. */
  tags: string[];
}

/** The radar with its filters kept in the address; kind and tag filters recount the rings. */
export function RadarExplorer({ tags, entries, stacks, adoptMin }: Props) {
  const [search, setSearch] = useUrlSearch();
  const tagSet = useMemo(() => new Set(tags), [tags]);
  const { filter, notices } = useMemo(
    () => parseRadarQuery(toParams(search), tagSet),
    [search, tagSet],
  );
  const recount = filter.kinds.length > 0 || filter.tags.length > 0;
  const { data, error } = useRadarFacts(recount);
  const radar: Radar = useMemo(() => {
    if (recount && data) return toRadar(data.facts, data.config, filter);
    const { layers } = filter;
    const shown = layers.length ? entries.filter((e) => layers.includes(e.layer)) : entries;
    return { entries: shown, stacks, adoptMin };
  }, [recount, data, filter, entries, stacks, adoptMin]);
  const edges = useMemo(() => ringEdges(radar.entries, QUADRANTS.length), [radar.entries]);
  const blips = useMemo(
    () => layoutBlips(radar.entries, QUADRANTS.length, edges),
    [radar.entries, edges],
  );
  const go = (next: RadarFilter) => setSearch(toRadarSearch(next));
  const loading = recount && !data && !error;

  return (
    <div data-ready={loading ? undefined : "true"}>
      <RadarFilters filter={filter} tags={tags} onChange={go} />
      <Notices
        notices={error ? [...notices, `Could not load the filter data (${error}).`] : notices}
      />
      <p aria-live="polite" className="mb-3 text-sm" data-testid="radar-count">
        {loading
          ? "Recounting rings…"
          : `${blips.length} ${blips.length === 1 ? "technology" : "technologies"} from ${radar.stacks} ${radar.stacks === 1 ? "stack" : "stacks"}; adopt needs ${radar.adoptMin} primary stacks.`}
      </p>
      <div className="grid gap-6 xl:grid-cols-[40rem_1fr]">
        <RadarSvg blips={blips} edges={edges} />
        <RadarTable blips={blips} />
      </div>
      {!blips.length ? <p className="mt-4">No technology matches these filters.</p> : null}
    </div>
  );
}
