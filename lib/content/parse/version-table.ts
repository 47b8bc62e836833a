// `| Expo SDK | React Native | Node.js |` over `| 52 | 0.76.x | 18+ |`: a table of versions, one
// column per technology, gives each its version; it weighs nothing.
import type { Extraction, Section } from "./context";
import type { Grid } from "./grid";
import { resolveName } from "./names";
import { toVersion } from "./text";

/** Reads a one-row table whose headers are known names and whose cells are versions. */
export function extractVersionTable(ex: Extraction, grid: Grid, section: Section): boolean {
  const techs = grid.headers.map((h) => resolveName(ex.registry, h.replace(/[*`]/g, "").trim()));
  const [row] = grid.rows;
  if (grid.rows.length !== 1 || techs.length < 2 || techs.some((t) => !t)) return false;
  const versions = row.cells.map((c) => (VERSION_CELL.test(c.trim()) ? toVersion(c) : undefined));
  if (versions.length < techs.length || versions.some((v) => !v)) return false;
  techs.forEach((tech, i) => {
    if (!tech) return;
    const atom = { name: tech.name, tech, raw: grid.headers[i], version: versions[i] };
    // A weak mention: the role the document states elsewhere wins; the version is kept.
    ex.add([atom], { section, line: row.line, role: ex.defaultRole(section), weak: true });
  });
  return true;
}

const VERSION_CELL = /^[~^>=<v]*\s*\d+(\.(\d+|x))*\+?$/i;
