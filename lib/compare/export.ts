import { LAYER_NAMES } from "../content/layers";
import type { Cell, Line, Row } from "./align";
import type { CompareStack } from "./records";

/** The status words the page, the Markdown and the CSV all use. */
export function statusText(line: Line, stacks: CompareStack[]): string {
  if (line.status === "unique" && line.owner !== undefined)
    return `only ${stacks[line.owner]?.t ?? ""}`;
  return {
    shared: "same choice",
    "version-diff": "versions differ",
    different: "different choices",
    partly: "not in every stack",
    unique: "only one",
  }[line.status];
}

export function cellText(cell: Cell): string {
  return `${cell.name}${cell.version ? ` ${cell.version}` : ""}${cell.role === "primary" ? "" : ` (${cell.role})`}`;
}

function csvField(text: string): string {
  // A leading = + - @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The comparison as CSV: one line per stack's choice, one value per cell, the page's status words. */
export function toCsv(
  stacks: CompareStack[],
  rows: Row[],
  slotLabel: (id: string) => string,
): string {
  const lines = [
    ["layer", "slot", "stack", "technology", "version", "role", "purpose", "rationale", "status"],
  ];
  for (const row of rows) {
    for (const line of row.lines) {
      line.cells.forEach((cell, i) => {
        for (const c of cell) {
          lines.push([
            LAYER_NAMES[row.layer],
            slotLabel(line.slot),
            stacks[i].t,
            c.name,
            c.version ?? "",
            c.role,
            c.purpose ?? "",
            c.rationale ?? "",
            statusText(line, stacks),
          ]);
        }
      });
    }
  }
  return `${lines.map((l) => l.map(csvField).join(",")).join("\r\n")}\r\n`;
}
