// The comparison as a Markdown document, for the download button (loaded only when pressed).
import { markdownTable } from "markdown-table";
import { LAYER_NAMES } from "../content/layers";
import type { Line, Row } from "./align";
import { cellText, statusText } from "./export";
import type { CompareStack } from "./records";

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
  const body = rows.flatMap((row) =>
    row.lines.map((line, i) => {
      const cells = line.cells.map((cell) => (cell.length ? cell.map(cellText).join(", ") : "—"));
      const layer = i === 0 ? LAYER_NAMES[row.layer] : "";
      return [layer, slotLabel(line.slot), ...cells, statusText(line, stacks)];
    }),
  );
  // markdown-table lays the rows out; the cells are escaped here, which it leaves to its caller.
  const table = markdownTable(
    [header, ...body].map((r) => r.map(mdEscape)),
    {
      alignDelimiters: false,
    },
  ).split("\n");
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
