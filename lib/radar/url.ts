import { isKind, isLayerId } from "../content/constants";
import { type ParamSource, readList } from "../search/url-state";
import type { RadarFilter } from "./build";

/** The radar's filters from its query string; unknown layers, kinds and tags are dropped with a notice. */
export function parseRadarQuery(
  params: ParamSource,
  tags: ReadonlySet<string>,
): { filter: RadarFilter; notices: string[] } {
  const notices: string[] = [];
  const isTag = (v: string): v is string => tags.has(v);
  const filter: RadarFilter = {
    layers: readList(params, "layer", isLayerId, notices, "layer"),
    kinds: readList(params, "kind", isKind, notices, "kind"),
    tags: readList(params, "tag", isTag, notices, "tag"),
  };
  return { filter, notices };
}

/** The query string for a radar filter, empty parts left out (`?layer=ai&tag=llm`). */
export function toRadarSearch(f: RadarFilter): string {
  const p = new URLSearchParams();
  if (f.layers.length) p.set("layer", f.layers.join(","));
  if (f.kinds.length) p.set("kind", f.kinds.join(","));
  if (f.tags.length) p.set("tag", f.tags.join(","));
  const s = p.toString();
  return s ? `?${s}` : "";
}
