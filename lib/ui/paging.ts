/** Uses listed per technology page: every use stays reachable through numbered pages. */
export const USES_PER_PAGE = 50;
/** The one page a static export needs when no list runs past page 1; the build removes it. */
export const PLACEHOLDER_ID = "__placeholder";

/** How many pages a list of `total` items fills (at least one, so an empty list still has its page). */
export function pageCount(total: number, size = USES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `n` (1-based). */
export function pageOf<T>(items: readonly T[], n: number, size = USES_PER_PAGE): T[] {
  return items.slice((n - 1) * size, n * size);
}

/** Page 1 is the technology's own address; later pages live under /page/<n>. */
export function usesPageHref(id: string, n: number): string {
  return n <= 1 ? `/technologies/${id}` : `/technologies/${id}/page/${n}`;
}

/** Parses a page number from a URL segment: a whole number from 2 to `pages`, else undefined. */
export function parsePageNumber(segment: string, pages: number): number | undefined {
  if (!/^[1-9]\d*$/.test(segment)) return undefined;
  const n = Number(segment);
  return n >= 2 && n <= pages ? n : undefined;
}

/** The page numbers a pager shows: first, last and two either side of the current; null marks a gap. */
export function pagerNumbers(page: number, pages: number): Array<number | null> {
  const out: Array<number | null> = [];
  for (let n = 1; n <= pages; n++) {
    const shown = n === 1 || n === pages || Math.abs(n - page) <= 2;
    if (shown) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
