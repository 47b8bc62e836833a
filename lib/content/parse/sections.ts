import type { Heading, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { toLayerId } from "../layers";
import type { Role } from "../schema";
import { parseCompound } from "./compound";
import type { Extraction, Section } from "./context";
import { OWN_STACK } from "./context";
import { ALTERNATIVES, cleanLabel, PLANNED } from "./text";

const SKIP =
  /\b(related (documentation|docs|links|reading)|references?|see also|table of contents|contents|changelog|licen[cs]e|performance targets?|glossary|faq|acknowledg\w*|appendix|skill\s?set|prerequisites)\b/i;
const EXAMPLE_STACK = /\b(example|sample)\b.*\bstacks?\b|\bstacks?\b.*\b(example|sample)\b/i;
const CHOSEN = /\b(what we (will )?use|our (choices|stack)|chosen|decisions? made|selected|in use|current (stack|implementation))\b/i;

export function headingRole(title: string): Role | undefined {
  if (ALTERNATIVES.test(title)) return "alternative";
  if (PLANNED.test(title)) return "planned";
  if (CHOSEN.test(title)) return "primary";
  return undefined;
}

/**
 * A heading like "Example Tech Stack" under "1. Software Backend Architecture" makes that
 * parent section a stack of its own; returns the headings that start such stacks.
 */
export function findSubStackRoots(nodes: RootContent[]): Map<Heading, string> {
  const roots = new Map<Heading, string>();
  const headings = nodes.filter((n): n is Heading => n.type === "heading");
  headings.forEach((h, i) => {
    if (!EXAMPLE_STACK.test(toString(h))) return;
    let root: Heading = h;
    for (let j = i - 1; j >= 0; j--) {
      if (headings[j].depth < h.depth) {
        if (headings[j].depth > 1) root = headings[j];
        break;
      }
    }
    if (!roots.has(root)) roots.set(root, `sub:${roots.size + 1}`);
  });
  return roots;
}

/** Opens the section a heading starts, inheriting what its parent said. */
export function openSection(ex: Extraction, heading: Heading, parent: Section | undefined, subStackKey: string | undefined): Section {
  const title = cleanLabel(toString(heading));
  const layer = toLayerId(title);
  const base: Section = parent ?? { title: "", depth: 0, stackKey: OWN_STACK };
  const isTitle = heading.depth === 1;
  const section: Section = {
    title,
    depth: heading.depth,
    label: layer ? title : isTitle ? undefined : base.label,
    layer: layer ?? (isTitle ? undefined : base.layer),
    role: headingRole(title) ?? (isTitle ? undefined : base.role),
    skip: SKIP.test(title) || (!isTitle && base.skip),
    stackKey: subStackKey ?? (isTitle ? OWN_STACK : base.stackKey),
  };
  if (section.role === "primary") section.role = undefined;
  const why = /^(why|rationale|reasons?|reasoning)\b\s*(.*?)\??$/i.exec(title);
  if (why) {
    const techs = parseCompound(why[2] ?? "", { registry: ex.registry, allowUnknown: false, scanProse: true });
    const ids = techs.flatMap((a) => (a.tech ? [a.tech.id] : []));
    if (ids.length) section.whyFor = ids;
    else section.notes = true;
  }
  return section;
}
