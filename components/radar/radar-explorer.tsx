"use client";

import { useMemo } from "react";
import { KINDS, LAYER_IDS } from "@/lib/content/constants";
import { LAYER_NAMES } from "@/lib/content/layers";
import { type Radar, type RadarFilter, toRadar } from "@/lib/radar/build";
import { layoutBlips, ringEdges } from "@/lib/radar/layout";
import { QUADRANTS } from "@/lib/radar/quadrants";
import { parseRadarQuery, toRadarSearch } from "@/lib/radar/url";
import { EMPTY_QUERY, toParams } from "@/lib/search/url-state";
import { KIND_LABELS } from "@/lib/ui/labels";
import { FilterChips } from "../filter-chips";
import { Notices } from "../notices";
import { useUrlSearch } from "../use-url-search";
import { RadarSvg } from "./radar-svg";
import { RadarTable } from "./radar-table";
import { useRadarFacts } from "./use-radar-facts";

interface Props extends Radar {
  /** Tags the stacks carry, most used first. */
  tags: string[];
}

function Select(props: {
  id: string;
  label: string;
  value: string;
  options: Array<[string, string]>;
  onChange: (value: string) => void;
}) {
  return (
    <label htmlFor={props.id} className="flex flex-col text-sm font-semibold">
      {props.label}
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        className="mt-1 rounded border border-slate-300 bg-white px-2 py-1 font-normal dark:border-slate-700 dark:bg-slate-900"
      >
        <option value="">Any</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
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
  const shownTags = tags.slice(0, 200);
  for (const t of filter.tags) if (!shownTags.includes(t)) shownTags.push(t);

  return (
    <div data-ready={loading ? undefined : "true"}>
      <div className="mb-3 flex flex-wrap gap-4">
        <Select
          id="radar-layer"
          label="Layer"
          value={filter.layers[0] ?? ""}
          options={LAYER_IDS.map((id) => [id, LAYER_NAMES[id]])}
          onChange={(v) => go({ ...filter, layers: v ? [v as RadarFilter["layers"][0]] : [] })}
        />
        <Select
          id="radar-kind"
          label="Kind"
          value={filter.kinds[0] ?? ""}
          options={KINDS.map((id) => [id, KIND_LABELS[id]])}
          onChange={(v) => go({ ...filter, kinds: v ? [v as RadarFilter["kinds"][0]] : [] })}
        />
        <Select
          id="radar-tag"
          label="Tag"
          value={filter.tags[0] ?? ""}
          options={shownTags.map((t) => [t, `#${t}`])}
          onChange={(v) => go({ ...filter, tags: v ? [v] : [] })}
        />
      </div>
      <FilterChips
        query={{ ...EMPTY_QUERY, ...filter }}
        techName={(id) => id}
        onChange={(q) => go({ layers: q.layers, kinds: q.kinds, tags: q.tags })}
      />
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
