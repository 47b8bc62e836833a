"use client";

import { useId } from "react";

interface Item {
  id: string;
  label: string;
  count: number;
}

/** A group of checkbox filters with counts; values with no matches stay visible but dimmed. */
export function FacetGroup({ title, items, selected, onToggle }: { title: string; items: Item[]; selected: string[]; onToggle: (id: string) => void }) {
  const id = useId();
  return (
    <fieldset className="mb-4">
      <legend id={id} className="mb-1 text-sm font-semibold">
        {title}
      </legend>
      <ul className="max-h-72 space-y-0.5 overflow-y-auto pr-1 text-sm">
        {items.map((item) => {
          const checked = selected.includes(item.id);
          return (
            <li key={item.id}>
              <label className={`flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-100 dark:hover:bg-slate-800 ${item.count === 0 && !checked ? "text-slate-500 dark:text-slate-400" : ""}`}>
                <input type="checkbox" checked={checked} onChange={() => onToggle(item.id)} data-facet={`${title.toLowerCase()}:${item.id}`} />
                <span className="flex-1 truncate">{item.label}</span>
                <span className="text-xs tabular-nums text-slate-600 dark:text-slate-400">{item.count}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
