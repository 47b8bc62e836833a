import { coverage } from "./rows";
import type { MatrixRow } from "./schema";

/** By stack name (A–Z), most layers covered first, or fewest first (the gaps). */
export const MATRIX_SORTS = ["name", "coverage", "gaps"] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

export const MATRIX_SORT_LABELS: Record<MatrixSort, string> = {
  name: "Stack name",
  coverage: "Most covered",
  gaps: "Most gaps",
};

/** Stacks per page of the matrix: a screenful, never thousands of rows at once. */
export const MATRIX_PAGE_SIZE = 50;

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** The rows in a sort's order; ties fall back to the name, then the slug, so every order is stable. */
export function sortRows(rows: readonly MatrixRow[], sort: MatrixSort): MatrixRow[] {
  const byName = (a: MatrixRow, b: MatrixRow) =>
    collator.compare(a[1], b[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  if (sort === "name") return [...rows].sort(byName);
  const sign = sort === "coverage" ? -1 : 1;
  const n = new Map(rows.map((r) => [r[0], coverage(r)]));
  return [...rows].sort((a, b) => sign * ((n.get(a[0]) ?? 0) - (n.get(b[0]) ?? 0)) || byName(a, b));
}
