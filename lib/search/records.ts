import Fuse from "fuse.js";
import type { Registry } from "../content/registry";
import type { Role, Stack } from "../content/schema";
import { fullTitle } from "../ui/labels";
import { buildConcepts, type Concepts, conceptWords } from "./concepts";
import { SEARCH_KEYS, type SearchRecord } from "./options";
import { buildTokenIndex, type TokenIndex } from "./token-index";

export type { SearchRecord } from "./options";

/** How a stack relates to a technology, in one letter: uses, plans, or considered and rejected. */
export function toRoleCode(role: Role): "u" | "p" | "x" {
  return role === "planned" ? "p" : role === "alternative" ? "x" : "u";
}

// Named twice in one stack, the firmer relation wins: using it over planning it over rejecting it.
const RANK: Record<string, number> = { u: 0, p: 1, x: 2 };

export function toSearchRecord(stack: Stack): SearchRecord {
  const names: string[] = [];
  const ids: string[] = [];
  const roles: string[] = [];
  let count = 0;
  for (const layer of stack.layers) {
    for (const c of layer.choices) {
      count++;
      const code = toRoleCode(c.role);
      const at = ids.indexOf(c.technology);
      if (at < 0) {
        ids.push(c.technology);
        names.push(c.name);
        roles.push(code);
      } else if (RANK[code] < RANK[roles[at]]) roles[at] = code;
    }
  }
  const d = stack.summary.length > 180 ? `${stack.summary.slice(0, 179)}…` : stack.summary;
  return {
    s: stack.slug,
    t: fullTitle(stack),
    k: stack.kind,
    d,
    g: stack.tags,
    l: stack.layers.map((l) => l.id),
    n: names,
    i: ids,
    o: roles.join(""),
    u: stack.updated,
    c: count,
  };
}

/**
 * The search payload, built at build time so the browser never indexes: the records and their
 * prefix index, which answer every search spelled right; and the fuzzy Fuse index, for typos,
 * shipped apart so the first search does not wait for it.
 */
export function toSearchData(
  stacks: Stack[],
  registry: Registry,
): { records: SearchRecord[]; tokens: TokenIndex; fuzzy: { index: unknown } } {
  const records = stacks.map(toSearchRecord);
  const index = Fuse.createIndex(
    SEARCH_KEYS.map((k) => k.name),
    records,
  ).toJSON();
  const concepts = buildConcepts();
  return {
    records,
    tokens: buildTokenIndex(
      records,
      stacks.map((s) => searchWordsOf(s, registry, concepts)),
    ),
    fuzzy: { index },
  };
}

/** What else a stack can be found by: its technologies' aliases, and its layers' and slots' names in every language. */
function searchWordsOf(stack: Stack, registry: Registry, concepts: Concepts): string[] {
  const choices = stack.layers.flatMap((l) => l.choices);
  const aliases = choices.flatMap((c) => registry.byId.get(c.technology)?.aliases ?? []);
  const slots = [...new Set(choices.map((c) => c.slot))];
  return [
    ...aliases,
    ...conceptWords(
      concepts,
      stack.layers.map((l) => l.id),
      slots,
    ),
  ];
}
