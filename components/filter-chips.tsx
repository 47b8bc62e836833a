import { LAYER_NAMES } from "@/lib/content/layers";
import type { CatalogQuery } from "@/lib/search/url-state";
import { KIND_LABELS } from "@/lib/ui/labels";

interface Props {
  query: CatalogQuery;
  /** Technology display names by id, where known. */
  techName: (id: string) => string;
  onChange: (next: CatalogQuery) => void;
}

/** The active search and filters as removable chips above the results. */
export function FilterChips({ query, techName, onChange }: Props) {
  const chips: Array<{ key: string; label: string; next: CatalogQuery }> = [];
  if (query.q) chips.push({ key: "q", label: `“${query.q}”`, next: { ...query, q: "" } });
  for (const l of query.layers)
    chips.push({
      key: `l-${l}`,
      label: LAYER_NAMES[l],
      next: { ...query, layers: query.layers.filter((x) => x !== l) },
    });
  for (const t of query.techs)
    chips.push({
      key: `t-${t}`,
      label: techName(t),
      next: { ...query, techs: query.techs.filter((x) => x !== t) },
    });
  for (const k of query.kinds)
    chips.push({
      key: `k-${k}`,
      label: KIND_LABELS[k],
      next: { ...query, kinds: query.kinds.filter((x) => x !== k) },
    });
  for (const g of query.tags)
    chips.push({
      key: `g-${g}`,
      label: `#${g}`,
      next: { ...query, tags: query.tags.filter((x) => x !== g) },
    });
  if (query.with === "all")
    chips.push({
      key: "with",
      label: "also plans and rejections",
      next: { ...query, with: "use" },
    });
  if (!chips.length) return null;
  return (
    <ul className="mb-3 flex flex-wrap gap-2" aria-label="Active filters">
      {chips.map((c) => (
        <li key={c.key}>
          <button
            type="button"
            onClick={() => onChange(c.next)}
            aria-label={`Remove filter ${c.label}`}
            className="inline-flex items-center gap-1 rounded-full border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            {c.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
