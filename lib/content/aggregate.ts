import { type Decision, toDecisions } from "./decisions";
import type { Registry } from "./registry";
import type { Choice, Diagnostic, LayerId, Role, Stack } from "./schema";
import { LAYER_IDS } from "./schema";

/** One stack's use of a technology, as a technology page lists it. */
export interface Usage {
  slug: string;
  title: string;
  layer: LayerId;
  role: Role;
  version?: string;
  purpose?: string;
  rationale?: string;
}

export interface TechnologySummary {
  id: string;
  name: string;
  layer: LayerId;
  /** Its usual slot: the registry's, else the first one a document gave it. */
  slot: string;
  description: string;
  homepage: string;
  known: boolean;
  primary: number;
  alternative: number;
  other: number;
  stacks: number;
  versions: string[];
}

export interface TechnologyDetail extends TechnologySummary {
  uses: Usage[];
  usedWith: Array<{ id: string; name: string; count: number }>;
  alternatives: Array<{ name: string; id?: string; count: number }>;
}

export interface Similar {
  slug: string;
  title: string;
  shared: number;
}

export interface Aggregates {
  technologies: TechnologyDetail[];
  /** Every "X chosen over Y" the documents record. */
  decisions: Decision[];
  similar: Record<string, Similar[]>;
  layerCounts: Record<LayerId, number>;
}

function techIdsOf(stack: Stack, roles?: Role[]): Set<string> {
  const out = new Set<string>();
  for (const l of stack.layers)
    for (const c of l.choices) if (!roles || roles.includes(c.role)) out.add(c.technology);
  return out;
}

type Counts = Map<string, Map<string, number>>;

/** Adds one to `key`'s count of `other`. */
function bump(counts: Counts, key: string, other: string): void {
  const m = counts.get(key) ?? new Map<string, number>();
  m.set(other, (m.get(other) ?? 0) + 1);
  counts.set(key, m);
}

/** A technology's entry before any stack has counted: the registry's facts, else the document's. */
function newDetail(c: Choice, registry: Registry): TechnologyDetail {
  const known = registry.byId.get(c.technology);
  return {
    id: c.technology,
    name: known?.name ?? c.name,
    layer: known?.layer ?? c.layer,
    slot: known?.slot ?? c.slot,
    description: known?.description ?? "",
    homepage: known?.homepage ?? "",
    known: Boolean(known),
    primary: 0,
    alternative: 0,
    other: 0,
    stacks: 0,
    versions: [],
    uses: [],
    usedWith: [],
    alternatives: [],
  };
}

/** Counts one choice of a stack on its technology's entry. */
function countChoice(t: TechnologyDetail, c: Choice, stack: Stack, layer: LayerId): void {
  if (c.role === "primary") t.primary++;
  else if (c.role === "alternative") t.alternative++;
  else t.other++;
  if (c.version && !t.versions.includes(c.version)) t.versions.push(c.version);
  const { role, version, purpose, rationale } = c;
  t.uses.push({ slug: stack.slug, title: stack.title, layer, role, version, purpose, rationale });
}

const top = (
  counts: Map<string, number> | undefined,
  order: (x: [string, number], y: [string, number]) => number,
) => [...(counts ?? new Map<string, number>())].sort(order).slice(0, 12);

/** Everything the technology, layer and stack pages show that spans more than one stack, computed once per build. */
export function toAggregates(stacks: Stack[], registry: Registry): Aggregates {
  const techs = new Map<string, TechnologyDetail>();
  const withCounts: Counts = new Map();
  const altCounts: Counts = new Map();
  const layerCounts = Object.fromEntries(LAYER_IDS.map((id) => [id, 0])) as Record<LayerId, number>;
  for (const stack of stacks) {
    for (const layer of stack.layers) {
      layerCounts[layer.id] += layer.choices.length;
      for (const c of layer.choices) {
        const t = techs.get(c.technology) ?? newDetail(c, registry);
        techs.set(c.technology, t);
        countChoice(t, c, stack, layer.id);
        altCounts.set(c.technology, altCounts.get(c.technology) ?? new Map());
        for (const a of c.alternatives) bump(altCounts, c.technology, a);
      }
    }
    for (const id of techIdsOf(stack)) {
      const t = techs.get(id);
      if (t) t.stacks++;
    }
    const primaries = [...techIdsOf(stack, ["primary"])];
    for (const a of primaries) {
      withCounts.set(a, withCounts.get(a) ?? new Map());
      for (const b of primaries) if (a !== b) bump(withCounts, a, b);
    }
  }
  for (const t of techs.values()) {
    t.usedWith = top(withCounts.get(t.id), (x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(
      ([id, count]) => ({ id, name: techs.get(id)?.name ?? id, count }),
    );
    t.alternatives = top(altCounts.get(t.id), (x, y) => y[1] - x[1]).map(([name, count]) => {
      const id = registry.lookup(name)?.id;
      return { name, id: id && techs.has(id) ? id : undefined, count };
    });
  }
  const technologies = [...techs.values()].sort(
    (a, b) => b.stacks - a.stacks || a.name.localeCompare(b.name),
  );
  return { technologies, decisions: toDecisions(stacks), similar: toSimilar(stacks), layerCounts };
}

/** Stacks ranked by how many primary technologies they share, through an inverted index so it stays near-linear. */
function toSimilar(stacks: Stack[]): Record<string, Similar[]> {
  const byTech = new Map<string, number[]>();
  const sets = stacks.map((s) => techIdsOf(s, ["primary", "planned"]));
  sets.forEach((set, i) => {
    for (const id of set) byTech.set(id, [...(byTech.get(id) ?? []), i]);
  });
  const out: Record<string, Similar[]> = {};
  stacks.forEach((stack, i) => {
    const shared = new Map<number, number>();
    for (const id of sets[i]) {
      const users = byTech.get(id) ?? [];
      // Technologies nearly every stack uses say little about likeness and cost the most.
      if (users.length > 2000) continue;
      for (const j of users) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    out[stack.slug] = [...shared]
      .map(([j, n]) => ({ j, n, score: n / (sets[i].size + sets[j].size - n) }))
      .sort((a, b) => b.score - a.score || b.n - a.n)
      .slice(0, 5)
      .map(({ j, n }) => ({ slug: stacks[j].slug, title: stacks[j].title, shared: n }));
  });
  return out;
}

export function countBySeverity(diagnostics: Diagnostic[]): Record<Diagnostic["severity"], number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) out[d.severity]++;
  return out;
}
