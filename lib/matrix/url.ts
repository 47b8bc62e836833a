import type { ParamSource } from "../search/url-state";
import { MATRIX_SORTS, type MatrixSort } from "./sort";

export interface MatrixQuery {
  sort: MatrixSort;
  page: number;
}

const isSort = (v: string): v is MatrixSort => (MATRIX_SORTS as readonly string[]).includes(v);
const clip = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** The matrix's sort and page from its query string; an unknown value falls back and says so. */
export function parseMatrixQuery(
  params: ParamSource,
  pages: number,
): { query: MatrixQuery; notices: string[] } {
  const notices: string[] = [];
  const rawSort = params.getAll("sort")[0]?.trim().toLowerCase() ?? "";
  let sort: MatrixSort = "name";
  if (isSort(rawSort)) sort = rawSort;
  else if (rawSort)
    notices.push(
      `Unknown sort “${clip(rawSort)}”: sorted by stack name (choose ${MATRIX_SORTS.map((s) => `“${s}”`).join(", ")}).`,
    );
  const rawPage = params.getAll("page")[0]?.trim() ?? "";
  let page = 1;
  if (/^[1-9]\d{0,6}$/.test(rawPage) && Number(rawPage) <= pages) page = Number(rawPage);
  else if (rawPage)
    notices.push(`There is no page “${clip(rawPage)}” (1 to ${pages}): page 1 is shown.`);
  return { query: { sort, page }, notices };
}

/** The query string for a matrix state, defaults left out (`?sort=coverage&page=2`). */
export function toMatrixSearch(q: MatrixQuery): string {
  const p = new URLSearchParams();
  if (q.sort !== "name") p.set("sort", q.sort);
  if (q.page > 1) p.set("page", String(q.page));
  const s = p.toString();
  return s ? `?${s}` : "";
}
