import type { RootContent } from "mdast";
import type { Node } from "unist";
import { diagnostic } from "../diagnostics";
import { type Registry, slugify, toKey } from "../registry";
import type { Diagnostic, DiagnosticCode, Kind, LayerId, Role } from "../schema";
import type { Atom } from "./compound";
import { toolOfFile } from "./config-files";
import { isNeverAName } from "./text";

/** What the headings above a node say about it. */
export interface Section {
  title: string;
  depth: number;
  /** The document's own label for the layer, and the canonical id it maps to. */
  label?: string;
  layer?: LayerId;
  /** A role the heading implies: planned (roadmap), alternative (alternatives considered). */
  role?: Role;
  /** A "Why X?" section: its text is rationale for these technologies. */
  whyFor?: string[];
  /** A "Why this stack?" section: its text becomes the stack's notes. */
  notes?: boolean;
  /** "Rationale", "選定理由": headings under it that name one technology give that one's reasons. */
  reasons?: boolean;
  /** Links, references, performance targets: nothing to extract. */
  skip?: boolean;
  /** Options weighed in one decision ("Considered options", a comparison): a verdict settles them. */
  contested?: string;
  /** The section states the decision ("Decision", "Decision outcome"): names in it are the verdict. */
  decides?: boolean;
  /** Running text here describes the stack, so known names in it are read. */
  stackProse?: boolean;
  /** Installation, features, usage: names here are mentioned, not chosen. */
  nonStack?: boolean;
  /** A heading that names one technology ("### Zustand"): the text under it describes that choice. */
  focus?: Draft;
  /** A heading that may name a technology the registry lacks ("### MMKV"): the text under it decides. */
  maybeFocus?: { name: string; line: number };
  /** Which stack collects what is found here. */
  stackKey: string;
}

/** A choice before its layer is settled and duplicates are merged. */
export interface Draft {
  atom: Atom;
  role: Role;
  purpose?: string;
  rationale?: string;
  alternatives: string[];
  /** Layer named by the row or list label, and the label as written. */
  labelLayer?: LayerId;
  labelText?: string;
  /** The layer every known name beside this unknown one shares: a name listed with them is their kind. */
  kinLayer?: LayerId;
  section: Section;
  line: number;
  stackKey: string;
  /** Layer fixed by frontmatter `layers:`. */
  forcedLayer?: LayerId;
  /** The decision this draft is one option of; the verdict makes it primary or an alternative. */
  contested?: string;
  /** Named in passing in running text, with no cue: its role yields to one stated elsewhere. */
  weak?: boolean;
}

/** Where and how a group of atoms was found. */
export interface Place {
  section: Section;
  line: number;
  role: Role;
  /** The role was stated for this very item (a "Chosen" column, a status cell, a verdict). */
  explicit?: boolean;
  labelLayer?: LayerId;
  labelText?: string;
  purpose?: string;
  rationale?: string;
  alternatives?: string[];
  stackKey?: string;
  contested?: string;
  weak?: boolean;
}

export interface StackSeed {
  key: string;
  title: string;
  line: number;
  summary?: string;
  tags: string[];
  kind?: Kind;
  parentKey?: string;
  /** A service of a monorepo document: it shares the document's common choices. */
  inherits?: boolean;
}

export const OWN_STACK = "own";

export class Extraction {
  readonly drafts: Draft[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly stacks = new Map<string, StackSeed>();
  readonly rationales = new Map<string, Map<string, string[]>>();
  readonly notes = new Map<string, string[]>();
  /** Link reference definitions (`[x]: url`), for badges written as references. */
  readonly definitions = new Map<string, string>();
  /** Names the document links to their own site (`[Luxon](https://moment.github.io/luxon)`): products, known or not. */
  readonly linkedNames = new Set<string>();
  /** Technology ids the document says were chosen ("Chosen option: X", "we went with X"). */
  readonly verdicts = new Set<string>();
  kind: Kind = "stack";
  /** The document is an architecture decision record. */
  adr = false;
  /** Choices a paragraph ending in ":" introduced; the list after it explains them. */
  introduced: Draft[] = [];
  /** A short "Dependencies:" paragraph: the short paragraphs after it are its items, as in a list. */
  leadIn?: string;
  /** Reads a block found inside another (a table in a list item); set by the document walker. */
  visitBlock: (node: RootContent, section: Section) => void = () => {};

  constructor(
    readonly file: string,
    readonly registry: Registry,
    private readonly lineMap: number[],
  ) {}

  /** The document's title and file name as one key: the project's own name is not one of its choices. */
  get ownKey(): string {
    this.ownKeyCache ??= toKey(`${this.stacks.get(OWN_STACK)?.title ?? ""} ${this.file}`);
    return this.ownKeyCache;
  }
  private ownKeyCache?: string;

  /** The 1-based line in the original file where a node starts. */
  lineOf(node: Node | undefined): number {
    const l = node?.position?.start.line ?? 1;
    return this.lineMap[l - 1] ?? l;
  }

  diag(line: number, code: DiagnosticCode, message: string): void {
    if (this.diagnostics.length < 500)
      this.diagnostics.push(diagnostic(this.file, line, code, message));
  }

  /** The role a choice gets when nothing more specific is said. */
  defaultRole(section: Section): Role {
    if (this.kind === "template") return "example";
    if (section.role) return section.role;
    return this.kind === "guide" ? "option" : "primary";
  }

  /** Combines the role the text implies with the role of the place it stands in. */
  roleFor(
    atomRole: Role | undefined,
    base: Role,
    section: Section,
    explicit = false,
    kept = false,
  ): Role {
    if (this.kind === "template") return "example";
    if (kept && base !== "alternative") return "primary";
    // A "Chosen" column means chosen, even under an "alternatives considered" heading.
    const sectionRole = explicit ? undefined : section.role;
    if (base === "alternative" || sectionRole === "alternative") return "alternative";
    if (atomRole === "planned" || base === "planned" || sectionRole === "planned") return "planned";
    return atomRole ?? base;
  }

  add(atoms: Atom[], at: Place): Draft[] {
    const out: Draft[] = [];
    const kinLayer = sharedLayer(atoms);
    for (const named of atoms) {
      const tool = named.tech ? undefined : toolOfFile(this.registry, named.name);
      const atom = tool ? { ...named, name: tool.name, tech: tool } : named;
      if (!atom.tech && isNeverAName(atom.name)) continue;
      const role = this.roleFor(atom.role, at.role, at.section, at.explicit, atom.kept);
      const draft: Draft = {
        atom,
        role,
        contested:
          role === "alternative" || role === "planned" || (at.explicit && role !== "option")
            ? undefined
            : (at.contested ??
              this.contestedIn(at.section) ??
              (role === "option" ? `or:${at.line}` : undefined)),
        purpose: joinText(at.purpose, atom.detail),
        rationale: at.rationale,
        alternatives: at.alternatives ?? [],
        labelLayer: at.labelLayer,
        labelText: at.labelText,
        kinLayer: atom.tech ? undefined : kinLayer,
        section: at.section,
        line: at.line,
        stackKey: at.stackKey ?? at.section.stackKey,
        weak: at.weak,
      };
      if (!atom.tech) {
        const near = this.registry.nearest(atom.name);
        const hint = near ? ` (did you mean ${near}?)` : "";
        this.diag(
          at.line,
          "unknown-technology",
          `"${atom.name}" is not in the technology registry${hint}; kept as written (add it to technologies.json to give it a layer and description)`,
        );
      }
      this.drafts.push(draft);
      out.push(draft);
    }
    return out;
  }

  /** In a decision record, names outside the decision itself are options until the verdict says. */
  private contestedIn(section: Section): string | undefined {
    if (section.contested) return section.contested;
    return this.adr && !section.decides ? "adr" : undefined;
  }

  addRationale(stackKey: string, techIds: string[], text: string): void {
    const byTech = this.rationales.get(stackKey) ?? new Map<string, string[]>();
    for (const id of techIds) byTech.set(id, [...(byTech.get(id) ?? []), text]);
    this.rationales.set(stackKey, byTech);
  }

  addNote(stackKey: string, text: string): void {
    this.notes.set(stackKey, [...(this.notes.get(stackKey) ?? []), text]);
  }
}

/** What a verdict names: the registry id, or the slug of a name the registry lacks. */
export function verdictKey(atom: Atom): string {
  return atom.tech?.id ?? slugify(atom.name);
}

export function joinText(a?: string, b?: string): string | undefined {
  // "(stack we know). Deployed as…": what is left after an aside starts with its full stop.
  const parts = [a, b]
    .map((s) => s?.replace(/^[\s.,;:]+/, "").trim())
    .filter((s): s is string => Boolean(s));
  return parts.length ? [...new Set(parts)].join(" — ") : undefined;
}

/** The one layer the known names of a cell or item share, languages aside (`gorilla/mux, creack/pty`). */
function sharedLayer(atoms: Atom[]): LayerId | undefined {
  const layers = new Set(
    atoms.flatMap((a) => (a.tech && a.tech.layer !== "language" ? [a.tech.layer] : [])),
  );
  return layers.size === 1 ? [...layers][0] : undefined;
}
