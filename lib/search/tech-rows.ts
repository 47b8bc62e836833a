import type { TechnologyDetail } from "../content/aggregate";
import type { Registry } from "../content/registry";
import type { TechRow } from "./technologies";

/** What the technologies page lists and searches of each technology, in the catalog's order. */
export function toTechRows(technologies: TechnologyDetail[], registry: Registry): TechRow[] {
  return technologies.map((t) => ({
    id: t.id,
    name: t.name,
    layer: t.layer,
    primary: t.primary,
    alternative: t.alternative,
    other: t.other,
    versions: t.versions,
    aliases: registry.byId.get(t.id)?.aliases ?? [],
    slot: t.slot,
  }));
}

/** How many technologies each layer has, for the layer tabs before the whole list is loaded. */
export function countByLayer(rows: TechRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.layer] = (counts[r.layer] ?? 0) + 1;
  return counts;
}
