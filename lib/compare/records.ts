import { clip } from "../content/clip";
import type { Kind, LayerId, Role, Stack } from "../content/schema";
import { fullTitle } from "../ui/labels";

/**
 * One choice in the comparison data: layer, slot, technology id, name, role, then version,
 * purpose and rationale when the document gives them ("" for a gap, trailing gaps dropped).
 */
export type CompareChoice = [
  layer: LayerId,
  slot: string,
  technology: string,
  name: string,
  role: Role,
  version?: string,
  purpose?: string,
  rationale?: string,
];

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

const clip160 = (text: string | undefined) => clip(text ?? "", 160);

export function toCompareStack(stack: Stack): CompareStack {
  const c: CompareChoice[] = [];
  for (const layer of stack.layers) {
    for (const ch of layer.choices) {
      const tail = [ch.version ?? "", clip160(ch.purpose), clip160(ch.rationale)];
      while (tail.length && !tail[tail.length - 1]) tail.pop();
      c.push([layer.id, ch.slot, ch.technology, ch.name, ch.role, ...tail] as CompareChoice);
    }
  }
  return { s: stack.slug, t: fullTitle(stack), k: stack.kind, c };
}

export function toStackList(stacks: Stack[]): StackListEntry[] {
  return stacks
    .map((s) => ({ s: s.slug, t: fullTitle(s), k: s.kind }))
    .sort((a, b) => a.t.localeCompare(b.t));
}
