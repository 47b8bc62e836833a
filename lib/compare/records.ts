import type { Kind, LayerId, Role, Stack } from "../content/schema";

/** One choice in the comparison index: layer, technology id, name, role, version. */
export type CompareChoice = [layer: LayerId, technology: string, name: string, role: Role, version?: string];

/** A stack as the compare page needs it, and nothing more. */
export interface CompareStack {
  s: string;
  t: string;
  k: Kind;
  c: CompareChoice[];
}

/** Entry of the stack list the pickers search. */
export interface StackListEntry {
  s: string;
  t: string;
  k: Kind;
}

export function toCompareStack(stack: Stack): CompareStack {
  const c: CompareChoice[] = [];
  for (const layer of stack.layers) {
    for (const ch of layer.choices) c.push(ch.version ? [layer.id, ch.technology, ch.name, ch.role, ch.version] : [layer.id, ch.technology, ch.name, ch.role]);
  }
  return { s: stack.slug, t: stack.title, k: stack.kind, c };
}

export function toStackList(stacks: Stack[]): StackListEntry[] {
  return stacks.map((s) => ({ s: s.slug, t: s.title, k: s.kind })).sort((a, b) => a.t.localeCompare(b.t));
}
