"use client";

import { KINDS, LAYER_IDS } from "@/lib/content/constants";
import { LAYER_NAMES } from "@/lib/content/layers";
import type { RadarFilter } from "@/lib/radar/build";
import { EMPTY_QUERY } from "@/lib/search/url-state";
import { KIND_LABELS } from "@/lib/ui/labels";
import { FilterChips } from "../filter-chips";

// Long tag lists keep their most used; a tag in the address always stays choosable.
const MAX_TAGS = 200;

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

/** The radar's layer, kind and tag pickers, and the active filters as removable chips. */
export function RadarFilters({
  filter,
  tags,
  onChange,
}: {
  filter: RadarFilter;
  tags: string[];
  onChange: (next: RadarFilter) => void;
}) {
  const shownTags = tags.slice(0, MAX_TAGS);
  for (const t of filter.tags) if (!shownTags.includes(t)) shownTags.push(t);
  return (
    <>
      <div className="mb-3 flex flex-wrap gap-4">
        <Select
          id="radar-layer"
          label="Layer"
          value={filter.layers[0] ?? ""}
          options={LAYER_IDS.map((id) => [id, LAYER_NAMES[id]])}
          onChange={(v) =>
            onChange({ ...filter, layers: v ? [v as RadarFilter["layers"][0]] : [] })
          }
        />
        <Select
          id="radar-kind"
          label="Kind"
          value={filter.kinds[0] ?? ""}
          options={KINDS.map((id) => [id, KIND_LABELS[id]])}
          onChange={(v) => onChange({ ...filter, kinds: v ? [v as RadarFilter["kinds"][0]] : [] })}
        />
        <Select
          id="radar-tag"
          label="Tag"
          value={filter.tags[0] ?? ""}
          options={shownTags.map((t) => [t, `#${t}`])}
          onChange={(v) => onChange({ ...filter, tags: v ? [v] : [] })}
        />
      </div>
      <FilterChips
        query={{ ...EMPTY_QUERY, ...filter }}
        techName={(id) => id}
        onChange={(q) => onChange({ layers: q.layers, kinds: q.kinds, tags: q.tags })}
      />
    </>
  );
}
