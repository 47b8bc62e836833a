import type { Element, ElementContent, Root as HastRoot } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { PhrasingContent, Table } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import type { Extraction } from "./context";

/** A table as rows of cell texts, whether it was written in GFM pipes or in HTML. */
export interface Grid {
  line: number;
  headers: string[];
  rows: GridRow[];
}

export interface GridRow {
  cells: string[];
  line: number;
  /** Cells written only as code spans (`` `fflate` ``): what is in them is a name as written. */
  code?: boolean[];
}

export function gridFromTable(ex: Extraction, table: Table): Grid {
  const [head, ...rows] = table.children;
  return {
    line: ex.lineOf(table),
    headers: head ? head.children.map((c) => cellText(nodeText(c))) : [],
    rows: rows.map((r) => ({
      cells: r.children.map((c) => cellText(nodeText(c))),
      line: ex.lineOf(r),
      code: r.children.map((c) => isCodeOnly(c.children)),
    })),
  };
}

/** `` `clsx` + `tailwind-merge` ``, `` **`fflate`** ``: code spans with nothing but separators between them. */
function isCodeOnly(nodes: PhrasingContent[]): boolean {
  const flat = nodes.flatMap((n) =>
    n.type === "strong" || n.type === "emphasis" ? n.children : n,
  );
  const code = flat.filter((n) => n.type === "inlineCode");
  const rest = flat.filter((n) => n.type !== "inlineCode");
  return code.length > 0 && rest.every((n) => n.type === "text" && /^[\s+,/&|]*$/.test(n.value));
}

/** `<br>` and inline HTML left in a GFM cell are separators, not text. */
function cellText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ", ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function parseHtml(html: string): HastRoot {
  return fromHtml(html, { fragment: true });
}

/** The text a reader sees in an HTML cell: logos speak through their alt text, `<sub>` is set apart. */
export function htmlText(node: ElementContent | HastRoot): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element" && node.type !== "root") return "";
  if (node.type === "element") {
    if (node.tagName === "img")
      return ` ${String(node.properties.alt ?? node.properties.title ?? "")} `;
    // `Go<br>PostgreSQL`: a line break in a cell separates names, as it does in a GFM cell.
    if (node.tagName === "br") return ", ";
  }
  const inner = node.children.map((c) => htmlText(c as ElementContent)).join("");
  return node.type === "element" && /^(sub|sup|td|th|p|div|li)$/.test(node.tagName)
    ? ` ${inner} `
    : inner;
}

export function elementsOf(node: HastRoot | Element, tag: string): Element[] {
  const out: Element[] = [];
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === tag) out.push(child);
    else out.push(...elementsOf(child, tag));
  }
  return out;
}

/** Every `<table>` of an HTML block as a grid; the first row is the header when it holds `<th>`. */
export function gridsFromHtml(root: HastRoot, line: number): Grid[] {
  return elementsOf(root, "table").flatMap((table) => {
    const rows = elementsOf(table, "tr").map((tr) => ({
      cells: tr.children
        .filter((c): c is Element => c.type === "element" && /^t[dh]$/.test(c.tagName))
        .map(cellOf),
      th: tr.children.some((c) => c.type === "element" && c.tagName === "th"),
      line: line + (tr.position?.start.line ?? 1) - 1,
    }));
    if (!rows.length) return [];
    const [first, ...rest] = rows;
    return first.th ? [{ line, headers: first.cells, rows: rest }] : [{ line, headers: [], rows }];
  });
}

/** A cell's text; a logo's alt text repeated by the name beside it is said once. */
function cellOf(cell: Element): string {
  const text = htmlText(cell)
    .replace(/\s+/g, " ")
    .replace(/(\s*,)+\s*/g, ", ")
    .replace(/^[\s,]+|[\s,]+$/g, "");
  const twice = /^(.+?),? \1$/.exec(text);
  return twice ? twice[1] : text;
}
