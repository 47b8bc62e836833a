// `| Expo SDK | React Native | Node.js |` over `| 52 | 0.76.x | 18+ |`: a table of versions, one
// column per technology, gives each its version; it weighs nothing.
import type { Extraction, Section } from "./context";
import type { Grid } from "./grid";
import { VERSION_LABEL } from "./item-words";
import { resolveName } from "./names";
import { toVersion } from "./text";

/** Reads a one-row table whose headers are known names and whose cells are versions. */
export function extractVersionTable(ex: Extraction, grid: Grid, section: Section): boolean {
  const [row] = grid.rows;
  if (grid.rows.length !== 1) return false;
  // `| Tech | Next.js | React |` over `| Version | 13.4 | 18.2 |`: a first column that labels the rows.
  const from = VERSION_LABEL.test(clean(row.cells[0] ?? "")) ? 1 : 0;
  const headers = grid.headers.slice(from);
  const techs = headers.map((h) => resolveName(ex.registry, clean(h)));
  if (techs.length < 2 || techs.some((t) => !t)) return false;
  const versions = row.cells
    .slice(from)
    .map((c) => (VERSION_CELL.test(c.trim()) ? toVersion(c) : undefined));
  if (versions.length < techs.length || versions.some((v) => !v)) return false;
  techs.forEach((tech, i) => {
    if (!tech) return;
    const atom = { name: tech.name, tech, raw: headers[i], version: versions[i] };
    // A weak mention: the role the document states elsewhere wins; the version is kept.
    ex.add([atom], { section, line: row.line, role: ex.defaultRole(section), weak: true });
  });
  return true;
}

const clean = (cell: string) => cell.replace(/[*`]/g, "").trim();
const VERSION_CELL = /^[~^>=<v]*\s*\d+(\.(\d+|x))*\+?$/i;
