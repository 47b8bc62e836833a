import { LAYER_IDS } from "../content/constants";
import type { Choice, Stack } from "../content/schema";
import { fullTitle } from "../ui/labels";
import type { MatrixCell, MatrixRow } from "./schema";

function cellOf(choices: Choice[]): MatrixCell {
  const chosen = choices.filter((c) => c.role === "primary");
  const pool = chosen.length ? chosen : choices;
  if (!pool.length) return 0;
  const more = new Set(pool.map((c) => c.technology)).size - 1;
  return [pool[0].technology, pool[0].name, more, chosen.length ? 1 : 0];
}

/** A stack's row: per layer its first chosen technology (and how many more), else the first it considered, else a gap. */
export function toMatrixRow(stack: Stack): MatrixRow {
  const byLayer = new Map(stack.layers.map((l) => [l.id, l.choices]));
  return [stack.slug, fullTitle(stack), LAYER_IDS.map((id) => cellOf(byLayer.get(id) ?? []))];
}

/** How many layers a stack has chosen something for. */
export function coverage(row: MatrixRow): number {
  return row[2].filter((c) => c !== 0 && c[3] === 1).length;
}

/** Per layer, how many stacks chose something for it: the columns' own coverage. */
export function layerCoverage(rows: MatrixRow[]): number[] {
  return LAYER_IDS.map((_, i) => rows.filter((r) => r[2][i] !== 0 && r[2][i][3] === 1).length);
}
