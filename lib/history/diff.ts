import type { Choice, Role, Stack } from "../content/schema";
import type { ChoiceChange } from "./schema";

const ROLE_RANK: Record<Role, number> = {
  primary: 0,
  alternative: 1,
  planned: 2,
  option: 3,
  example: 4,
};

/** One record per technology: its strongest role, and the first version the document gives. */
function byTechnology(stack: Stack | undefined): Map<string, Choice> {
  const out = new Map<string, Choice>();
  for (const c of stack?.layers.flatMap((l) => l.choices) ?? []) {
    const had = out.get(c.technology);
    if (!had) out.set(c.technology, c);
    else
      out.set(c.technology, {
        ...(ROLE_RANK[c.role] < ROLE_RANK[had.role] ? c : had),
        version: had.version ?? c.version,
      });
  }
  return out;
}

const change = (kind: ChoiceChange["kind"], c: Choice, from?: string, to?: string) => ({
  kind,
  technology: c.technology,
  name: c.name,
  layer: c.layer,
  role: c.role,
  ...(from === undefined ? {} : { from }),
  ...(to === undefined ? {} : { to }),
});

/** What changed in one stack's choices between two parsed versions (records, not text). */
export function diffChoices(before: Stack | undefined, after: Stack | undefined): ChoiceChange[] {
  const old = byTechnology(before);
  const now = byTechnology(after);
  const out: ChoiceChange[] = [];
  for (const [id, c] of now) {
    const was = old.get(id);
    if (!was) out.push(change("added", c));
    else if ((was.version ?? "") !== (c.version ?? ""))
      out.push(change("version", c, was.version, c.version));
    else if (was.role !== c.role) out.push(change("role", c, was.role, c.role));
  }
  for (const [id, c] of old) if (!now.has(id)) out.push(change("removed", c));
  return out;
}

/** Pairs a document's stacks across two versions: by slug, or the only stack of each (a renamed file). */
export function matchStacks(
  before: Stack[],
  after: Stack[],
): Array<[before: Stack | undefined, after: Stack]> {
  if (before.length === 1 && after.length === 1) return [[before[0], after[0]]];
  const old = new Map(before.map((s) => [s.slug, s]));
  return after.map((s) => [old.get(s.slug), s]);
}
