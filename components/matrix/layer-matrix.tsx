"use client";

import type { MouseEvent } from "react";
import { useMemo } from "react";
import type { MatrixRow } from "@/lib/matrix/schema";
import { MATRIX_PAGE_SIZE, MATRIX_SORT_LABELS, MATRIX_SORTS, sortRows } from "@/lib/matrix/sort";
import { type MatrixQuery, parseMatrixQuery, toMatrixSearch } from "@/lib/matrix/url";
import { toParams } from "@/lib/search/url-state";
import { pageCount, pageOf, pagerNumbers } from "@/lib/ui/paging";
import { Notices } from "../notices";
import { useUrlSearch } from "../use-url-search";
import { MatrixTable } from "./matrix-table";
import { useMatrixRows } from "./use-matrix-rows";

interface Props {
  /** The first page in the default order (by name), so the static page shows it without a fetch. */
  firstPage: MatrixRow[];
  total: number;
  layers: Array<[id: string, name: string]>;
  columnCoverage: number[];
}

/** The stacks × layers matrix, sorted and paged in the browser with its state in the address. */
export function LayerMatrix({ firstPage, total, layers, columnCoverage }: Props) {
  const [search, setSearch] = useUrlSearch();
  const pages = pageCount(total, MATRIX_PAGE_SIZE);
  const { query, notices } = useMemo(
    () => parseMatrixQuery(toParams(search), pages),
    [search, pages],
  );
  const needed = query.sort !== "name" || query.page > 1;
  const { rows: all, error } = useMatrixRows(needed);
  const sorted = useMemo(() => (all ? sortRows(all, query.sort) : undefined), [all, query.sort]);
  const rows = needed ? pageOf(sorted ?? [], query.page, MATRIX_PAGE_SIZE) : firstPage;
  const loading = needed && !sorted && !error;
  // Plain links, so a sort or page can be opened in a new tab; a click changes the state in place.
  const go = (next: MatrixQuery) => (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    setSearch(toMatrixSearch(next));
  };
  const href = (next: MatrixQuery) => toMatrixSearch(next) || "?";
  const first = (query.page - 1) * MATRIX_PAGE_SIZE + 1;
  return (
    <div data-ready={loading ? undefined : "true"}>
      <Notices notices={error ? [...notices, `Could not load the matrix (${error}).`] : notices} />
      <nav aria-label="Sort the matrix" className="matrix-sort">
        Sort by:
        {MATRIX_SORTS.map((s) => (
          <a
            key={s}
            href={href({ sort: s, page: 1 })}
            aria-current={query.sort === s ? "true" : undefined}
            onClick={go({ sort: s, page: 1 })}
          >
            {MATRIX_SORT_LABELS[s]}
          </a>
        ))}
      </nav>
      <p aria-live="polite" className="mb-2 text-sm" data-testid="matrix-count">
        {loading
          ? "Loading the matrix…"
          : `Stacks ${Math.min(first, total)}–${Math.min(first + rows.length - 1, total)} of ${total}, by ${MATRIX_SORT_LABELS[query.sort].toLowerCase()}.`}
      </p>
      <MatrixTable
        rows={rows}
        layers={layers}
        columnCoverage={columnCoverage}
        total={total}
        sort={query.sort}
      />
      {pages > 1 ? (
        <nav aria-label="Pages of the matrix" className="mt-3 flex flex-wrap gap-2 text-sm">
          {pagerNumbers(query.page, pages).map((n, i) =>
            n === null ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
              <span key={`gap-${i}`} aria-hidden="true">
                …
              </span>
            ) : (
              <a
                key={n}
                href={href({ ...query, page: n })}
                aria-current={n === query.page ? "page" : undefined}
                onClick={go({ ...query, page: n })}
                className="underline"
              >
                {n}
              </a>
            ),
          )}
        </nav>
      ) : null}
    </div>
  );
}
