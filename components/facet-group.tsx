"use client";

import { useId, useState } from "react";

interface Item {
  id: string;
  label: string;
  /** Stacks it would leave; undefined while the counts among the results are still loading. */
  count?: number;
}

interface Props {
  title: string;
  items: Item[];
  selected: string[];
  onToggle: (id: string) => void;
  /** Long lists get a find box and show their first entries until asked for all. */
  searchable?: boolean;
}

const FIRST = 30;

/** A group of checkbox filters with counts; values with no matches stay visible but dimmed. */
export function FacetGroup({ title, items, selected, onToggle, searchable = false }: Props) {
  const id = useId();
  const [find, setFind] = useState("");
  const [all, setAll] = useState(false);
  const needle = find.trim().toLowerCase();
  const matching = needle
    ? items.filter((i) => i.label.toLowerCase().includes(needle) || i.id.includes(needle))
    : items;
  // Selected values always stay in view, so they can be unticked.
  const shown =
    searchable && !all && !needle
      ? [
          ...matching.slice(0, FIRST),
          ...matching.slice(FIRST).filter((i) => selected.includes(i.id)),
        ]
      : matching;
  return (
    <fieldset className="mb-4">
      <legend id={id} className="mb-1 text-sm font-semibold">
        {title}
      </legend>
      {searchable ? (
        <input
          type="search"
          value={find}
          onChange={(e) => setFind(e.target.value)}
          aria-label={`Find a ${title.toLowerCase()}`}
          placeholder={`Find a ${title.toLowerCase()}…`}
          className="mb-1 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        />
      ) : null}
      <ul className="max-h-72 space-y-0.5 overflow-y-auto pr-1 text-sm">
        {shown.map((item) => {
          const checked = selected.includes(item.id);
          return (
            <li key={item.id}>
              <label
                className={`flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-100 dark:hover:bg-slate-800 ${item.count === 0 && !checked ? "text-slate-500 dark:text-slate-400" : ""}`}
              >
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() => onToggle(item.id)}
                  data-facet={`${title.toLowerCase()}:${item.id}`}
                />
                <span className="flex-1 truncate">{item.label}</span>
                {item.count === undefined ? null : (
                  <span className="text-xs tabular-nums text-slate-600 dark:text-slate-400">
                    {item.count}
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      {searchable && !needle && matching.length > FIRST ? (
        <button
          type="button"
          className="mt-1 text-sm text-brand-700 underline dark:text-blue-300"
          onClick={() => setAll((a) => !a)}
        >
          {all ? "Show fewer" : `Show all ${matching.length}`}
        </button>
      ) : null}
      {needle && !matching.length ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No {title.toLowerCase()} matches “{find}”.
        </p>
      ) : null}
    </fieldset>
  );
}
