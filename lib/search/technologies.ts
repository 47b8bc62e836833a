import { isLayerId } from "../content/constants";
import type { LayerId } from "../content/schema";
import type { ParamSource } from "./url-state";
import { readList, readText } from "./url-state";

/** A row of the technologies page: small, so the whole list can ship with the page. */
/** Rows the technologies page renders before any search: the rest load when asked for. */
export const FIRST_TECH_ROWS = 120;

export interface TechRow {
  id: string;
  name: string;
  layer: LayerId;
  primary: number;
  alternative: number;
  other: number;
  versions: string[];
  aliases: string[];
  /** Its usual slot: what it is for inside its layer. */
  slot: string;
}

export interface TechQuery {
  q: string;
  layer?: LayerId;
}

export function parseTechQuery(params: ParamSource): { query: TechQuery; notices: string[] } {
  const notices: string[] = [];
  const q = readText(params, "q", notices, "search");
  const layers = readList(params, "layer", isLayerId, notices, "layer");
  if (layers.length > 1) notices.push("Only one layer can be shown at a time; showing the first.");
  return { query: { q, layer: layers[0] }, notices };
}

export function toTechSearch(query: TechQuery): string {
  const p = new URLSearchParams();
  if (query.layer) p.set("layer", query.layer);
  if (query.q) p.set("q", query.q);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** A technology row as the shared prefix search reads it: the name, then its aliases. */
export function toSearchable(row: TechRow): { t: string; n: string[]; g: string[]; row: TechRow } {
  return { t: row.name, n: [row.name, ...row.aliases], g: [], row };
}
