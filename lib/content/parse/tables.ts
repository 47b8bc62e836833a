import type { Table } from "mdast";
import { toLayerId } from "../layers";
import type { Role } from "../schema";
import { type Atom, parseCompound } from "./compound";
import type { Extraction, Section } from "./context";
import { type Grid, type GridRow, gridFromTable } from "./grid";
import { extractMatrix, matrixOptions } from "./matrix";
import { resolveName, SCOPED_PACKAGE, splitTop } from "./names";
import { isRatingTable } from "./rating-table";
import { cellRole } from "./roles";
import { extractServiceTable } from "./service-table";
import { type ColumnRole, headerRole, PRIMARY_HEADER, withVerdictColumns } from "./table-headers";
import {
  ALTERNATIVES,
  cleanLabel,
  DONE,
  isNarrowLabel,
  isPlaceholder,
  PLANNED,
  placeholderExamples,
  toVersion,
} from "./text";
import { extractVersionTable } from "./version-table";

/** Where each kind of column sits; -1 when the table has none. */
interface Columns {
  choice: number;
  layer: number;
  alternatives: number;
  /** `| Today | Next |`: the column of what comes next. */
  planned: number;
  version: number;
  purpose: number;
  rationale: number;
  status: number;
  /** The role the choice column's header implies ("Recommended", "Options"). */
  role?: Role;
  /** The other columns rate the rows ("High", "⭐⭐"): the rows are options weighed together. */
  rated?: string;
}

export function extractTable(ex: Extraction, table: Table, section: Section): void {
  extractGrid(ex, gridFromTable(ex, table), section);
}

export function extractGrid(ex: Extraction, written: Grid, section: Section): void {
  const grid = transposed(written) ?? written;
  const empty = !grid.rows.length && !grid.headers.length;
  if (section.skip || section.whyFor || section.notes || empty) return;
  if (extractVersionTable(ex, written, section)) return;
  const options = matrixOptions(ex, grid);
  if (options) {
    extractMatrix(ex, grid, options, section);
    return;
  }
  if (extractServiceTable(ex, grid, section)) return;
  const roles = withVerdictColumns(
    grid.headers.map(headerRole),
    grid.rows.map((r) => r.cells),
  );
  const cols = toColumns(ex, grid, roles);
  if (!hasChoices(ex, grid, cols)) return;
  if (cols.role === undefined && isRatingTable(grid, cols.choice, roles))
    cols.rated = `rating:${grid.line}`;
  // A table whose first row names technologies has no header: that row is data.
  const headless =
    roles.every((r) => r === undefined) &&
    resolveName(ex.registry, grid.headers[cols.choice] ?? "");
  const rows = headless ? [{ cells: grid.headers, line: grid.line }, ...grid.rows] : grid.rows;
  let carried = "";
  for (const row of rows) carried = extractRow(ex, row, cols, section, carried);
}

/** The table has a column of technologies; a note says why its cells are only descriptions if not. */
function hasChoices(ex: Extraction, grid: Grid, cols: Columns): boolean {
  if (cols.choice < 0) {
    const names = grid.headers.map((h) => cleanLabel(h)).join(" | ");
    const message = `table (${names}) has no technology column; its cells are read as descriptions`;
    ex.diag(grid.line, "table-without-technologies", message);
    return false;
  }
  if (
    namesTechnologies(
      ex,
      grid.rows.map((r) => r.cells[cols.choice] ?? ""),
    )
  )
    return true;
  const header = cleanLabel(grid.headers[cols.choice] ?? "");
  const message = `the "${header}" column names no technology or package; its cells are read as descriptions`;
  ex.diag(grid.line, "table-without-technologies", message);
  return false;
}

function toColumns(ex: Extraction, grid: Grid, roles: Array<ColumnRole | undefined>): Columns {
  const col = (r: ColumnRole) => roles.indexOf(r);
  let choice = col("choice");
  let alternatives = col("alternatives");
  const header = (i: number) => cleanLabel(grid.headers[i] ?? "");
  let optionsColumn = choice >= 0 && /^options?$/i.test(header(choice));
  if (choice < 0 && alternatives >= 0 && /^options?$/i.test(header(alternatives))) {
    [choice, alternatives, optionsColumn] = [alternatives, -1, true];
  }
  if (choice < 0) choice = guessedChoice(ex, grid, roles);
  const layer = col("layer") >= 0 ? col("layer") : choice > 0 && roles[0] === undefined ? 0 : -1;
  const role = choice < 0 ? undefined : columnRole(grid, header(choice), optionsColumn);
  return {
    choice,
    layer,
    alternatives,
    planned: col("planned"),
    role,
    version: col("version"),
    purpose: col("purpose"),
    rationale: col("rationale"),
    status: col("status"),
  };
}

/** No header says "technology": the column whose cells name technologies is the choice. */
function guessedChoice(ex: Extraction, grid: Grid, roles: Array<ColumnRole | undefined>): number {
  // With no header word recognised, the first row may itself be data.
  const headless = roles.every((r) => r === undefined);
  const sample = [
    ...(headless || !grid.rows.length ? [grid.headers] : []),
    ...grid.rows.map((r) => r.cells),
  ];
  const guessed = guessChoiceColumn(ex, sample, roles);
  if (guessed >= 0 || !roles.includes("layer")) return guessed;
  // `| Layer | What |` over `Next.js 15 · React 18`: beside a layer column, a column of short cells
  // that mostly name technologies holds the choices, whatever its header says.
  const cells = (i: number) => sample.map((row) => row[i] ?? "");
  return roles.findIndex((r, i) => r === "purpose" && mostlyNames(ex, cells(i)));
}

/** The role a table gives its choices: a "Why not" column passes them over; "Chosen" chooses them. */
function columnRole(grid: Grid, choiceHeader: string, optionsColumn: boolean): Role | undefined {
  // A "Why not" column explains why each row was passed over.
  const rejected = grid.headers.some((h) =>
    /^why not$|^(reason )?(rejected|not chosen)$/i.test(cleanLabel(h)),
  );
  if (rejected) return "alternative";
  if (PRIMARY_HEADER.test(choiceHeader)) return "primary";
  return optionsColumn ? "option" : undefined;
}

/** Reads one row; returns the layer text a blank layer cell in the next row carries on. */
function extractRow(
  ex: Extraction,
  row: GridRow,
  cols: Columns,
  section: Section,
  carried: string,
): string {
  const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? "").trim() : "");
  const layerText = cleanLabel(cell(cols.layer)) || (cols.layer >= 0 ? carried : "");
  const written = cell(cols.choice);
  const choiceText = isPlaceholder(written) ? (placeholderExamples(written) ?? "") : written;
  if (!choiceText || /^[-–—?]+$|^(tbd|n\/a|none)$/i.test(choiceText)) return layerText;
  const labelLayer = toLayerId(layerText) ?? toLayerId(cell(cols.purpose));
  const statusRole = cellRole(cell(cols.status));
  // `| Playwright | E2E tests (if needed later) |`: an aside in the row's purpose plans the choice.
  const asides = [...`${cell(cols.purpose)} ${cell(cols.rationale)}`.matchAll(/\(([^()]+)\)/g)];
  const later = asides.some((m) => PLANNED.test(m[1]) && !DONE.test(m[1]));
  const base: Role =
    PLANNED.test(layerText) || (later && !statusRole && cols.role === undefined)
      ? "planned"
      : ALTERNATIVES.test(layerText)
        ? "alternative"
        : (statusRole ?? cols.role ?? (cols.rated ? "option" : ex.defaultRole(section)));
  const set = row.code?.[cols.choice] ? `\`${choiceText}\`` : choiceText;
  const atoms = cellNames(ex, set, true);
  const versionNote = applyVersions(atoms, cell(cols.version), cols.version >= 0);
  const altAtoms = cols.alternatives >= 0 ? cellNames(ex, cell(cols.alternatives), false) : [];
  const labelText = labelLayer ? layerText || undefined : undefined;
  const where = { section, line: row.line, labelLayer, labelText };
  const purpose = [cell(cols.purpose) || jobOf(layerText, atoms.length), versionNote];
  const drafts = ex.add(atoms, {
    ...where,
    role: base,
    explicit: cols.role !== undefined || statusRole !== undefined,
    contested: cols.rated,
    purpose: purpose.filter(Boolean).join(" — ") || undefined,
    rationale: cell(cols.rationale) || undefined,
    alternatives: altAtoms.map((a) => a.name),
  });
  const as = (role: Role) => (a: Atom) => ({ ...a, role });
  ex.add(altAtoms.map(as("alternative")), { ...where, role: "alternative" });
  // `| PayPal | via @paypal/react-paypal-js |`: a scoped package in the notes is used too.
  const said = `${cell(cols.purpose)} ${cell(cols.rationale)}`;
  const scoped = [...said.matchAll(SCOPED_PACKAGE)].map((m) => ({ name: m[0], raw: m[0] }));
  ex.add(
    scoped.filter((p) => !atoms.some((a) => a.name === p.name)),
    { ...where, role: base },
  );
  const next = cols.planned >= 0 ? cellNames(ex, cell(cols.planned), true) : [];
  const plannedFor = cell(cols.purpose) || undefined;
  ex.add(next.map(as("planned")), { ...where, role: "planned", purpose: plannedFor });
  if (!drafts.length) {
    const message = `no technology recognised in table cell "${choiceText.slice(0, 80)}"`;
    ex.diag(row.line, "unrecognised-item", message);
  }
  return layerText;
}

/** The names in a cell, unknown ones too; `position` where the column holds technologies. */
function cellNames(ex: Extraction, text: string, position: boolean): Atom[] {
  const opts = { registry: ex.registry, allowUnknown: true, scanProse: true };
  return parseCompound(text, position ? { ...opts, position } : opts);
}

/**
 * Gives the row's names their versions; `Redis + Bull | 7.x / 4.x` is one version per name, in
 * order. Returns what a version cell says that is not a version ("built in Node"), if anything.
 */
function applyVersions(atoms: Atom[], versionCell: string, hasColumn: boolean): string | undefined {
  const version = toVersion(versionCell);
  const versions = versionCell.split(/\s*(?:\/|,|;)\s*/).map((v) => toVersion(v));
  const paired = atoms.length > 1 && versions.length === atoms.length && versions.every(Boolean);
  atoms.forEach((a, i) => {
    if (paired) a.version = versions[i];
    else if (version && (atoms.length === 1 || !a.version)) a.version = version;
  });
  const vague = /^(latest|built-?in|-+|n\/a|)$/i.test(versionCell);
  return hasColumn && !version && !vague ? versionCell : undefined;
}

/**
 * `| Tool | Event |` over `Invoicing`, `Payments`, `Brokerage`: a column headed like technologies whose
 * cells name none the registry knows, and nothing shaped like a package, lists something else.
 */
function namesTechnologies(ex: Extraction, cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c && !/^[-–—?]+$/.test(c));
  if (filled.length < 3) return true;
  const known = filled.some((c) =>
    parseCompound(c, { registry: ex.registry, allowUnknown: false, scanProse: false }).some(
      (a) => a.tech,
    ),
  );
  const packaged = filled.some((c) =>
    /`|[-_@/.\d]|\p{Ll}\p{Lu}|^\p{Ll}/u.test(c.replace(/\s\/\s/g, " ")),
  );
  return known || packaged;
}

function mostlyNames(ex: Extraction, cells: string[]): boolean {
  const filled = cells.filter((c) => c.trim());
  const named = filled.filter(
    (c) =>
      c.length <= 120 &&
      parseCompound(c, { registry: ex.registry, allowUnknown: false, scanProse: true }).some(
        (a) => a.tech,
      ),
  );
  return filled.length > 0 && named.length / filled.length >= 0.6;
}

/** With no recognisable header, a column whose cells are mostly known technologies is the choice column. */
function guessChoiceColumn(
  ex: Extraction,
  rows: string[][],
  roles: Array<ColumnRole | undefined>,
): number {
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (roles[c] && roles[c] !== "layer") continue;
    const cells = rows.map((r) => r[c] ?? "").filter(Boolean);
    if (!cells.length) continue;
    const parts = (cell: string) => splitTop(cell, /^\s*(?:,|\/|\s\+\s)\s*/);
    const known = cells.filter((cell) =>
      parts(cell).every((p) => resolveName(ex.registry, p.replace(/[*`]/g, ""))),
    );
    if (known.length / cells.length >= 0.5) return c;
  }
  return -1;
}

/** `| 状态管理 | Pinia |`: a category that names one job, not a layer, says what its names do. */
function jobOf(category: string, names: number): string | undefined {
  if (!category || names > 2) return undefined;
  return isNarrowLabel(category) && !PLANNED.test(category) && !ALTERNATIVES.test(category)
    ? category
    : undefined;
}

/**
 * `| Tech | Next.js | React |` over `| Version | 13.4 | 18.2 |`: one technology per column and one
 * attribute per row. Read as the usual table, one technology per row.
 */
function transposed(grid: Grid): Grid | undefined {
  const [first, ...names] = grid.headers;
  // `| | Deno | Hono |` or `| Tool | Deno | Hono |`: an empty corner is as good as "Tool".
  const corner = cleanLabel(first ?? "");
  if (names.length < 2 || (corner && headerRole(corner) !== "choice")) return undefined;
  if (names.some((h) => headerRole(h))) return undefined;
  const labels = grid.rows.map((r) => r.cells[0] ?? "");
  if (!labels.length || !labels.every((l) => headerRole(l) && headerRole(l) !== "choice"))
    return undefined;
  return {
    line: grid.line,
    headers: [first, ...labels],
    rows: names.map((name, i) => ({
      cells: [name, ...grid.rows.map((r) => r.cells[i + 1] ?? "")],
      line: grid.line,
    })),
  };
}
