// Table rows of two documents merged line by line, gathered back under their own headers.

/** A line of the repaired text and the 1-based line of the original file it came from. */
export type Line = { text: string; from: number };

export const TABLE_ROW = /^\s*\|.*\|\s*$/;
export const DELIMITER_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const MAX_GAP = 6;

export function cellCount(row: string): number {
  return row
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/).length;
}

type Table = { start: number; cols: number; last: number; rows: number[] };

/** Which table each line belongs to (-1: none); rows of one width close by share a table. */
function assignRows(lines: Line[], isCode: boolean[]): { owner: number[]; tables: Table[] } {
  const owner = new Array<number>(lines.length).fill(-1);
  const tables: Table[] = [];
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
  return { owner, tables };
}

/**
 * In a merged document the rows of two tables alternate, with blank lines and the other
 * document's lines between them. Gathers each table's rows (same column count, close by)
 * back under its header, where the table started; other lines keep their order.
 */
export function regroupTables(lines: Line[], isCode: boolean[]): { lines: Line[]; moved: number } {
  const { owner, tables } = assignRows(lines, isCode);
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
