import { toString as nodeText } from "mdast-util-to-string";
import { toLayerId } from "../layers";
import type { Role } from "../schema";
import { applyAttribute, decide, namesOnly } from "./attributes";
import { type Atom, parseCompound, parseSetApart } from "./compound";
import type { Draft, Extraction } from "./context";
import { joinText, verdictKey } from "./context";
import type { Inherited, Item } from "./item";
import {
  ATTRIBUTE,
  CATEGORY_WORD,
  DECISION_LABEL,
  DESCRIPTION,
  LICENCE,
  PACKAGE_LABEL,
  PRODUCT_WORD,
  TIME_LABEL,
} from "./item-words";
import { isSetApart, type Labelled } from "./labels";
import { isCategory, isSiblingProduct } from "./list-leads";
import { isPackagePath, PACKAGE } from "./names";
import { takeFocus } from "./sections";
import {
  ALTERNATIVES,
  cleanLabel,
  clip,
  isGeneric,
  isNarrowLabel,
  isPlaceholder,
  OPTIONS_LABEL,
  PLANNED,
  placeholderExamples,
  toVersion,
  wordsOf,
} from "./text";

/** A labelled item once its label is read: what it names, in which role, under which layer. */
interface Read extends Item {
  labelled: Labelled;
  label: string;
  /** The value, with a template's placeholder replaced by its examples. */
  value: string;
  role: Role;
  decides: boolean;
  labelLayer: Item["inherited"]["layer"];
}

/** `Frontend: React`, `**Redis** - cache`, `Decision: **Gin**`: a label and its value. */
export function extractLabelledItem(item: Item, labelled: Labelled): Inherited {
  const { ex, section, inherited, line, full, next, base } = item;
  const label = cleanLabel(labelled.label);
  if (LICENCE.test(label)) return next;
  if (ATTRIBUTE.test(label)) {
    // "#### 1. FishBase" then "- **Description**: …": the heading named a technology after all.
    if (!inherited.parents.length && DESCRIPTION.test(label)) takeFocus(ex, section);
    applyAttribute(ex, label, labelled.value, inherited.parents, section);
    return next;
  }
  const role = labelRole(item, labelled, label);
  const decides = DECISION_LABEL.test(label);
  const fromPlaceholder = isPlaceholder(labelled.value);
  const value = fromPlaceholder ? (placeholderExamples(labelled.value) ?? "") : labelled.value;
  const valueNames = value
    ? parseCompound(value, { registry: ex.registry, allowUnknown: false, scanProse: false })
    : [];
  // `@trpc/react-query: React Query integration`: a package's name labels its own description.
  const product =
    !decides &&
    (isPackagePath(cleanLabel(labelled.label)) ||
      // `**pg_tde**: requires PostgreSQL 16+`: a bold package identifier is the product described.
      (isWeighedSection(item) && /^[a-z][a-z0-9]*([-_][a-z0-9]+)+$/.test(labelled.label.trim())) ||
      (!valueNames.length && isProductLead(item, labelled, value)));
  const labelLayer = product ? undefined : toLayerId(label);
  const labelAtoms = TIME_LABEL.test(label)
    ? []
    : parseCompound(product ? `\`${labelled.label}\`` : labelled.label, {
        registry: ex.registry,
        allowUnknown: product,
        scanProse: false,
        position: product,
      }).filter((a) => !describesLabel(a, label));
  const read: Read = { ...item, labelled, label, value, role, decides, labelLayer };
  let drafts: Draft[] = [];
  if (labelAtoms.length) drafts = addLabelNames(read, labelAtoms, valueNames);
  else if (value) drafts = addValueNames(read, fromPlaceholder);
  if (!drafts.length && value && !fromPlaceholder)
    ex.diag(line, "unrecognised-item", `no technology recognised in "${clip(full)}"`);
  return {
    layer: labelLayer ?? inherited.layer,
    label: labelLayer ? label : inherited.label,
    role: role !== base || PLANNED.test(label) ? role : inherited.role,
    parents: drafts,
  };
}

/** `Local services: …`: an everyday word leading a longer label describes it, it names no product. */
function describesLabel(atom: Atom, label: string): boolean {
  const [first, ...rest] = wordsOf(label);
  const named = atom.tech?.describing && atom.tech.name.toLowerCase() === first?.toLowerCase();
  return Boolean(named) && rest.length > 0;
}

/** Options or alternatives are weighed here: a decision record outside its Decision, or a list of options. */
function isWeighedSection({ ex, section }: Item): boolean {
  const weighed = section.role === "alternative" || section.role === "option";
  return weighed || Boolean(section.contested) || (ex.adr && !section.decides);
}

/** The role a label gives: "Alternatives:", "Planned:", "Options:", "**Later:**". */
function labelRole({ ex, section, base }: Item, labelled: Labelled, label: string): Role {
  // "**Now:** Docker…", "**Later:** Kubernetes…": a label that says when, not what.
  const when = TIME_LABEL.exec(label);
  if (when) return /^(now|today|current(ly)?|mvp|v1)$/i.test(when[0]) ? base : "planned";
  if (/^(or|alternatively)$/i.test(labelled.lead) || ALTERNATIVES.test(label)) return "alternative";
  if (PLANNED.test(label) || PLANNED.test(labelled.lead)) return "planned";
  if (OPTIONS_LABEL.test(labelled.lead) || OPTIONS_LABEL.test(label))
    return ex.roleFor("option", base, section);
  return base;
}

/**
 * `**Expo Router 5.0.6**: File-based routing`, `**Better Auth**: auth library`: the label is the
 * product. A decision's outcome names what was decided: its bold leads are names, known or not.
 */
function isProductLead({ ex, section, inherited }: Item, labelled: Labelled, value: string) {
  const inPosition = Boolean(
    section.layer ?? inherited.layer ?? section.stackProse ?? section.decides,
  );
  const label = labelled.label;
  // `**openpyxl** für Excel-Export`: a bold package-shaped name followed by what it is for.
  const bare =
    labelled.separator === "none" && /^[a-z0-9@][\w.@/ +-]*$|[.\d]|[a-z][A-Z]/.test(label);
  // `- **lofty** - audio metadata`: a lower-case package before a dash and what it does.
  const dashed =
    labelled.separator === "dash" &&
    /^[a-z0-9@][\w.@/-]*( \+ [\w.@/-]+)*$/.test(label) &&
    !isCategory(label) &&
    !isGeneric(label);
  const sibling = Boolean(inherited.products) && isSiblingProduct(ex, label);
  return (
    (inPosition && (bare || dashed)) ||
    sibling ||
    outcomeLead(section.decides, labelled) ||
    isProductLabel(label, value || labelled.tail, inPosition)
  );
}

/** `1. **Squoosh** (stretch goal), better codecs`: in a decision's outcome, a bold lead is what was decided. */
function outcomeLead(decides: boolean | undefined, labelled: Labelled): boolean {
  const name = labelled.label.replace(/\([^()]*\)/g, "");
  return Boolean(decides) && labelled.separator === "none" && wordsOf(name).length <= 4;
}

/** A label that names a product rather than a category: it carries a version, is a package name, or has a word no category has. */
function isProductLabel(raw: string, value: string, position: boolean): boolean {
  const label = cleanLabel(raw);
  if (!position || !label || isPlaceholder(label) || wordsOf(label).length > 5) return false;
  if (
    /\sv?\d+(\.\d+)*(\.x)?\+?$/i.test(label) ||
    /^@?[a-z0-9][\w.-]*\/[\w.-]+$|^[a-z0-9]+(-[a-z0-9]+)+$/.test(label)
  )
    return true;
  const proper = wordsOf(label).filter(
    (w) => /^\p{Lu}/u.test(w) && !CATEGORY_WORD.test(w) && !toLayerId(w),
  );
  return proper.length > 0 && PRODUCT_WORD.test(value);
}

/** `**Redis**: cache`, `**Node.js**: v20 LTS`, `Redis — via BullMQ`: the label names the choice. */
function addLabelNames(r: Read, labelAtoms: Atom[], valueAtoms: Atom[]): Draft[] {
  const { ex, section, inherited, line, role, labelled, value, labelLayer, label } = r;
  // `**Husky** - Git hooks`: a name followed by words describes the label, it lists nothing.
  const listy =
    valueAtoms.length > 0 &&
    (labelled.separator !== "dash" || namesOnly(value, valueAtoms)) &&
    !describesIn(value, valueAtoms) &&
    labelled.separator !== "arrow" &&
    !/\b(for|with|via|to)\b/i.test(value);
  // `Redis — via BullMQ + ioredis`: the names it is used through are choices of their own.
  const through =
    !listy && /\b(via|with|using|through|on top of|backed by|powered by)\b/i.test(value);
  // `**Node.js**: v20 LTS`: a value that starts with a version is the version.
  const leading = /^v?\d/i.test(value.trim()) ? toVersion(value) : undefined;
  if (leading) for (const a of labelAtoms) a.version ??= leading;
  const described = listy ? undefined : splitWhy(joinText(value, labelled.tail));
  const labelText = inherited.label;
  const drafts = ex.add(labelAtoms, {
    section,
    line,
    role,
    labelLayer: inherited.layer,
    labelText,
    purpose: described?.purpose,
    rationale: described?.why,
  });
  if (section.decides) decide(ex, drafts);
  if (listy || through) {
    const extra = through ? throughNames(ex, value) : valueAtoms;
    const place = {
      labelLayer: labelLayer ?? inherited.layer,
      labelText: labelLayer ? label : labelText,
    };
    drafts.push(...ex.add(extra, { section, line, role, ...place }));
  }
  // "**Express**: web framework for Node.js": in a stack section, what the description names is part of the stack too.
  // `**Caddy** as a proxy, with Let's Encrypt certificates`: so does the text after a bold name.
  // What an alternative's description mentions ("requires PostgreSQL 15+") is not passed over with it.
  else if ((section.layer ?? inherited.layer ?? section.stackProse) && !isWeighedSection(r)) {
    // A decision record's bold lead is one option: what its text mentions is not chosen with it.
    const said = ex.adr ? value : `${value} ${labelled.tail}`.trim();
    ex.add(mentionsIn(ex, said, labelAtoms), { section, line, role, labelLayer: inherited.layer });
  }
  return drafts;
}

/** `**Bun**: Node.js代替ランタイム`: a name glued to words in another script that describe the label. */
function describesIn(value: string, atoms: Atom[]): boolean {
  const at = atoms.length === 1 ? value.indexOf(atoms[0].raw) : -1;
  return at >= 0 && CJK_NEXT.test(value.slice(at + atoms[0].raw.length));
}

const CJK_NEXT = /^\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function throughNames(ex: Extraction, value: string): Atom[] {
  return parseCompound(value.replace(/^\s*(via|with|using|through)\s+/i, ""), {
    registry: ex.registry,
    allowUnknown: true,
    scanProse: true,
    position: true,
  });
}

/** Known names a description mentions, besides the ones it describes; roles from the words around them. */
function mentionsIn(ex: Extraction, value: string, described: Atom[]): Atom[] {
  const seen = new Set(described.map((a) => a.tech?.id));
  return parseCompound(value, {
    registry: ex.registry,
    allowUnknown: false,
    scanProse: true,
  }).filter((a) => a.tech && !seen.has(a.tech.id));
}

/** `Database: PostgreSQL 16`, `Recommendation: **River** for the MVP`: the value names the choices. */
function addValueNames(r: Read, fromPlaceholder: boolean): Draft[] {
  const { ex, section, inherited, line, role, value, decides, labelLayer, label } = r;
  const atoms = valueAtoms(r, fromPlaceholder);
  // "Recommended: Neon or Supabase" weighs two; it decides for neither.
  const weighed = atoms.length > 1 && atoms.every((a) => a.role === "option");
  const verdict = decides && !weighed;
  if (verdict) for (const a of atoms) if (a.role !== "alternative") ex.verdicts.add(verdictKey(a));
  // `**Recommendation**: **Gin** for the MVP (better docs)`: what follows the verdict says why.
  const reason = verdict ? leftOver(value, atoms) : "";
  // `Pagination: **Kaminari**`: a label narrower than a layer says what the value is for.
  // Only names, versions and asides after the label: `状态管理: Pinia (uni-app 推荐)`, not a sentence.
  const narrow = !decides && isNarrowLabel(label);
  const purpose = namesOnly(value, atoms) && atoms.length <= 2 && narrow ? label : undefined;
  return ex.add(atoms, {
    section,
    line,
    role: verdict ? "primary" : role,
    explicit: verdict || undefined,
    labelLayer: labelLayer ?? inherited.layer,
    labelText: labelLayer ? label : inherited.label,
    purpose,
    rationale: reason.length > 2 ? reason : undefined,
  });
}

/** The value's names: a verdict's bold lead, or every name, unknown ones where a name is expected. */
function valueAtoms(
  { ex, para, section, labelled, label, value, decides, labelLayer }: Read,
  fromPlaceholder: boolean,
) {
  const tailNodes = para.children.slice(
    para.children.findIndex((c) => c.type === "text" && /[:：–—-]\s*$/.test(c.value)) + 1,
  );
  const afterColon = para.children.slice(
    para.children.findIndex((c) => c.type === "text" && /[:：]\s*$/.test(c.value)) + 1 ||
      para.children.length,
  );
  const known =
    (Boolean(labelLayer) || (Boolean(section.stackProse) && isSetApart(tailNodes))) &&
    !labelled.tail &&
    !fromPlaceholder;
  // `Recommendation: **River** for the first release`: the verdict's bold lead is its name, known or not.
  const lead = decides
    ? afterColon.find((n) => n.type === "strong" || n.type === "inlineCode")
    : undefined;
  const fromLead = lead ? parseSetApart(ex.registry, nodeText(lead)) : [];
  if (fromLead.length) return fromLead;
  // `**Companion package:** \`dexie-react-hooks\` for …`: a label that says "package" names its code spans.
  const packages = PACKAGE_LABEL.test(label) ? packagesIn(ex, para) : [];
  if (packages.length) return packages;
  // Under "Decision", `Templates: hono/html` states what was chosen, known or not.
  const open = known || decides || (Boolean(section.decides) && !labelled.tail);
  return parseCompound(value, {
    registry: ex.registry,
    allowUnknown: open,
    scanProse: true,
    position: open,
  });
}

/** What a verdict says besides its names: `Gin for the MVP (better docs)` → `for the MVP (better docs)`. */
function leftOver(value: string, atoms: Atom[]): string {
  return atoms
    .reduce((t, a) => t.replace(a.raw, " "), value)
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:—–-]+/, "")
    .trim();
}

/** The code spans of an item that look like package names, each read as one. */
function packagesIn(ex: Extraction, para: Item["para"]): Atom[] {
  return para.children
    .slice(1)
    .flatMap((n) => (n.type === "inlineCode" && PACKAGE.test(n.value) ? [n.value] : []))
    .flatMap((name) => parseSetApart(ex.registry, name));
}

/**
 * `**ClickHouse** for the event store. Columnar, built for analytics.`: the first sentence says
 * what the choice does; when it starts "for", the sentences after it say why.
 */
function splitWhy(text: string | undefined): { purpose?: string; why?: string } | undefined {
  const m =
    /^(\s*(?:for|für|pour|para|per|dla|для)\s[^.!?]{2,100}?[.!?])\s+(\p{Lu}[\s\S]{10,})$/u.exec(
      text ?? "",
    );
  if (!m) return text ? { purpose: text } : undefined;
  return { purpose: m[1].replace(/[.!?]$/, "").trim(), why: m[2].trim() };
}
