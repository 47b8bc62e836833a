import Fuse from "fuse.js";
import type { Stack } from "../content/schema";
import { SEARCH_KEYS, type SearchRecord } from "./options";
import { buildTokenIndex, type TokenIndex } from "./token-index";

export type { SearchRecord } from "./options";

export function toSearchRecord(stack: Stack): SearchRecord {
  const names: string[] = [];
  const ids: string[] = [];
  let count = 0;
  for (const layer of stack.layers) {
    for (const c of layer.choices) {
      count++;
      if (!ids.includes(c.technology)) {
        ids.push(c.technology);
        names.push(c.name);
      }
    }
  }
  const d = stack.summary.length > 180 ? `${stack.summary.slice(0, 179)}…` : stack.summary;
  return { s: stack.slug, t: stack.title, k: stack.kind, d, g: stack.tags, l: stack.layers.map((l) => l.id), n: names, i: ids, u: stack.updated, c: count };
}

/** The search payload: records plus a token index and a Fuse index, both built at build time, so the browser never indexes. */
export function toSearchData(stacks: Stack[]): { records: SearchRecord[]; index: unknown; tokens: TokenIndex } {
  const records = stacks.map(toSearchRecord);
  const index = Fuse.createIndex(SEARCH_KEYS.map((k) => k.name), records).toJSON();
  return { records, index, tokens: buildTokenIndex(records) };
}
