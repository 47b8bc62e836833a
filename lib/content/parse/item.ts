import type { Paragraph } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { toLayerId } from "../layers";
import { slugify, toKey } from "../registry";
import type { LayerId, Role } from "../schema";
import { applyAttribute, decide, purposesInItem } from "./attributes";
import { type Atom, parseCompound, parseSetApart } from "./compound";
import type { Draft, Extraction, Section } from "./context";
import { extractLabelledItem } from "./labelled-item";
import { isSetApart, type Labelled, namedStack, splitLabel } from "./labels";
import { PROS_CONS, weighedHeads } from "./list-leads";
import { cleanLabel, clip, isNameLike, isPlaceholder, wordsOf } from "./text";

/** What a parent list item passes down to its children. */
export interface Inherited {
  layer?: LayerId;
  label?: string;
  role?: Role;
  parents: Draft[];
  /** The parents were introduced by a line ending in ":": items without a name describe them. */
  explains?: boolean;
  /** What the explaining items say of their parents: what they are for, or why they were chosen. */
  explainsAs?: "purpose" | "why";
  /** Every item names a technology (a service's own list): names the registry lacks are kept. */
  names?: boolean;
  /** Most items of this list lead with a known product (`**Redis** - cache`): so do the others. */
  products?: boolean;
}

/** One list item (or `Label: value` line) being read, with what its list passed down. */
export interface Item {
  ex: Extraction;
  para: Paragraph;
  section: Section;
  inherited: Inherited;
  line: number;
  /** The item's text on one line. */
  full: string;
  /** What the item passes on when it names nothing. */
  next: Inherited;
  /** The role its choices take unless a label or cue says otherwise. */
  base: Role;
}

/** One `Label: value` line of a paragraph, read like a list item. */
export function extractLabelled(ex: Extraction, para: Paragraph, section: Section): Draft[] {
  return extractItem(ex, para, section, { parents: [] }, false, false).parents;
}

/** Reads a list item's own paragraph: a label and value, names, a named stack or a layer label. */
export function extractItem(
  ex: Extraction,
  para: Paragraph,
  section: Section,
  inherited: Inherited,
  siblingsNamed: boolean,
  hasChildren: boolean,
): Inherited {
  const line = ex.lineOf(para);
  const full = nodeText(para).replace(/\s+/g, " ").trim();
  const next: Inherited = { ...inherited, parents: [] };
  if (!full || section.skip || isNavigationLink(para)) return next;
  if (section.whyFor) {
    ex.addRationale(section.stackKey, section.whyFor, full);
    return next;
  }
  if (section.notes) {
    readNote(ex, full, section, line);
    return next;
  }
  const named = namedStack(para, siblingsNamed);
  if (named) {
    addNamedStack(ex, named, section, line);
    return next;
  }
  const base: Role =
    inherited.role && ex.kind !== "template" ? inherited.role : ex.defaultRole(section);
  const item: Item = { ex, para, section, inherited, line, full, next, base };
  const labelled = toLabelled(splitLabel(para));
  return labelled ? extractLabelledItem(item, labelled) : extractUnlabelled(item, hasChildren);
}

/** "Why this stack?": the reasons are notes, and what they name is part of the stack. */
function readNote(ex: Extraction, full: string, section: Section, line: number): void {
  ex.addNote(section.stackKey, full);
  const known = parseCompound(full, {
    registry: ex.registry,
    allowUnknown: false,
    scanProse: true,
  });
  ex.add(
    known.filter((a) => a.tech),
    { section, line, role: ex.defaultRole(section) },
  );
}

/** The label and value an item has, if it has one (a bold name alone or leading a list has none). */
function toLabelled(split: Labelled | undefined): Labelled | undefined {
  if (!split) return undefined;
  // `- **Kaminari**` alone: a bold name, not a label with nothing after it.
  // `- Pagination: **Kaminari**`: the lead is the label and the bold name its value.
  const none = split.separator === "none";
  if (none && !split.tail && /[:：]$/.test(split.lead))
    return {
      ...split,
      label: split.lead.replace(/[:：]$/, ""),
      value: split.label,
      lead: "",
      separator: "colon",
    };
  // `- **Default: DuckDNS** (free)`: the whole pair is bold, the label and value are inside it.
  const inside =
    none && !split.lead ? /^([^:：]{2,30}?)\s*[:：]\s*(\S.*)$/.exec(split.label) : null;
  if (inside)
    return { ...split, label: inside[1], value: `${inside[2]}${split.tail}`, separator: "colon" };
  // `- **FastAPI 0.115** + Uvicorn — REST API`: the bold name starts a list of names, it labels nothing.
  // `**Squoosh** (stretch goal), better codecs`: after an aside, a comma starts what it is for.
  const continues =
    /^(\+|&|\/|and\b|und\b|e\b|y\b)/i.test(split.tail) ||
    (split.tail.startsWith(",") && !split.label.endsWith(")"));
  const alone = !split.tail && !split.lead;
  return none && (alone || continues) ? undefined : split;
}

/** An item without a label: a layer label for the items under it, or names. */
function extractUnlabelled(item: Item, hasChildren: boolean): Inherited {
  const { ex, para, section, inherited, line, full, next } = item;
  const layer = layerLabel(item, hasChildren);
  if (layer) return { ...next, layer, label: cleanLabel(full), role: inherited.role };
  // An item that is only a bold, linked or code name (`- **[Kaminari](…)**`) was set apart as one.
  const setApart = isSetApart(para.children) && Boolean(section.stackProse);
  const weighed = isWeighed(section);
  const heads = weighed && !PROS_CONS.test(full) ? weighedHeads(ex, full) : [];
  // `Google Cloud Vision API` read whole when the head is `Google Cloud Vision`: the same option.
  const sameAsHead = (a: Atom) =>
    heads.some((h) => h.name === a.name || (!a.tech && a.name.startsWith(`${h.name} `)));
  const named = itemNames(item, setApart).filter((a) => !sameAsHead(a));
  const atoms = [...heads, ...named, ...linkedNames(item, [...heads, ...named])];
  const drafts = ex.add(atoms, {
    section,
    line,
    role: item.base,
    labelLayer: inherited.layer,
    labelText: inherited.label,
  });
  purposesInItem(full, drafts);
  if (section.decides && !heads.length) decide(ex, drafts);
  // Bullets under a bold name say why it was chosen, even when they mention other names.
  const why = inherited.explains && inherited.explainsAs === "why";
  if (why) applyAttribute(ex, "why", full, inherited.parents, section);
  else if (!drafts.length && inherited.explains)
    applyAttribute(ex, "purpose", full, inherited.parents, section);
  else if (!drafts.length && !isPlaceholder(full))
    ex.diag(line, "unrecognised-item", `no technology recognised in list item "${clip(full)}"`);
  // `- **React**` with bullets under it: the bullets are why it was chosen.
  const explained = setApart && hasChildren && drafts.length > 0;
  return {
    ...next,
    parents: drafts,
    explains: explained,
    explainsAs: explained ? "why" : undefined,
  };
}

/** "- Frontend" with nested items: a layer label for its children, not a technology. */
function layerLabel({ ex, full }: Item, hasChildren: boolean): LayerId | undefined {
  const known = parseCompound(full, {
    registry: ex.registry,
    allowUnknown: false,
    scanProse: false,
  });
  const plainWords =
    /^[\p{L}\s&,+/-]+$/u.test(full) && !full.startsWith("@") && !/\w\/\w/.test(full);
  return !known.length && plainWords && (hasChildren || wordsOf(full).length <= 2)
    ? toLayerId(full)
    : undefined;
}

// Items under "Alternatives considered" or "Options" are names.
const isWeighed = (section: Section) =>
  section.role === "alternative" || section.role === "option" || section.role === "planned";

/** The names an unlabelled item gives; unknown ones only where the item stands in a stack's place. */
function itemNames({ ex, para, section, inherited, full }: Item, setApart: boolean) {
  const nameItem = isWeighed(section) && isNameLike(full) && wordsOf(full).length <= 4;
  // Bullets under `**Prettier**` say what it does ("Automazione"): only names the registry knows count.
  if (inherited.explains && inherited.parents.length && !setApart)
    return parseCompound(full, { registry: ex.registry, allowUnknown: false, scanProse: true });
  const position =
    Boolean(section.layer ?? inherited.layer ?? inherited.names) ||
    setApart ||
    nameItem ||
    namesUnderStack(ex, section, full);
  const code = para.children.length === 1 && para.children[0].type === "inlineCode";
  const marked = setApart || code ? `\`${full}\`` : full;
  return parseCompound(marked, {
    registry: ex.registry,
    allowUnknown: position,
    scanProse: !section.nonStack,
    position,
  });
}

/** `- Go, gorilla/mux + creack/pty` under "Stack": a line of short names, one of them known, names them all. */
function namesUnderStack(ex: Extraction, section: Section, full: string): boolean {
  if (!section.stackProse || ex.adr || section.nonStack) return false;
  const parts = full.split(/\s*(?:,|\s\+\s|;|·)\s*/).filter(Boolean);
  if (parts.length < 2 || parts.some((p) => wordsOf(p).length > 2)) return false;
  return parts.some((p) => ex.registry.lookup(p));
}

/** `k3s with [k3sup](…/k3sup)` under "Stack": a name linked to its own site is one, known or not. */
function linkedNames({ ex, para, section }: Item, found: Atom[]): Atom[] {
  if (!section.stackProse || section.nonStack || ex.adr) return [];
  const texts: string[] = [];
  visit(para, "link", (link) => void texts.push(nodeText(link).trim()));
  const taken = new Set(found.map((a) => toKey(a.name)));
  return texts
    .filter((t) => ex.linkedNames.has(toKey(t)) && !taken.has(toKey(t)))
    .flatMap((t) => parseSetApart(ex.registry, t));
}

function addNamedStack(
  ex: Extraction,
  named: { name: string; parts: string },
  section: Section,
  line: number,
): void {
  const key = `named:${ex.stacks.size + 1}`;
  const group = /^(.+?)\s+(tech(nology)?\s+)?stacks?$/i.exec(section.title)?.[1];
  ex.stacks.set(key, {
    key,
    title: named.name,
    line,
    summary: `${named.name}: ${named.parts.trim()}.`,
    tags: group ? [slugify(group)] : [],
    kind: "stack",
    parentKey: section.stackKey,
  });
  const atoms = parseCompound(named.parts, {
    registry: ex.registry,
    allowUnknown: false,
    scanProse: false,
  });
  ex.add(atoms, { section, line, role: "primary", explicit: true, stackKey: key });
}

/** `- [🛠 Setup](./setup.md)`: a link to another page of the docs, not a technology. */
function isNavigationLink(para: Paragraph): boolean {
  const solid = para.children.filter((n) => !(n.type === "text" && !n.value.trim()));
  return (
    solid.length > 0 && solid.every((n) => n.type === "link" && !/^(https?:|mailto:)/i.test(n.url))
  );
}
