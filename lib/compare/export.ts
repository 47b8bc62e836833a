import { LAYER_NAMES } from "../content/layers";
import type { Cell, Line, Row } from "./align";
import type { CompareStack } from "./records";

const STATUS_TEXT: Record<Line["status"], string> = {
  shared: "shared",
  "partly-shared": "shared by some",
  unique: "unique",
  "version-diff": "version differs",
};

export function cellText(cell: Cell | null): string {
  if (!cell) return "";
  return `${cell.name}${cell.version ? ` ${cell.version}` : ""}${cell.role === "primary" ? "" : ` (${cell.role})`}`;
}

function mdEscape(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** The comparison as a Markdown table, to paste into a design doc or an issue. */
export function toMarkdown(stacks: CompareStack[], rows: Row[]): string {
  const header = ["Layer", ...stacks.map((s) => s.t), "Status"];
  const out = [`| ${header.map(mdEscape).join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of rows) {
    row.lines.forEach((line, i) => {
      const cells = [i === 0 ? LAYER_NAMES[row.layer] : "", ...line.cells.map((c) => cellText(c) || "—"), STATUS_TEXT[line.status]];
      out.push(`| ${cells.map(mdEscape).join(" | ")} |`);
    });
  }
  return `${out.join("\n")}\n`;
}

function csvField(text: string): string {
  // A leading = + - @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The comparison as CSV: one line per technology, a column per stack. */
export function toCsv(stacks: CompareStack[], rows: Row[]): string {
  const lines = [["layer", "technology", ...stacks.map((s) => s.t), "status"]];
  for (const row of rows) {
    for (const line of row.lines) lines.push([row.layer, line.name, ...line.cells.map(cellText), line.status]);
  }
  return `${lines.map((l) => l.map(csvField).join(",")).join("\r\n")}\r\n`;
}
