import { Link } from "@/components/link";
import { pagerNumbers } from "@/lib/ui/paging";

interface Props {
  page: number;
  pages: number;
  href: (n: number) => string;
  label: string;
}

/** Previous / numbered (windowed) / next links between static pages of one list; nothing when there is one page. */
export function Pager({ page, pages, href, label }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="underline">
          ← Previous
        </Link>
      ) : null}
      {pagerNumbers(page, pages).map((n, i) =>
        n === null ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
          <span key={`gap-${i}`} aria-hidden="true">
            …
          </span>
        ) : n === page ? (
          <span key={n} aria-current="page" className="font-semibold">
            {n}
          </span>
        ) : (
          <Link key={n} href={href(n)} className="underline">
            {n}
          </Link>
        ),
      )}
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="underline">
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
