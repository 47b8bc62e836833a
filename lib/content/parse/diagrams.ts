import type { Code } from "mdast";
import { toLayerId } from "../layers";
import type { Atom } from "./compound";
import { parseCompound } from "./compound";
import type { Extraction, Section } from "./context";
import { cleanLabel } from "./text";

// Node shapes: A[label], A(label), A{label}, A([label]), A[(label)], A((label)), A>label], A{{label}}.
const NODE =
  /\b[\w-]+\s*(?:\[\[|\[\(|\(\[|\(\(|\{\{|\[\/|\[\\|\[|\(|\{|>)\s*"?([^"\])}]+?)"?\s*(?:\]\]|\)\]|\]\)|\)\)|\}\}|\/\]|\\\]|\]|\)|\})/g;
const SUBGRAPH = /^\s*subgraph\s+(?:[\w-]+\s*\[\s*"?([^"\]]+)"?\s*\]|"([^"]+)"|(.+))\s*$/;

/** Mermaid node labels that name known technologies; a subgraph title is the layer label. */
export function extractMermaid(ex: Extraction, code: Code, section: Section): void {
  if (section.skip) return;
  const start = ex.lineOf(code);
  let label: string | undefined;
  code.value.split("\n").forEach((raw, i) => {
    const line = start + 1 + i;
    const sub = SUBGRAPH.exec(raw);
    if (sub) {
      label = cleanLabel(sub[1] ?? sub[2] ?? sub[3] ?? "");
      return;
    }
    if (/^\s*end\s*$/.test(raw)) {
      label = undefined;
      return;
    }
    for (const m of raw.matchAll(NODE)) {
      const text = m[1].replace(/<[^>]*>/g, " ").trim();
      const atoms = nodeAtoms(ex, text);
      const labelLayer = toLayerId(label);
      ex.add(atoms, {
        section,
        line,
        role: ex.defaultRole(section),
        labelLayer,
        labelText: labelLayer ? label : undefined,
      });
    }
  });
}

function nodeAtoms(ex: Extraction, text: string): Atom[] {
  const parts = text.split(/\s+[-–—:]\s+/);
  return parts.flatMap((p) =>
    parseCompound(p, { registry: ex.registry, allowUnknown: false, scanProse: true }),
  );
}

const DIAGRAM = /[─│┌┐└┘├┤┬┴┼═║╔╗╚╝]|[-=]{2,}>|\+-{2,}\+|\|\s{2,}\|/;

/** An ASCII diagram in a plain code block: known names in it, written as the registry spells them. */
export function extractDiagram(ex: Extraction, code: Code, section: Section): void {
  if (section.skip || code.lang || !DIAGRAM.test(code.value)) return;
  const start = ex.lineOf(code);
  code.value.split("\n").forEach((raw, i) => {
    const hits = ex.registry.scan(raw).filter((h) => h.text === h.tech.name || !h.tech.ambiguous);
    const atoms = hits.map((h) => ({ name: h.tech.name, tech: h.tech, raw: h.text }));
    ex.add(atoms, { section, line: start + 1 + i, role: ex.defaultRole(section) });
  });
}
