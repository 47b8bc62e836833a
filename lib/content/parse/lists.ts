import type { List, ListItem, Paragraph, PhrasingContent } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import { toLayerId } from "../layers";
import { slugify } from "../registry";
import type { LayerId, Role } from "../schema";
import { type Atom, parseCompound } from "./compound";
import type { Draft, Extraction, Section } from "./context";
import { joinText, verdictKey } from "./context";
import { SERVICE } from "./headings";
import { namedStack, splitLabel } from "./labels";
import {
  isCategory,
  isSiblingProduct,
  leadsWithProducts,
  PROS_CONS,
  weighedHeads,
} from "./list-leads";
import { purposeSaid } from "./purpose";
import {
  ALTERNATIVES,
  cleanLabel,
  clip,
  isGeneric,
  isNameLike,
  isNarrowLabel,
  isPlaceholder,
  OPTIONS_LABEL,
  PLANNED,
  placeholderExamples,
  toVersion,
  WHY_WORDS,
  wordsOf,
} from "./text";

/** What a parent list item passes down to its children. */
interface Inherited {
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

const VERSION_WORDS = "versions?|バージョン|版本|버전|версия|versión|versão|wersja|versione";
const ATTRIBUTE = new RegExp(
  `^(${WHY_WORDS}|${VERSION_WORDS}|purpose|use cases?|usage|used for|features?|notes?|pros|cons|benefits|scopes)$`,
  "i",
);
const VERSION_LABEL = new RegExp(`^(${VERSION_WORDS})$`, "i");
const RATIONALE = new RegExp(`^(${WHY_WORDS}|pros|benefits)$`, "i");

function paragraphOf(item: ListItem): Paragraph | undefined {
  const first = item.children[0];
  return first?.type === "paragraph" ? first : undefined;
}

export function extractList(
  ex: Extraction,
  list: List,
  section: Section,
  inherited?: Inherited,
): void {
  // A list right after "Backend - FastAPI:" explains FastAPI.
  const from: Inherited = inherited ?? {
    parents: ex.introduced,
    explains: ex.introduced.length > 0,
  };
  ex.introduced = [];
  const paras = list.children.map(paragraphOf);
  const shaped = paras.filter((p) => p && namedStack(p, false)).length;
  const services = list.children.map((item, i) => serviceName(item, paras[i]));
  const serviceList = services.filter(Boolean).length >= 2;
  const level: Inherited = { ...from, products: leadsWithProducts(ex, paras) };
  list.children.forEach((item, index) => {
    const para = paras[index];
    // `- **AWS Lambda**` over `- Serverless functions`: a short first bullet that praises nothing says what it does.
    if (index === 0 && from.explains && from.explainsAs === "why" && isShortPoint(item))
      for (const d of from.parents) d.purpose ??= nodeText(item).trim();
    const service = serviceList ? services[index] : undefined;
    // "1. Order Service Stack:" with the service's technologies nested under it: a stack of its own.
    if (service && para) {
      extractServiceItem(ex, item, service, section, ex.lineOf(para));
      return;
    }
    let next: Inherited = { ...from, parents: [], explains: false, names: false };
    const nested = item.children.some((c) => c.type === "list");
    if (para) next = extractItem(ex, para, section, level, shaped >= 2, nested);
    for (const child of item.children) {
      if (child.type === "list") extractList(ex, child, section, next);
      else if (child !== para) ex.visitBlock(child, section);
    }
  });
}

// Words that praise (why it was chosen) rather than say what a thing does.
const QUALITY =
  /\b(fast|faster|quick|light(weight)?|simple|easy|mature|stable|popular|reliable|flexible|powerful|modern|minimal\w*|scalab\w*|secure|robust|performan\w*|efficient|cheap|free|familiar|excellent|great|best|veloc\w*|legger\w*|matur\w*|semplic\w*|facil\w*|affidabil\w*|potent\w*|modern\w*|eccellent\w*|ottim\w*|schnell\w*|leicht\w*|einfach\w*|stabil\w*|rápid\w*|liger\w*|sencill\w*|fácil\w*|rapide|léger|szybk\w*|lekk\w*|prost\w*)\b|быстр|лёгк|легк|прост|надёжн|軽量|高速|簡単|シンプル|安定|轻量|快速|简单|稳定|빠르|가볍|간단|안정/i;

/** A short bullet (four words at most, or twenty characters without spaces) that praises nothing. */
function isShortPoint(item: ListItem): boolean {
  const text = nodeText(item).trim();
  if (item.children.length !== 1 || !text || QUALITY.test(text)) return false;
  return /\s/.test(text) ? wordsOf(text).length <= 4 : [...text].length <= 20;
}

/** `- [🛠 Setup](./setup.md)`: a link to another page of the docs, not a technology. */
function isNavigationLink(para: Paragraph): boolean {
  const solid = para.children.filter((n) => !(n.type === "text" && !n.value.trim()));
  return (
    solid.length > 0 && solid.every((n) => n.type === "link" && !/^(https?:|mailto:)/i.test(n.url))
  );
}

/** Nothing but one bold, linked or code span (whitespace aside). */
function isSetApart(nodes: PhrasingContent[]): boolean {
  const solid = nodes.filter((n) => !(n.type === "text" && !n.value.trim()));
  if (solid.length !== 1) return false;
  const only = solid[0];
  if (only.type === "inlineCode" || only.type === "link") return true;
  return (
    (only.type === "strong" || only.type === "emphasis") &&
    only.children.every((c) => c.type === "text" || c.type === "link" || c.type === "inlineCode")
  );
}

/** The service an item names when its own technologies are nested under it. */
function serviceName(item: ListItem, para: Paragraph | undefined): string | undefined {
  if (!para || !item.children.some((c) => c.type === "list")) return undefined;
  const text = cleanLabel(nodeText(para))
    .replace(/\s*(tech(nology)?\s+)?stack$/i, "")
    .trim();
  return SERVICE.test(text) || /\bstack\s*[:：]?$/i.test(nodeText(para).trim()) ? text : undefined;
}

function extractServiceItem(
  ex: Extraction,
  item: ListItem,
  name: string,
  section: Section,
  line: number,
): void {
  const key = `block:${ex.stacks.size + 1}`;
  ex.stacks.set(key, {
    key,
    title: name,
    line,
    tags: [],
    kind: "stack",
    parentKey: section.stackKey,
  });
  for (const child of item.children)
    if (child.type === "list")
      extractList(ex, child, { ...section, stackKey: key }, { parents: [], names: true });
}

/** One `Label: value` line of a paragraph, read like a list item. */
export function extractLabelled(ex: Extraction, para: Paragraph, section: Section): Draft[] {
  return extractItem(ex, para, section, { parents: [] }, false, false).parents;
}

function extractItem(
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
    // "Why this stack?": the reasons are notes, and what they name is part of the stack.
    ex.addNote(section.stackKey, full);
    ex.add(
      parseCompound(full, { registry: ex.registry, allowUnknown: false, scanProse: true }).filter(
        (a) => a.tech,
      ),
      { section, line, role: ex.defaultRole(section) },
    );
    return next;
  }

  const named = namedStack(para, siblingsNamed);
  if (named) {
    addNamedStack(ex, named, section, line);
    return next;
  }

  const base: Role =
    inherited.role && ex.kind !== "template" ? inherited.role : ex.defaultRole(section);
  const split = splitLabel(para);
  // `- **Kaminari**` alone: a bold name, not a label with nothing after it.
  // `- Pagination: **Kaminari**`: the lead is the label and the bold name its value.
  const leadLabel = split?.separator === "none" && !split.tail && /[:：]$/.test(split.lead);
  // `- **FastAPI 0.115** + Uvicorn — REST API`: the bold name starts a list of names, it labels nothing.
  // `**Squoosh** (stretch goal), better codecs`: after an aside, a comma starts what it is for.
  const continues =
    split?.separator === "none" &&
    (/^(\+|&|\/|and\b|und\b|e\b|y\b)/i.test(split.tail) ||
      (split.tail.startsWith(",") && !split.label.endsWith(")")));
  const alone = split?.separator === "none" && !split.tail && !split.lead;
  const labelled =
    leadLabel && split
      ? {
          ...split,
          label: split.lead.replace(/[:：]$/, ""),
          value: split.label,
          lead: "",
          separator: "colon" as const,
        }
      : alone || continues
        ? undefined
        : split;
  if (!labelled) {
    // "- Frontend" with nested items: a layer label for its children, not a technology.
    const known = parseCompound(full, {
      registry: ex.registry,
      allowUnknown: false,
      scanProse: false,
    });
    const plainWords =
      /^[\p{L}\s&,+/-]+$/u.test(full) && !full.startsWith("@") && !/\w\/\w/.test(full);
    const asLayer =
      !known.length && plainWords && (hasChildren || wordsOf(full).length <= 2)
        ? toLayerId(full)
        : undefined;
    if (asLayer) return { ...next, layer: asLayer, label: cleanLabel(full), role: inherited.role };
    // An item that is only a bold, linked or code name (`- **[Kaminari](…)**`) was set apart as one.
    const setApart = isSetApart(para.children) && Boolean(section.stackProse);
    // Items under "Alternatives considered" or "Options" are names.
    const weighed =
      section.role === "alternative" || section.role === "option" || section.role === "planned";
    const nameItem = weighed && isNameLike(full) && wordsOf(full).length <= 4;
    const position =
      Boolean(section.layer ?? inherited.layer ?? inherited.names) || setApart || nameItem;
    const marked =
      setApart || (para.children.length === 1 && para.children[0].type === "inlineCode")
        ? `\`${full}\``
        : full;
    const parsed = parseCompound(marked, {
      registry: ex.registry,
      allowUnknown: position,
      scanProse: !section.nonStack,
      position,
    });
    const heads = weighed && !PROS_CONS.test(full) ? weighedHeads(ex, full) : [];
    const atoms = [...heads, ...parsed.filter((a) => !heads.some((h) => h.name === a.name))];
    placeholderCheck(ex, full);
    const drafts = ex.add(atoms, {
      section,
      line,
      role: base,
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

  const label = cleanLabel(labelled.label);
  // "License: Apache 2.0" says how something may be used, not what it is built with.
  if (
    /^(licen[cs]es?|lizenz|licencia|licença|licenza|licencja|лицензия|许可证?|ライセンス|라이선스)$/i.test(
      label,
    )
  )
    return next;
  let value = labelled.value;
  if (ATTRIBUTE.test(label)) {
    applyAttribute(ex, label, value, inherited.parents.length ? inherited.parents : [], section);
    return next;
  }
  let role = base;
  if (/^(or|alternatively)$/i.test(labelled.lead) || ALTERNATIVES.test(label)) role = "alternative";
  else if (PLANNED.test(label) || PLANNED.test(labelled.lead)) role = "planned";
  else if (OPTIONS_LABEL.test(labelled.lead) || OPTIONS_LABEL.test(label))
    role = ex.roleFor("option", base, section);
  const decides = DECISION_LABEL.test(label);
  // "**Now:** Docker…", "**Later:** Kubernetes…": a label that says when, not what.
  const when = TIME_LABEL.exec(label);
  if (when) role = /^(now|today|current(ly)?|mvp|v1)$/i.test(when[0]) ? base : "planned";
  const fromPlaceholder = isPlaceholder(value);
  if (fromPlaceholder) {
    ex.placeholders++;
    value = placeholderExamples(value) ?? "";
  }

  const valueNames = value
    ? parseCompound(value, { registry: ex.registry, allowUnknown: false, scanProse: false })
    : [];
  // `**Expo Router 5.0.6**: File-based routing`, `**Better Auth**: auth library`: the label is the product.
  // A decision's outcome names what was decided: its bold leads are names, known or not.
  const inPosition = Boolean(
    section.layer ?? inherited.layer ?? section.stackProse ?? section.decides,
  );
  // `**openpyxl** für Excel-Export`: a bold package-shaped name followed by what it is for.
  const packageName =
    inPosition &&
    ((labelled.separator === "none" && /^[a-z0-9@][\w.@/ +-]*$|[.\d]|[a-z][A-Z]/.test(label)) ||
      // `- **lofty** - audio metadata`: a lower-case package before a dash and what it does.
      (labelled.separator === "dash" &&
        /^[a-z0-9@][\w.@/-]*( \+ [\w.@/-]+)*$/.test(label) &&
        !isCategory(label) &&
        !isGeneric(label)));
  const sibling = Boolean(inherited.products) && isSiblingProduct(ex, label);
  const product =
    !decides &&
    !valueNames.length &&
    (packageName ||
      sibling ||
      outcomeLead(section, labelled) ||
      isProductLabel(labelled.label, value || labelled.tail, inPosition));
  const labelLayer = product ? undefined : toLayerId(label);
  const labelAtoms = when
    ? []
    : parseCompound(product ? `\`${labelled.label}\`` : labelled.label, {
        registry: ex.registry,
        allowUnknown: product,
        scanProse: false,
        position: product,
      });
  let drafts: Draft[] = [];
  if (labelAtoms.length) {
    const valueAtoms = valueNames;
    // `**Husky** - Git hooks`: a name followed by words describes the label, it lists nothing.
    const listy =
      valueAtoms.length > 0 &&
      (labelled.separator !== "dash" || namesOnly(value, valueAtoms)) &&
      labelled.separator !== "arrow" &&
      !/\b(for|with|via|to)\b/i.test(value);
    // `Redis — via BullMQ + ioredis`: the names it is used through are choices of their own.
    const through =
      !listy && /\b(via|with|using|through|on top of|backed by|powered by)\b/i.test(value);
    // `**Node.js**: v20 LTS`: a value that starts with a version is the version.
    const leading = /^v?\d/i.test(value.trim()) ? toVersion(value) : undefined;
    if (leading) for (const a of labelAtoms) a.version ??= leading;
    const purpose = listy ? undefined : joinText(value, labelled.tail);
    drafts = ex.add(labelAtoms, {
      section,
      line,
      role,
      labelLayer: inherited.layer,
      labelText: inherited.label,
      purpose,
    });
    if (section.decides) decide(ex, drafts);
    const extra = through
      ? parseCompound(value.replace(/^\s*(via|with|using|through)\s+/i, ""), {
          registry: ex.registry,
          allowUnknown: true,
          scanProse: true,
          position: true,
        })
      : valueAtoms;
    if (listy || through)
      drafts.push(
        ...ex.add(extra, {
          section,
          line,
          role,
          labelLayer: labelLayer ?? inherited.layer,
          labelText: labelLayer ? label : inherited.label,
        }),
      );
    // "**Express**: web framework for Node.js": in a stack section, what the description names is part of the stack too.
    else if (section.layer ?? inherited.layer ?? section.stackProse)
      ex.add(mentionsIn(ex, value, labelAtoms), {
        section,
        line,
        role,
        labelLayer: inherited.layer,
      });
  } else if (value) {
    const tailNodes = para.children.slice(
      para.children.findIndex((c) => c.type === "text" && /[:：–—-]\s*$/.test(c.value)) + 1,
    );
    const known =
      (Boolean(labelLayer) || (Boolean(section.stackProse) && isSetApart(tailNodes))) &&
      !labelled.tail &&
      !fromPlaceholder;
    // `Recommendation: **River** for the first release`: the verdict's bold lead is its name, known or not.
    const afterColon = para.children.slice(
      para.children.findIndex((c) => c.type === "text" && /[:：]\s*$/.test(c.value)) + 1 ||
        para.children.length,
    );
    const lead = decides
      ? afterColon.find((n) => n.type === "strong" || n.type === "inlineCode")
      : undefined;
    const fromLead = lead
      ? parseCompound(`\`${nodeText(lead)}\``, {
          registry: ex.registry,
          allowUnknown: true,
          scanProse: false,
          position: true,
        })
      : [];
    const atoms = fromLead.length
      ? fromLead
      : parseCompound(value, {
          registry: ex.registry,
          allowUnknown: known || decides,
          scanProse: true,
          position: known || decides,
        });
    if (decides)
      for (const a of atoms) if (a.role !== "alternative") ex.verdicts.add(verdictKey(a));
    const explicit = decides || undefined;
    // `**Recommendation**: **Gin** for the MVP (better docs)`: what follows the verdict says why.
    const reason = decides
      ? atoms
          .reduce((t, a) => t.replace(a.raw, " "), value)
          .replace(/\s+/g, " ")
          .replace(/^[\s,;:—–-]+/, "")
          .trim()
      : "";
    // `Pagination: **Kaminari**`: a label narrower than a layer says what the value is for.
    // Only names, versions and asides after the label: `状态管理: Pinia (uni-app 推荐)`, not a sentence.
    const onlyNames = namesOnly(value, atoms);
    const narrow = !decides && isNarrowLabel(label);
    const purpose = onlyNames && atoms.length <= 2 && narrow ? label : undefined;
    const labelText = labelLayer ? label : inherited.label;
    const rationale = reason.length > 2 ? reason : undefined;
    drafts = ex.add(atoms, {
      section,
      line,
      role: decides ? "primary" : role,
      explicit,
      labelLayer: labelLayer ?? inherited.layer,
      labelText,
      purpose,
      rationale,
    });
  }
  if (!drafts.length && value && !isPlaceholder(labelled.value)) {
    ex.diag(line, "unrecognised-item", `no technology recognised in "${clip(full)}"`);
  }
  return {
    layer: labelLayer ?? inherited.layer,
    label: labelLayer ? label : inherited.label,
    role: role !== base || PLANNED.test(label) ? role : inherited.role,
    parents: drafts,
  };
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

// Labels as broad as a layer or a whole stack: they say where a choice sits, not what it does.

const TIME_LABEL =
  /^(now|today|current(ly)?|mvp|v1|later|next|future|phase \d+|v2|v3|someday|eventually)$/i;

// "Options:", "選択肢:", "Варианты:" — the names after it are weighed; "Decision:", "決定:" — the verdict.
export const DECISION_LABEL =
  /^(decision|decided|chosen|choice|verdict|selected|recommendation|recommended|empfehlung|recommandation|recomendación|recomendação|raccomandazione|rekomendacja|рекомендация|推荐|推奨|추천|決定|採用|决定|决策|选择|결정|선택|решение|выбор|decisión|elegido|decisão|escolhido|entscheidung|gewählt|décision|choisi|decyzja|wybrano|decisione|scelto|القرار)$/i;

// What a description says a product is: "Toast notifications library", "Serverless PostgreSQL hosting".
const PRODUCT_WORD =
  /\b(library|libraries|framework|tool|toolkit|sdk|database|db|service|platform|client|engine|orm|package|plugin|extension|cli|api|runtime|server|hosting|provider|component library|ui kit|bundler|compiler|linter|formatter|driver|module|crate|gem|middleware|integration)\b|库|框架|工具|ライブラリ|フレームワーク|ツール|라이브러리|프레임워크|도구|библиотек|фреймворк|инструмент|librer|bibliotec|bibliothek|bibliothèque|bibliotek|librer|ferrament|herramient|utilit|outil|werkzeug|narzędzi|strument|middlewares?|implementa|conjunto de/i;
// Words that make a label a category however it is capitalised.
const CATEGORY_WORD =
  /^(management|layer|tools?|frameworks?|librar(y|ies)|services?|systems?|engines?|platforms?|support|stack|solutions?|providers?|primary|main|core|other|and|&|\/|\+|the|of|for|in|on|with|state|data|fetching|routing|navigation|styling|forms?|icons?|charts?|utilities|utils|hooks|components?|testing|quality|deployment|hosting|storage|runtime|language|package|manager|build|type|checking|validation|schema|caching|realtime|notifications?|payments?|email|analytics|monitoring|logging|security|authentication|authorization|auth|api|apis|server|client|web|mobile|ui|ux|design|database|orm|queue|jobs?|search|files?|uploads?|media|images?)$/i;

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

function applyAttribute(
  ex: Extraction,
  label: string,
  value: string,
  parents: Draft[],
  section: Section,
): void {
  if (!value || isPlaceholder(value)) {
    if (isPlaceholder(value)) ex.placeholders++;
    return;
  }
  const targets = parents.length
    ? parents
    : ex.drafts.filter((d) => d.section === section).slice(-3);
  for (const d of targets) {
    if (RATIONALE.test(label)) d.rationale = joinText(d.rationale, value);
    else if (VERSION_LABEL.test(label)) d.atom.version = refine(d.atom.version, toVersion(value));
    else d.purpose = joinText(d.purpose, value);
  }
}

/** `15` then `Version: 15.3.4`: the fuller version wins; a different one never replaces the first. */
function refine(current: string | undefined, next: string | undefined): string | undefined {
  if (!current || !next) return current ?? next;
  return next.replace(/^v/i, "").startsWith(current.replace(/^v/i, "")) ? next : current;
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

function placeholderCheck(ex: Extraction, text: string): void {
  if (isPlaceholder(text)) ex.placeholders++;
}

// "Koa (routing) or Hapi (speed)": the praise may belong to the other one.
const WEIGHED = /\s(or|oder|ou|o|lub|albo|oppure|или|или же)\s|或|または|또는/i;

/** `- Serilog dla logowania`, `- Redis for sessions, Vite for builds`: what follows each name. */
function purposesInItem(text: string, drafts: Draft[]): void {
  const at = drafts.map((d) => {
    const start = d.atom.raw ? text.indexOf(d.atom.raw) : -1;
    return { d, start, end: start + d.atom.raw.length };
  });
  for (const { d, start, end } of at) {
    if (start < 0) continue;
    const stop = Math.min(...at.map((o) => (o.start > end ? o.start : text.length)));
    d.purpose ??= purposeSaid(text, end, stop);
    // "Vite는 CRA에 비해 빠르고 가볍습니다": a sentence that opens with the name and praises it.
    const alone = at.every((o) => o.d === d || o.d.role === "alternative");
    const rest = text.slice(end);
    if (start === 0 && alone && QUALITY.test(rest) && !WEIGHED.test(rest)) d.rationale ??= text;
  }
}

/** An item of a decision's outcome that names a technology without passing it over is the verdict. */
function decide(ex: Extraction, drafts: Draft[]): void {
  for (const d of drafts)
    if (d.role === "primary" || d.role === "option") ex.verdicts.add(verdictKey(d.atom));
}

/** `1. **Squoosh** (stretch goal), better codecs`: in a decision's outcome, a bold lead is what was decided. */
function outcomeLead(section: Section, labelled: { label: string; separator: string }): boolean {
  const name = labelled.label.replace(/\([^()]*\)/g, "");
  return Boolean(section.decides) && labelled.separator === "none" && wordsOf(name).length <= 4;
}

/** Only names, versions and asides: `Pinia (uni-app 推荐)`, `React + Vite`, not a sentence. */
function namesOnly(value: string, atoms: Atom[]): boolean {
  const rest = atoms
    .reduce((text, a) => text.replace(a.raw, " "), value)
    .replace(/\([^()]*\)|（[^（）]*）/g, " ");
  return !rest.replace(/[\s\p{P}\d.vx+&]|\b(and|or)\b/giu, "");
}
