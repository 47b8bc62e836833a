import type { ParamSource } from "../search/url-state";

export const MIN_STACKS = 2;
export const MAX_STACKS = 4;
const SLUG = /^[a-z0-9][a-z0-9-]{0,120}$/;

export interface CompareQuery {
  slugs: string[];
  onlyDifferences: boolean;
  includeAll: boolean;
}

const isOn = (v: string | undefined) => v === "1" || v === "true" || v === "on" || v === "yes";

/**
 * Reads `?stacks=a,b&diff=1&all=1`. Every problem (an empty entry, a malformed or unknown
 * slug, a duplicate, more than four) is dropped with a message; what is valid still shows.
 */
export function parseCompareQuery(
  params: ParamSource,
  known?: Set<string>,
): { query: CompareQuery; notices: string[] } {
  const notices: string[] = [];
  const values = params.getAll("stacks");
  if (values.length > 1) notices.push("“stacks” was given more than once; the lists were joined.");
  const raw = values.flatMap((v) => v.split(",")).map((v) => v.trim());
  const slugs: string[] = [];
  let empty = 0;
  for (const value of raw) {
    const v = value.toLowerCase();
    if (!v) {
      empty++;
      continue;
    }
    const shown = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    if (!SLUG.test(v)) notices.push(`“${shown}” is not a stack name.`);
    else if (known && !known.has(v)) notices.push(`There is no stack “${shown}”.`);
    else if (slugs.includes(v)) notices.push(`“${shown}” was listed twice; it is shown once.`);
    else if (slugs.length >= MAX_STACKS)
      notices.push(`At most ${MAX_STACKS} stacks can be compared; “${shown}” was left out.`);
    else slugs.push(v);
  }
  if (empty)
    notices.push(`${empty === 1 ? "An empty entry was" : `${empty} empty entries were`} ignored.`);
  const query = {
    slugs,
    onlyDifferences: isOn(params.getAll("diff")[0]),
    includeAll: isOn(params.getAll("all")[0]),
  };
  return { query, notices };
}

export function toCompareSearch(query: CompareQuery): string {
  const p = new URLSearchParams();
  if (query.slugs.length) p.set("stacks", query.slugs.join(","));
  if (query.onlyDifferences) p.set("diff", "1");
  if (query.includeAll) p.set("all", "1");
  // Keep commas readable in the address.
  const s = p.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}
