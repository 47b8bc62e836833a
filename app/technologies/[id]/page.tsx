import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { Pager } from "@/components/pager";
import { Static } from "@/components/static";
import { TechAside } from "@/components/technology/tech-aside";
import { TechHeader } from "@/components/technology/tech-header";
import { UseList } from "@/components/technology/use-list";
import { LAYER_NAMES } from "@/lib/content/layers";
import {
  getDecisionsOf,
  getRing,
  getTechnologies,
  getTechnology,
  getVersusPeers,
  hasVersusPage,
} from "@/lib/content/load";
import { pageCount, pageOf, usesPageHref } from "@/lib/ui/paging";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getTechnologies().map((t) => ({ id: t.id }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const t = getTechnology((await params).id);
  return t ? { title: t.name, description: t.description || `Stacks that use ${t.name}.` } : {};
}

export default async function TechnologyPage({ params }: { params: Promise<{ id: string }> }) {
  const t = getTechnology((await params).id);
  if (!t) notFound();
  return (
    <Static id={`/technologies/${t.id}`}>
      <article>
        <Breadcrumb
          trail={[
            { href: "/technologies", label: "Technologies" },
            { href: `/layers/${t.layer}`, label: LAYER_NAMES[t.layer] },
          ]}
        />
        <TechHeader t={t} ring={getRing(t.id)} />
        <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_18rem]">
          <section aria-labelledby="uses-heading" className="min-w-0">
            <h2 id="uses-heading" className="mb-2 text-lg font-semibold">
              Stacks that use it
            </h2>
            <UseList uses={pageOf(t.uses, 1)} start={1} layer={t.layer} />
            <Pager
              page={1}
              pages={pageCount(t.uses.length)}
              href={(n) => usesPageHref(t.id, n)}
              label={`Pages of stacks that use ${t.name}`}
            />
          </section>
          <TechAside
            t={t}
            decisions={getDecisionsOf(t.id)}
            peers={getVersusPeers(t.id)}
            hasVersus={hasVersusPage}
          />
        </div>
      </article>
    </Static>
  );
}
