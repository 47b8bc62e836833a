import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { Pager } from "@/components/pager";
import { Static } from "@/components/static";
import { UseList } from "@/components/technology/use-list";
import { getTechnologies, getTechnology } from "@/lib/content/load";
import {
  PLACEHOLDER_ID,
  pageCount,
  pageOf,
  parsePageNumber,
  USES_PER_PAGE,
  usesPageHref,
} from "@/lib/ui/paging";

export const dynamic = "force-static";
export const dynamicParams = false;

/** Pages 2… of the stacks that use a technology; page 1 is the technology's own page. */
export function generateStaticParams() {
  const params = getTechnologies().flatMap((t) =>
    Array.from({ length: pageCount(t.uses.length) - 1 }, (_, i) => ({
      id: t.id,
      n: String(i + 2),
    })),
  );
  // A static export needs one page per dynamic route even when every list fits on one page.
  return params.length ? params : [{ id: PLACEHOLDER_ID, n: "2" }];
}

type Params = { params: Promise<{ id: string; n: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id, n } = await params;
  const t = getTechnology(id);
  return t
    ? { title: `${t.name}: stacks, page ${n}`, description: `Stacks that use ${t.name}.` }
    : {};
}

export default async function TechnologyUsesPage({ params }: Params) {
  const { id, n: segment } = await params;
  const t = getTechnology(id);
  const pages = t ? pageCount(t.uses.length) : 0;
  const n = parsePageNumber(segment, pages);
  if (!t || !n) notFound();
  return (
    <Static id={`/technologies/${t.id}/page/${n}`}>
      <article>
        <Breadcrumb
          trail={[
            { href: "/technologies", label: "Technologies" },
            { href: `/technologies/${t.id}`, label: t.name },
          ]}
        />
        <h1 className="text-2xl font-bold tracking-tight">{t.name}</h1>
        <h2 className="mt-4 mb-2 text-lg font-semibold">
          Stacks that use it, page {n} of {pages}
        </h2>
        <UseList uses={pageOf(t.uses, n)} start={(n - 1) * USES_PER_PAGE + 1} layer={t.layer} />
        <Pager
          page={n}
          pages={pages}
          href={(k) => usesPageHref(t.id, k)}
          label={`Pages of stacks that use ${t.name}`}
        />
      </article>
    </Static>
  );
}
