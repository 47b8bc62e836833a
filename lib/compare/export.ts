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

function mdEscape(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Why each stack chose what it did in this slot, for the lines under the table. */
function reasons(line: Line, stacks: CompareStack[], slotLabel: (id: string) => string): string[] {
  return line.cells.flatMap((cell, i) =>
    cell
      .filter((c) => c.rationale || c.purpose)
      .map(
        (c) =>
          `- **${mdEscape(stacks[i].t)}**, ${mdEscape(slotLabel(line.slot))}: ${mdEscape(c.name)} — ${mdEscape(c.rationale ?? c.purpose ?? "")}`,
      ),
  );
}

/** The comparison as Markdown: a title, links back to each stack, the table, and each choice's reasons. */
export function toMarkdown(
  stacks: CompareStack[],
  rows: Row[],
  slotLabel: (id: string) => string,
  origin = "",
): string {
  const title = `# ${stacks.map((s) => s.t).join(" vs ")}`;
  const links = stacks.map((s) => `- [${mdEscape(s.t)}](${origin}/stacks/${s.s})`);
  const header = ["Layer", "Slot", ...stacks.map((s) => s.t), "Status"];
  const table = [
    `| ${header.map(mdEscape).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
  ];
  for (const row of rows) {
    row.lines.forEach((line, i) => {
      const cells = line.cells.map((cell) => (cell.length ? cell.map(cellText).join(", ") : "—"));
      table.push(
        `| ${[i === 0 ? LAYER_NAMES[row.layer] : "", slotLabel(line.slot), ...cells, statusText(line, stacks)].map(mdEscape).join(" | ")} |`,
      );
    });
  }
  const why = rows.flatMap((r) => r.lines.flatMap((l) => reasons(l, stacks, slotLabel)));
  return [
    title,
    "",
    ...links,
    "",
    ...table,
    ...(why.length ? ["", "## Why", "", ...why] : []),
    "",
  ].join("\n");
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
