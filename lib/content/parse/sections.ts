import type { Heading, RootContent } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import { toLayerId } from "../layers";
import { toKey } from "../registry";
import type { Role } from "../schema";
import { type Atom, parseCompound, parseSetApart } from "./compound";
import { type Draft, type Extraction, OWN_STACK, type Section, verdictKey } from "./context";
import {
  DECISION_HEADING,
  NEXT_HEADING,
  NON_STACK,
  OPTIONS_HEADING,
  SERVICE,
  SKIP,
  STACK_HEADING,
  TARGET_HEADING,
} from "./headings";
import { resolveName } from "./names";
import { cellRole } from "./roles";
import {
  ALTERNATIVES,
  cleanLabel,
  DONE,
  isGeneric,
  isNameLike,
  isNeverAName,
  OPTIONS_LABEL,
  PLANNED,
  splitVersion,
  wordsOf,
} from "./text";

const EXAMPLE_STACK = /\b(example|sample)\b.*\bstacks?\b|\bstacks?\b.*\b(example|sample)\b/i;
const CHOSEN =
  /\b(what we (will )?use|our (choices|stack)|chosen|decisions? made|selected|in use|current (stack|implementation))\b/i;

export function headingRole(title: string): Role | undefined {
  if (ALTERNATIVES.test(title)) return "alternative";
  if (DONE.test(title)) return "primary";
  if (PLANNED.test(title) || TARGET_HEADING.test(title)) return "planned";
  if (CHOSEN.test(title) || DECISION_HEADING.test(title)) return "primary";
  if (OPTIONS_HEADING.test(title)) return "option";
  return undefined;
}

/**
 * A heading like "Example Tech Stack" under "1. Software Backend Architecture" makes that
 * parent section a stack of its own; returns the headings that start such stacks.
 */
export function findSubStackRoots(nodes: RootContent[]): Map<Heading, string> {
  const headings = nodes.filter((n): n is Heading => n.type === "heading");
  const roots = findServiceRoots(headings);
  for (const [h, key] of findBlockRoots(nodes)) if (!roots.has(h)) roots.set(h, key);
  for (const [h, key] of findTitleRoots(headings)) if (!roots.has(h)) roots.set(h, key);
  headings.forEach((h, i) => {
    // A document titled "… example stack" is itself the stack, not a container of one.
    if (h.depth === 1 || !EXAMPLE_STACK.test(nodeText(h))) return;
    for (let j = i - 1; j >= 0; j--) {
      if (headings[j].depth >= h.depth) continue;
      // Directly under the title, the example is the document's own stack.
      if (headings[j].depth > 1 && !roots.has(headings[j]))
        roots.set(headings[j], `sub:${roots.size + 1}`);
      return;
    }
  });
  return roots;
}

/**
 * READMEs pasted one after another: a later `# Title` with sections of its own under it starts a
 * document of its own, so a stack of its own (the first title stays the document's).
 */
function findTitleRoots(headings: Heading[]): Map<Heading, string> {
  const roots = new Map<Heading, string>();
  const titles = headings.map((h, i) => ({ h, i })).filter(({ h }) => h.depth === 1);
  if (titles.length < 2) return roots;
  const sections = (i: number) => {
    const end = headings.findIndex((h, j) => j > i && h.depth === 1);
    return headings.slice(i + 1, end < 0 ? undefined : end).filter((h) => h.depth === 2).length;
  };
  if (titles.some(({ i }) => sections(i) < 2)) return roots;
  for (const { h } of titles.slice(1)) roots.set(h, `title:${roots.size + 1}`);
  return roots;
}

/** Sibling headings naming two or more services: each is a stack of its own, sharing the document's common choices. */
function findServiceRoots(headings: Heading[]): Map<Heading, string> {
  const roots = new Map<Heading, string>();
  const byParent = new Map<Heading | undefined, Heading[]>();
  headings.forEach((h, i) => {
    if (h.depth === 1) return;
    const parent = headings
      .slice(0, i)
      .reverse()
      .find((p) => p.depth < h.depth);
    byParent.set(parent, [...(byParent.get(parent) ?? []), h]);
  });
  for (const siblings of byParent.values()) {
    const services = siblings.filter((h) => SERVICE.test(cleanLabel(nodeText(h))));
    if (services.length < 2) continue;
    for (const h of services) roots.set(h, `service:${roots.size + 1}`);
  }
  return roots;
}

// Headings that name no particular stack: the block under them belongs to the heading above.
const GENERIC_STACK_TITLE =
  /^(recommended|suggested|proposed|our|the|example|sample|current|final|chosen|selected|default|core|full)?\s*(tech(nology|nical)?\s*)?(stack|stack choices|choices|technologies|tools)$|^(技术栈|技術スタック|기술\s?스택|стек|стек технологий|stack tecnológico|tecnologias|technologien|stos technologiczny|stack tecnologico)$/i;

/** Counts a block's `Label: value` items whose label names a layer. */
function layerLabels(node: RootContent): Set<string> {
  const labels = new Set<string>();
  const lines =
    node.type === "list"
      ? node.children.map((i) => nodeText(i).split("\n")[0])
      : node.type === "paragraph"
        ? nodeText(node).split("\n")
        : [];
  for (const line of lines) {
    const m = /^\s*\**([^:：*]{1,30})\**\s*[:：]\s*\S/.exec(line);
    const layer = m ? toLayerId(m[1]) : undefined;
    if (layer) labels.add(layer);
  }
  return labels;
}

/**
 * Headings each followed by its own stack written as `Layer: choice` lines ("Simple CRUD App",
 * "Payments"): with two or more in a document, each is a stack of its own.
 */
function findBlockRoots(nodes: RootContent[]): Map<Heading, string> {
  const owners = new Map<Heading, number>();
  const open: Heading[] = [];
  let block = new Set<string>();
  const close = () => {
    const owner = [...open].reverse().find((h) => h.depth > 1 && !isGenericTitle(h));
    if (block.size >= 3 && owner) owners.set(owner, (owners.get(owner) ?? 0) + 1);
    block = new Set();
  };
  for (const node of nodes) {
    if (node.type === "heading") {
      close();
      while (open.length && open[open.length - 1].depth >= node.depth) open.pop();
      open.push(node);
    } else for (const l of layerLabels(node)) block.add(l);
  }
  close();
  const roots = new Map<Heading, string>();
  // Headings that mostly name layers ("Backend", "Frontend") split one stack, they do not name several.
  const layerTitled = [...owners.keys()].filter((h) => toLayerId(cleanLabel(nodeText(h))));
  if (owners.size < 2 || layerTitled.length * 2 > owners.size) return roots;
  for (const h of owners.keys()) roots.set(h, `block:${roots.size + 1}`);
  return roots;
}

function isGenericTitle(h: Heading): boolean {
  return GENERIC_STACK_TITLE.test(cleanLabel(nodeText(h)));
}

/** `### Zustand`, `### Build Tool: Vite 7.3.x`: a heading that names one technology is a choice. */
function headingChoice(
  ex: Extraction,
  heading: Heading,
  title: string,
  section: Section,
): Draft | undefined {
  const numbered = title.replace(/^\s*(\d+(\.\d+)*[.)]?|[IVX]+\.)\s+/, "");
  if (/^(why|rationale|reasons?)\b/i.test(numbered)) return undefined;
  // "## Next", "## What's next": what comes next, not Next.js.
  if (NEXT_HEADING.test(numbered)) return undefined;
  const m = /^([^:：]{2,40})[:：]\s*(.+)$/.exec(numbered) ?? asideName(ex, numbered);
  const name = (m ? m[2] : numbered).replace(/\s*\([^)]*\)\s*$/, "").trim();
  const tech = resolveName(ex.registry, name) ?? resolveName(ex.registry, splitVersion(name).name);
  const labelLayer = m ? toLayerId(m[1]) : undefined;
  // `### Option 2: Gin` numbers an option; it does not say what Gin is for.
  const purpose =
    m && !OPTIONS_LABEL.test(m[1]) && !isNeverAName(m[1]) ? cleanLabel(m[1]) : undefined;
  const at = {
    section,
    line: ex.lineOf(heading),
    role: ex.defaultRole(section),
    labelLayer,
    labelText: purpose,
    purpose,
  };
  const weighed = !m && section.contested ? weighedHeading(ex, title, name, tech) : undefined;
  if (weighed) return ex.add(weighed.atoms, { ...at, ...weighed.place })[0];
  if (!tech && m && isOptionName(m[1], name)) {
    const atoms = parseSetApart(ex.registry, name);
    return ex.add(atoms.slice(0, 1), { ...at, role: ex.roleFor("option", at.role, section) })[0];
  }
  // `### 1. Vite, React & TypeScript`: a heading made only of names names choices, none of them its focus.
  // `### 备选：AWS S3 / 腾讯云 COS`: after a label that gives a role, the known names are read.
  if (!tech && m && ALTERNATIVES.test(`${m[1]}：`))
    return void ex.add(knownNames(ex, name), { ...at, role: "alternative", purpose: undefined });
  if (!tech) return void ex.add(onlyNames(ex, name), at);
  const atoms = parseCompound(name, {
    registry: ex.registry,
    allowUnknown: false,
    scanProse: false,
  });
  return atoms.length === 1 ? ex.add(atoms, at)[0] : undefined;
}

/**
 * `#### 2. Apple Container (不採用)` under "Options considered": a heading names one option; with
 * an aside that settles it (採用 chosen, 不採用 / rejected passed over) it may be one the registry lacks.
 */
function weighedHeading(ex: Extraction, title: string, name: string, tech: Atom["tech"]) {
  const aside = /\(([^()]+)\)\s*$/.exec(title)?.[1];
  const said = aside ? cellRole(aside) : undefined;
  const named = isNameLike(name) && wordsOf(name).length <= 4 && !isGeneric(name);
  if (!tech && !(said && named)) return undefined;
  const atoms = parseSetApart(ex.registry, name).slice(0, 1);
  return { atoms, place: { role: said ?? ("option" as Role), explicit: Boolean(said) } };
}

/**
 * `**Option 2: Asynq**`: an option heading names its option, known or not. One word only: a
 * name the registry lacks, not a description ("Single VPS").
 */
function isOptionName(label: string, name: string): boolean {
  return (
    OPTIONS_LABEL.test(label) && isNameLike(name) && wordsOf(name).length === 1 && !isGeneric(name)
  );
}

/** `## Unit tests (Jest)`: the name in the aside is the choice, the words before it what it is for. */
function asideName(ex: Extraction, title: string): RegExpExecArray | null {
  const m = /^(.{2,40}?)\s*\(([^()]{2,40})\)\s*$/.exec(title);
  return m && resolveName(ex.registry, m[2]) && !resolveName(ex.registry, m[1]) ? m : null;
}

function onlyNames(ex: Extraction, text: string): Atom[] {
  const hits = ex.registry.scan(text);
  const rest = hits.reduce((t, h) => t.replace(h.text, " "), text);
  if (
    hits.length < 2 ||
    /[\p{L}\p{N}]/u.test(
      rest.replace(/(?<![\p{L}\p{N}])(and|und|et|y|e|i|и)(?![\p{L}\p{N}])|[&+,/、·]/gu, ""),
    )
  )
    return [];
  return hits.map((h) => ({ name: h.tech.name, tech: h.tech, raw: h.text }));
}

/** A heading that only says "the reasons", in the languages the parser reads. */
const REASONS_HEADING =
  /^(why|rationale|reasons?|reasoning|reasons for (the|our) (choices?|selection)|selection rationale|選定理由|採用理由|理由|选择理由|选型理由|选型原因|선정 이유|선택 이유|이유|обоснование( выбора)?|почему|warum|begründung|pourquoi|justification|justificación|por qué|justificativa|motivazione|perché|dlaczego|uzasadnienie)$/i;

/** "Background", "History": earlier projects' stacks, told as a story, are not this one's choices. */
const BACKGROUND_HEADING =
  /^(background|history|project history|previous (work|projects?|stacks?)|prior (work|art)|hintergrund|vorgeschichte|historique|antecedentes|histórico|historia|storia|предыстория|история проекта|経緯|沿革|历史|历程)$/i;

/** Opens the section a heading starts, inheriting what its parent said. */
export function openSection(
  ex: Extraction,
  heading: Heading,
  parent: Section | undefined,
  subStackKey: string | undefined,
): Section {
  const title = cleanLabel(nodeText(heading));
  const layer = toLayerId(title);
  const base: Section = parent ?? { title: "", depth: 0, stackKey: OWN_STACK };
  const isTitle = heading.depth === 1;
  // A decision record's context names its options; elsewhere a background is only a story.
  const background = !isTitle && !ex.adr && BACKGROUND_HEADING.test(title);
  const section: Section = {
    title,
    depth: heading.depth,
    // A document's title names the whole stack ("Mobile app with …"), never one layer.
    label: isTitle ? undefined : layer ? title : base.label,
    layer: isTitle ? undefined : (layer ?? base.layer),
    role: headingRole(title) ?? (isTitle ? undefined : base.role),
    skip: SKIP.test(title) || (!isTitle && base.skip),
    stackKey: subStackKey ?? (isTitle ? OWN_STACK : base.stackKey),
    decides: DECISION_HEADING.test(title),
    stackProse:
      !NON_STACK.test(title) &&
      !background &&
      (Boolean(layer) || STACK_HEADING.test(title) || (!isTitle && Boolean(base.stackProse))),
    nonStack: (NON_STACK.test(title) || background) && !layer,
  };
  // One decision per options section: its options are settled together by the verdict.
  if (section.role === "option" && OPTIONS_HEADING.test(title))
    section.contested = `options:${ex.lineOf(heading)}`;
  else if (!isTitle && base.contested && !section.decides) section.contested = base.contested;
  if (section.role === "primary") section.role = undefined;
  if (!isTitle && !section.skip && !section.nonStack)
    section.focus = headingChoice(ex, heading, title, section);
  // `### Expo Vector Icons`: a heading that starts with a known name is a product, whatever layer it hints.
  const named = ex.registry.scan(title)[0]?.index === 0;
  if (!isTitle && base.stackProse && !section.focus && (!layer || named) && !section.role) {
    section.maybeFocus = maybeFocus(ex, heading, title);
    // Its words ("Vector") name the product, not a layer: the section stays in its parent's.
    if (section.maybeFocus && layer) section.layer = base.layer;
  }
  // "### 選定理由" then "#### Hono": the bullets under each name are why it was chosen.
  if (base.reasons && section.focus) section.whyFor = [verdictKey(section.focus.atom)];
  if (REASONS_HEADING.test(title)) section.reasons = true;
  readWhyHeading(ex, title, base, section);
  return section;
}

/** `### MMKV` under a stack section: a heading that may name a technology the registry lacks. */
function maybeFocus(ex: Extraction, heading: Heading, title: string): Section["maybeFocus"] {
  const bare = title
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/^\s*(\d+(\.\d+)*[.)]?|[IVX]+\.)\s+/, "")
    .trim();
  const nameLike = isNameLike(bare) && wordsOf(bare).length <= 4 && !isGeneric(bare);
  return nameLike ? { name: bare, line: ex.lineOf(heading) } : undefined;
}

/** "Why Redis?", "Rationale": the section says why its names (or the heading above's) were chosen. */
function readWhyHeading(ex: Extraction, title: string, base: Section, section: Section): void {
  const why = /^(why|rationale|reasons?|reasoning)\b\s*(.*?)\??$/i.exec(title);
  if (!why) return;
  const techs = knownNames(ex, why[2] ?? "");
  const ids = techs.flatMap((a) => (a.tech ? [a.tech.id] : []));
  // "### MMKV" … "**Why MMKV?**": the reasons are for the technology the heading above named.
  const focus = base.focus?.atom;
  if (!ids.length && focus && toKey(why[2] ?? "") === toKey(focus.name))
    ids.push(verdictKey(focus));
  if (ids.length) section.whyFor = ids;
  else section.notes = true;
}

function knownNames(ex: Extraction, text: string): Atom[] {
  return parseCompound(text, { registry: ex.registry, allowUnknown: false, scanProse: true });
}

/** "### MMKV" named a technology after all (a paragraph or a Description line said so): it is the section's choice. */
export function takeFocus(ex: Extraction, section: Section): void {
  const maybe = section.maybeFocus;
  if (!maybe || section.focus) return;
  const atoms = parseSetApart(ex.registry, maybe.name);
  const role = ex.defaultRole(section);
  section.focus = ex.add(atoms.slice(0, 1), { section, line: maybe.line, role })[0];
  section.maybeFocus = undefined;
}
