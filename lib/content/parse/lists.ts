import type { List, ListItem, Paragraph } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import type { Extraction, Section } from "./context";
import { SERVICE } from "./headings";
import { extractItem, type Inherited } from "./item";
import { ATTRIBUTE, QUALITY } from "./item-words";
import { namedStack, splitLabel } from "./labels";
import { leadsWithProducts } from "./list-leads";
import { cleanLabel, wordsOf } from "./text";

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
    if (index === 0 && from.explains && from.explainsAs === "why" && isShortPoint(item, para))
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

/** A short bullet (four words at most, or twenty characters without spaces) that praises nothing and labels nothing. */
function isShortPoint(item: ListItem, para: Paragraph | undefined): boolean {
  const text = nodeText(item).trim();
  if (item.children.length !== 1 || !para || QUALITY.test(text)) return false;
  // `- Version: 0.115` under the name adds to it (a version, a reason); it does not say what it does.
  const label = splitLabel(para)?.label;
  if (label && ATTRIBUTE.test(cleanLabel(label))) return false;
  return /\s/.test(text) ? wordsOf(text).length <= 4 : [...text].length <= 20;
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
