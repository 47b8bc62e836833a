import type { Diagnostic } from "../schema";
import { splitGlued } from "./glue";
import { fixMojibake } from "./mojibake";

export interface Repaired {
  /** The repaired text, ready for the Markdown parser. */
  text: string;
  /** For each repaired line (0-based), the 1-based line of the original file. */
  lineMap: number[];
  /** One `info` per repair, naming the original line. */
  diagnostics: Diagnostic[];
  /** True when the document looks like two documents merged line by line. */
  merged: boolean;
}

const FENCE = /^\s*(```|~~~)/;
const MAX_NESTING = 64;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const DELIMITER_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cellCount(row: string): number {
  return row
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/).length;
}

type Line = { text: string; from: number };

/**
 * In a merged document the rows of two tables alternate, with blank lines and the other
 * document's lines between them. Gathers each table's rows (same column count, close by)
 * back under its header, where the table started; other lines keep their order.
 */
function regroupTables(lines: Line[], isCode: boolean[]): { lines: Line[]; moved: number } {
  const MAX_GAP = 6;
  const owner = new Array<number>(lines.length).fill(-1);
  const tables: Array<{ start: number; cols: number; last: number; rows: number[] }> = [];
  const open = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (isCode[i] || !TABLE_ROW.test(text)) continue;
    const cols = cellCount(text);
    const current = open.get(cols);
    const table = current === undefined ? undefined : tables[current];
    const isHeader = !DELIMITER_ROW.test(text) && nextRowIsDelimiter(lines, isCode, i, cols);
    if (table && !isHeader && i - table.last <= MAX_GAP * 2) {
      table.rows.push(i);
      table.last = i;
      owner[i] = current as number;
    } else {
      tables.push({ start: i, cols, last: i, rows: [i] });
      open.set(cols, tables.length - 1);
      owner[i] = tables.length - 1;
    }
  }
  let moved = 0;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = owner[i];
    if (t === -1) {
      // Blank lines inside a table's span would cut it in two.
      if (!lines[i].text.trim() && insideSpan(tables, i)) continue;
      out.push(lines[i]);
      continue;
    }
    const table = tables[t];
    if (table.start !== i) continue;
    if (out.length && out[out.length - 1].text.trim()) out.push({ text: "", from: lines[i].from });
    for (const r of table.rows) {
      if (r !== table.rows[0] && r !== table.rows[table.rows.indexOf(r) - 1] + 1) moved++;
      out.push(lines[r]);
    }
    out.push({ text: "", from: lines[table.last].from });
  }
  return { lines: out, moved };
}

function nextRowIsDelimiter(lines: Line[], isCode: boolean[], i: number, cols: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
    const t = lines[j].text;
    if (isCode[j] || !TABLE_ROW.test(t)) continue;
    if (DELIMITER_ROW.test(t) && cellCount(t) === cols) return true;
  }
  return false;
}

function insideSpan(tables: Array<{ start: number; last: number }>, i: number): boolean {
  return tables.some((t) => t.start < i && i < t.last);
}

/** Normalises line endings, restores mojibake and splits merged lines, reporting each repair. */
export function repairText(input: string, file: string): Repaired {
  const diagnostics: Diagnostic[] = [];
  const info = (line: number, code: string, message: string) =>
    diagnostics.push({ file, line, col: 1, severity: "info", code, message });
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    info(1, "repair-bom", "removed a byte-order mark");
  }
  if (/\r\n?/.test(text)) {
    text = text.replace(/\r\n?/g, "\n");
    info(1, "repair-line-endings", "converted CRLF/CR line endings to LF");
  }
  const raw = text.split("\n");
  let lines: Line[] = raw.map((t, i) => ({ text: t, from: i + 1 }));

  // Markdown parsers slow down sharply with nesting thousands deep: cap it, and say so.
  let clamped = 0;
  for (const line of lines) {
    const m = /^((?:[ \t]|[-*+>] |\d{1,9}[.)] )+)/.exec(line.text);
    if (!m || m[1].length <= MAX_NESTING) continue;
    const markers = m[1].match(/[-*+>] |\d{1,9}[.)] /g) ?? [];
    const indent = Math.min(MAX_NESTING, m[1].replace(/[^ \t]/g, "").length);
    line.text =
      " ".repeat(indent % 2 ? indent - 1 : indent) +
      markers.slice(-4).join("") +
      line.text.slice(m[1].length);
    if (clamped++ === 0)
      diagnostics.push({
        file,
        line: line.from,
        col: 1,
        severity: "warning",
        code: "nesting-too-deep",
        message: `lists or quotes are nested deeper than ${MAX_NESTING} columns; the nesting was flattened`,
      });
  }

  let mojibakeLines = 0;
  for (const line of lines) {
    const fixed = fixMojibake(line.text);
    if (fixed !== undefined) {
      line.text = fixed;
      if (mojibakeLines++ < 20)
        info(
          line.from,
          "repair-mojibake",
          "restored UTF-8 text that had been decoded as Windows-1252",
        );
    }
  }
  if (mojibakeLines > 20)
    info(1, "repair-mojibake", `restored mojibake on ${mojibakeLines} lines in all`);

  const codeMask = (ls: Line[]) => {
    let inFence = false;
    return ls.map((l) => {
      if (FENCE.test(l.text)) {
        inFence = !inFence;
        return true;
      }
      return inFence;
    });
  };

  const splitPass = (weak: boolean) => {
    const mask = codeMask(lines);
    const out: Line[] = [];
    let count = 0;
    lines.forEach((line, i) => {
      const split = mask[i] ? undefined : splitGlued(line.text, weak);
      if (!split) {
        out.push(line);
        return;
      }
      count++;
      if (count <= 30) info(line.from, "repair-merged-line", `split a merged line (${split.rule})`);
      for (const part of split.parts) {
        // A rule right under a text line would turn that line into a heading.
        if (/^\s*-{3,}\s*$/.test(part)) out.push({ text: "", from: line.from });
        out.push({ text: part, from: line.from });
      }
    });
    return { out, count };
  };

  // A delimiter row with more or fewer cells than its header stops GFM from seeing a table.
  const mask = codeMask(lines);
  lines.forEach((line, i) => {
    const head = lines[i - 1];
    if (
      !head ||
      mask[i] ||
      !DELIMITER_ROW.test(line.text) ||
      !TABLE_ROW.test(head.text) ||
      DELIMITER_ROW.test(head.text)
    )
      return;
    const cols = cellCount(head.text);
    if (cellCount(line.text) === cols) return;
    line.text = `|${" --- |".repeat(cols)}`;
    info(
      line.from,
      "repair-table-delimiter",
      `the table's delimiter row did not match its ${cols} header cells; it was rebuilt`,
    );
  });

  const strong = splitPass(false);
  const merged = strong.count >= 2;
  let repairs = strong.count;
  if (merged) {
    const full = splitPass(true);
    lines = full.out;
    repairs = full.count;
    const regrouped = regroupTables(lines, codeMask(lines));
    lines = regrouped.lines;
    if (regrouped.moved)
      info(
        1,
        "repair-table-rows",
        `gathered ${regrouped.moved} interleaved table rows back into their tables`,
      );
  } else lines = strong.out;
  if (repairs > 30) info(1, "repair-merged-line", `split ${repairs} merged lines in all`);

  return {
    text: lines.map((l) => l.text).join("\n"),
    lineMap: lines.map((l) => l.from),
    diagnostics,
    merged,
  };
}
