import type { Element, Root as HastRoot } from "hast";
import type { Html } from "mdast";
import { toLayerId } from "../layers";
import { badgeAtom } from "./badges";
import type { Atom } from "./compound";
import { parseCompound } from "./compound";
import type { Extraction, Section } from "./context";
import { elementsOf, type Grid, gridsFromHtml, htmlText, parseHtml } from "./grid";
import { resolveName } from "./names";
import { headerRole } from "./table-headers";
import { extractGrid } from "./tables";
import { isNameLike, isVersionOnly, toVersion } from "./text";
import { extractVersionTable } from "./version-table";

/**
 * HTML in a Markdown document: `<table>` markup is read like a table; logo walls and StackShare
 * cells (`<img alt>`, a linked name, a `<sub>` version) give one technology per cell or logo.
 */
export function extractHtml(ex: Extraction, node: Html, section: Section): void {
  // Comments need no test here: the parsed HTML keeps them as comments, which name nothing.
  if (section.skip || section.nonStack) return;
  const root = parseHtml(node.value);
  const line = ex.lineOf(node);
  const grids = gridsFromHtml(root, line);
  for (const g of grids) versionRow(ex, g, section);
  const headed = grids.filter(
    (g) =>
      g.headers.some((h) => headerRole(h)) ||
      isKeyValue(g) ||
      g.rows.some((r) => r.cells.length > 1 && !isLogoRow(r.cells)),
  );
  for (const grid of headed) extractGrid(ex, isKeyValue(grid) ? asPiped(grid) : grid, section);
  if (headed.length) return;
  const cells = elementsOf(root, "td");
  const atoms = cells.length
    ? cells.flatMap((td) => cellAtom(ex, td, section) ?? [])
    : logoAtoms(ex, root, section);
  ex.add(atoms, { section, line, role: ex.defaultRole(section) });
}

/** A row of logos over a row of versions (`Version | 13.4.9 | 18.2.0`): each logo's version. */
function versionRow(ex: Extraction, grid: Grid, section: Section): void {
  const [names, versions, ...rest] = grid.rows;
  if (grid.headers.length || !versions || rest.length) return;
  extractVersionTable(ex, { ...grid, headers: names.cells, rows: [versions] }, section);
}

/** `<tr><td>Database</td><td>MongoDB</td></tr>…`: rows led by a layer, a table without a header. */
function isKeyValue(grid: Grid): boolean {
  const keyed = (cells: string[]) => cells.length > 1 && toLayerId(cells[0]) !== undefined;
  return !grid.headers.length && grid.rows.length > 0 && grid.rows.every((r) => keyed(r.cells));
}

/** The grid as a Markdown table has it: its first row in the header, where a name marks it data. */
function asPiped(grid: Grid): Grid {
  const [first, ...rest] = grid.rows;
  return { ...grid, headers: first.cells, rows: rest };
}

function isLogoRow(cells: string[]): boolean {
  return cells.every((c) => c.split(/\s+/).length <= 4);
}

/** One StackShare-style cell: a logo, the name (often linked) and a version in `<sub>`. */
function cellAtom(ex: Extraction, td: Element, section: Section): Atom | undefined {
  const subs = elementsOf(td, "sub")
    .map((s) => htmlText(s).trim())
    .filter(Boolean);
  const links = elementsOf(td, "a")
    .map((a) => htmlText(a).trim())
    .filter(Boolean);
  const alts = elementsOf(td, "img")
    .map((i) => String(i.properties.alt ?? "").trim())
    .filter(Boolean);
  const version = subs
    .map((s) => toVersion(s))
    .find((v) => v && isVersionOnly(v.replace(/^v/i, "")));
  // `<td>MongoDB</td>`: a cell with nothing set apart names its technology in its text.
  const text = htmlText(td).replace(/\s+/g, " ").trim();
  const names = [...links, ...subs.filter((s) => !toVersion(s)), ...alts, text];
  const atom = nameAtom(ex, names, section);
  return atom ? { ...atom, version: atom.version ?? version } : undefined;
}

/** Logo walls outside tables: every image's alt text (or the badge it is). */
function logoAtoms(ex: Extraction, root: HastRoot, section: Section): Atom[] {
  return elementsOf(root, "img").flatMap((img) => {
    const src = String(img.properties.src ?? "");
    const alt = String(img.properties.alt ?? img.properties.title ?? "").trim();
    return badgeAtom(ex, src, alt) ?? nameAtom(ex, [alt], section) ?? [];
  });
}

/** The first of the names that the registry knows, or, where a technology is expected, one that looks like a name. */
function nameAtom(ex: Extraction, names: string[], section: Section): Atom | undefined {
  for (const n of names) {
    const tech = resolveName(ex.registry, n);
    if (tech) return { name: tech.name, tech, raw: n };
  }
  const position = Boolean(section.layer || section.stackProse);
  const name = names.find(
    (n) =>
      isNameLike(n) && !/\b(logo|icon|banner|badge|screenshot|image|picture|preview)\b/i.test(n),
  );
  if (!position || !name) return undefined;
  return parseCompound(name, { registry: ex.registry, allowUnknown: true, scanProse: false })[0];
}
