import { type Diagnostic, type DiagnosticCode, diagnostic } from "../diagnostics";
import { splitGlued } from "./glue";
import { fixMojibake } from "./mojibake";
import { cellCount, DELIMITER_ROW, type Line, regroupTables, TABLE_ROW } from "./regroup";

export interface Repaired {
  /** The repaired text, ready for the Markdown parser. */
  text: string;
  /** For each repaired line (0-based), the 1-based line of the original file. */
  lineMap: number[];
  /** One diagnostic per repair, naming the original line. */
  diagnostics: Diagnostic[];
  /** True when the document looks like two documents merged line by line. */
  merged: boolean;
}

/** What the passes say about the repairs they made, and what they found out. */
export class RepairReport {
  readonly diagnostics: Diagnostic[] = [];
  merged = false;
  constructor(readonly file: string) {}
  note(line: number, code: DiagnosticCode, message: string): void {
    this.diagnostics.push(diagnostic(this.file, line, code, message));
  }
}

/** One repair: takes the lines, returns them repaired, and reports what it changed. */
export type RepairPass = (lines: Line[], report: RepairReport) => Line[];

const FENCE = /^\s*(```|~~~)/;
const MAX_NESTING = 64;

function stripBom(lines: Line[], report: RepairReport): Line[] {
  const [first, ...rest] = lines;
  if (first.text.charCodeAt(0) !== 0xfeff) return lines;
  report.note(1, "repair-bom", "removed a byte-order mark");
  return [{ ...first, text: first.text.slice(1) }, ...rest];
}

function normaliseLineEndings(lines: Line[], report: RepairReport): Line[] {
  if (!lines.some((l) => l.text.includes("\r"))) return lines;
  report.note(1, "repair-line-endings", "converted CRLF/CR line endings to LF");
  const text = lines.map((l) => l.text).join("\n");
  return toLines(text.replace(/\r\n?/g, "\n"));
}

/** Markdown parsers slow down sharply with nesting thousands deep: cap it, and say so. */
function capNesting(lines: Line[], report: RepairReport): Line[] {
  let clamped = 0;
  return lines.map((line) => {
    const m = /^((?:[ \t]|[-*+>] |\d{1,9}[.)] )+)/.exec(line.text);
    if (!m || m[1].length <= MAX_NESTING) return line;
    const markers = m[1].match(/[-*+>] |\d{1,9}[.)] /g) ?? [];
    const indent = Math.min(MAX_NESTING, m[1].replace(/[^ \t]/g, "").length);
    const text =
      " ".repeat(indent % 2 ? indent - 1 : indent) +
      markers.slice(-4).join("") +
      line.text.slice(m[1].length);
    if (clamped++ === 0)
      report.note(
        line.from,
        "nesting-too-deep",
        `lists or quotes are nested deeper than ${MAX_NESTING} columns; the nesting was flattened`,
      );
    return { ...line, text };
  });
}

function restoreMojibake(lines: Line[], report: RepairReport): Line[] {
  let count = 0;
  const out = lines.map((line) => {
    const fixed = fixMojibake(line.text);
    if (fixed === undefined) return line;
    if (count++ < 20)
      report.note(
        line.from,
        "repair-mojibake",
        "restored UTF-8 text that had been decoded as Windows-1252",
      );
    return { ...line, text: fixed };
  });
  if (count > 20) report.note(1, "repair-mojibake", `restored mojibake on ${count} lines in all`);
  return out;
}

/** A delimiter row with more or fewer cells than its header stops GFM from seeing a table. */
function rebuildDelimiters(lines: Line[], report: RepairReport): Line[] {
  const mask = codeMask(lines);
  return lines.map((line, i) => {
    const head = lines[i - 1];
    if (!head || mask[i] || !DELIMITER_ROW.test(line.text)) return line;
    if (!TABLE_ROW.test(head.text) || DELIMITER_ROW.test(head.text)) return line;
    const cols = cellCount(head.text);
    if (cellCount(line.text) === cols) return line;
    report.note(
      line.from,
      "repair-table-delimiter",
      `the table's delimiter row did not match its ${cols} header cells; it was rebuilt`,
    );
    return { ...line, text: `|${" --- |".repeat(cols)}` };
  });
}

/** Two strong splits show a merged document; only then do the weak rules run, and tables regroup. */
function splitMergedLines(lines: Line[], report: RepairReport): Line[] {
  // The strong pass reports only if it is the last: the full pass splits those lines again.
  const trial = new RepairReport(report.file);
  const strong = splitGluedLines(lines, false, trial);
  report.merged = strong.count >= 2;
  let out = strong.out;
  let count = strong.count;
  if (!report.merged) report.diagnostics.push(...trial.diagnostics);
  else {
    const full = splitGluedLines(lines, true, report);
    count = full.count;
    const regrouped = regroupTables(full.out, codeMask(full.out));
    out = regrouped.lines;
    if (regrouped.moved)
      report.note(
        1,
        "repair-table-rows",
        `gathered ${regrouped.moved} interleaved table rows back into their tables`,
      );
  }
  if (count > 30) report.note(1, "repair-merged-line", `split ${count} merged lines in all`);
  return out;
}

function splitGluedLines(lines: Line[], weak: boolean, report: RepairReport) {
  const mask = codeMask(lines);
  const out: Line[] = [];
  let count = 0;
  lines.forEach((line, i) => {
    const split = mask[i] ? undefined : splitGlued(line.text, weak);
    if (!split) {
      out.push(line);
      return;
    }
    if (++count <= 30)
      report.note(line.from, "repair-merged-line", `split a merged line (${split.rule})`);
    for (const part of split.parts) {
      // A rule right under a text line would turn that line into a heading.
      if (/^\s*-{3,}\s*$/.test(part)) out.push({ text: "", from: line.from });
      out.push({ text: part, from: line.from });
    }
  });
  return { out, count };
}

function codeMask(lines: Line[]): boolean[] {
  let inFence = false;
  return lines.map((l) => {
    if (FENCE.test(l.text)) {
      inFence = !inFence;
      return true;
    }
    return inFence;
  });
}

function toLines(text: string): Line[] {
  return text.split("\n").map((t, i) => ({ text: t, from: i + 1 }));
}

/** The repairs, in the order they run: each one relies on the ones before it. */
export const REPAIR_PASSES: readonly RepairPass[] = [
  stripBom,
  normaliseLineEndings,
  capNesting,
  restoreMojibake,
  rebuildDelimiters,
  splitMergedLines,
];

/** Normalises line endings, restores mojibake and splits merged lines, reporting each repair. */
export function repairText(input: string, file: string): Repaired {
  const report = new RepairReport(file);
  const lines = REPAIR_PASSES.reduce((ls, pass) => pass(ls, report), toLines(input));
  return {
    text: lines.map((l) => l.text).join("\n"),
    lineMap: lines.map((l) => l.from),
    diagnostics: report.diagnostics,
    merged: report.merged,
  };
}
