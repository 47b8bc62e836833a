import { clip } from "../content/clip";
import { isKind, isLayerId } from "../content/constants";
import type { Kind, LayerId } from "../content/schema";

/** Anything with URLSearchParams' `getAll`: the browser's params or Next's read-only ones. */
export interface ParamSource {
  getAll(name: string): string[];
}

export interface CatalogQuery {
  q: string;
  layers: LayerId[];
  techs: string[];
  kinds: Kind[];
  tags: string[];
  /** A technology filter finds the stacks that use it, or ("all") also those that plan or rejected it. */
  with: "use" | "all";
}

export const EMPTY_QUERY: CatalogQuery = {
  q: "",
  layers: [],
  techs: [],
  kinds: [],
  tags: [],
  with: "use",
};
export const MAX_QUERY_LENGTH = 200;
const MAX_VALUES = 12;
const ID = /^[\p{L}\p{N}][\p{L}\p{N}.+#@_-]{0,79}$/u;

/** Reads one free-text parameter: first value only, control characters stripped, length capped. */
export function readText(
  params: ParamSource,
  name: string,
  notices: string[],
  label = name,
): string {
  const values = params.getAll(name);
  if (values.length > 1) notices.push(`Only the first "${label}" value is used.`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  let value = (values[0] ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  if (value.length > MAX_QUERY_LENGTH) {
    notices.push(`The search text was cut to ${MAX_QUERY_LENGTH} characters.`);
    value = value.slice(0, MAX_QUERY_LENGTH);
  }
  return value;
}

/** Reads a list parameter (`a,b` or repeated), keeping only values `accept` allows and saying what was dropped. */
export function readList<T extends string>(
  params: ParamSource,
  name: string,
  accept: (v: string) => v is T,
  notices: string[],
  label = name,
): T[] {
  const raw = params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  const out: T[] = [];
  const rejected: string[] = [];
  for (const v of raw) {
    if (accept(v)) {
      if (!out.includes(v) && out.length < MAX_VALUES) out.push(v);
    } else rejected.push(v);
  }
  if (rejected.length)
    notices.push(
      `Ignored unknown ${label}${rejected.length > 1 ? "s" : ""}: ${rejected
        .slice(0, 5)
        .map((r) => `“${clip(r, 40, { keep: 40 })}”`)
        .join(", ")}${rejected.length > 5 ? "…" : ""}.`,
    );
  return out;
}

export const isId = (v: string): v is string => ID.test(v);

function readWith(params: ParamSource, notices: string[]): CatalogQuery["with"] {
  const value = params.getAll("with")[0]?.trim().toLowerCase();
  if (!value || value === "use") return "use";
  if (value === "all") return "all";
  notices.push(
    `Ignored “with=${clip(value, 40, { keep: 40 })}”: use “with=all” to include stacks that plan or rejected a technology.`,
  );
  return "use";
}

/** The catalog page's state from its query string; unknown values are dropped with a notice. */
export function parseCatalogQuery(params: ParamSource): { query: CatalogQuery; notices: string[] } {
  const notices: string[] = [];
  const query: CatalogQuery = {
    q: readText(params, "q", notices, "search"),
    layers: readList(params, "layer", isLayerId, notices, "layer"),
    techs: readList(params, "tech", isId, notices, "technology"),
    kinds: readList(params, "kind", isKind, notices, "kind"),
    tags: readList(params, "tag", isId, notices, "tag"),
    with: readWith(params, notices),
  };
  return { query, notices };
}

/** The query string for a catalog state, empty parts left out (`?q=postgres&layer=data`). */
export function toCatalogSearch(query: CatalogQuery): string {
  const p = new URLSearchParams();
  if (query.q) p.set("q", query.q);
  if (query.layers.length) p.set("layer", query.layers.join(","));
  if (query.techs.length) p.set("tech", query.techs.join(","));
  if (query.kinds.length) p.set("kind", query.kinds.join(","));
  if (query.tags.length) p.set("tag", query.tags.join(","));
  if (query.with === "all") p.set("with", "all");
  const s = p.toString();
  return s ? `?${s}` : "";
}

export function isEmptyQuery(q: CatalogQuery): boolean {
  return !q.q && !q.layers.length && !q.techs.length && !q.kinds.length && !q.tags.length;
}

/** Parses a raw query string without throwing, even on broken percent-encoding. */
export function toParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}
