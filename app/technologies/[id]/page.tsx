import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { Link } from "@/components/link";
import { Pager } from "@/components/pager";
import { RING_LABELS } from "@/components/radar/ring-style";
import { TechLink } from "@/components/tech-link";
import { TechLogo } from "@/components/tech-logo";
import { DecisionList } from "@/components/technology/decision-list";
import { UseList } from "@/components/technology/use-list";
import { versusHref } from "@/lib/content/decisions";
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
  const decisions = getDecisionsOf(t.id);
  const peers = getVersusPeers(t.id);
  const ring = getRing(t.id);
  return (
    <article>
      <Breadcrumb
        trail={[
          { href: "/technologies", label: "Technologies" },
          { href: `/layers/${t.layer}`, label: LAYER_NAMES[t.layer] },
        ]}
      />
      <h1 className="text-2xl font-bold tracking-tight">
        <TechLogo id={t.id} size={28} />
        {t.name}
      </h1>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">
        {t.description ||
          "Not in the technology registry yet: add it to technologies.json to give it a description and layer."}
        {t.homepage ? (
          <>
            {" "}
            <a
              href={t.homepage}
              rel="noopener noreferrer"
              className="text-brand-700 underline dark:text-blue-300"
            >
              Homepage
            </a>
          </>
        ) : null}
      </p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Used by {t.stacks} {t.stacks === 1 ? "stack" : "stacks"}: {t.primary} as primary,{" "}
        {t.alternative} as alternative, {t.other} otherwise
        {t.versions.length ? ` · versions seen: ${t.versions.join(", ")}` : ""}
      </p>
      {ring ? (
        <p className="mt-2 text-sm" data-testid="tech-ring">
          On the{" "}
          <Link href="/radar" className="text-brand-700 underline dark:text-blue-300">
            radar
          </Link>
          : <strong>{RING_LABELS[ring.ring]}</strong> — {ring.reason}.
        </p>
      ) : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="uses-heading" className="min-w-0">
          <h2 id="uses-heading" className="mb-2 text-lg font-semibold">
            Stacks that use it
          </h2>
          <UseList uses={pageOf(t.uses, 1)} start={1} />
          <Pager
            page={1}
            pages={pageCount(t.uses.length)}
            href={(n) => usesPageHref(t.id, n)}
            label={`Pages of stacks that use ${t.name}`}
          />
        </section>
        {/* Styled by .tech-aside in app/globals.css: its lists repeat on 1,000s of pages. */}
        <aside className="tech-aside">
          <DecisionList
            id={t.id}
            title="Chosen over"
            decisions={decisions.chosenOver}
            other="over"
            hasVersus={hasVersusPage}
            empty={`No document records choosing ${t.name} over another option.`}
          />
          <DecisionList
            id={t.id}
            title="Passed over for"
            decisions={decisions.passedOverFor}
            other="chosen"
            hasVersus={hasVersusPage}
            empty={`No document records passing ${t.name} over.`}
          />
          {peers.length ? (
            <section aria-labelledby="versus-heading">
              <h2 id="versus-heading">Compare with</h2>
              <ul>
                {peers.slice(0, 8).map((p) => (
                  <li key={p.id}>
                    <Link href={versusHref(t.id, p.id)}>
                      {t.name} vs {p.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="with-heading">
            <h2 id="with-heading">Most often used with</h2>
            {t.usedWith.length ? (
              <ul>
                {t.usedWith.map((w) => (
                  <li key={w.id}>
                    <TechLink id={w.id} name={w.name} /> <span className="muted">({w.count})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">Not chosen as primary alongside anything yet.</p>
            )}
          </section>
          <section aria-labelledby="alt-heading">
            <h2 id="alt-heading">Listed alternatives</h2>
            {t.alternatives.length ? (
              <ul>
                {t.alternatives.map((a) => (
                  <li key={a.name}>
                    {a.id ? <TechLink id={a.id} name={a.name} /> : a.name}{" "}
                    <span className="muted">({a.count})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No document lists alternatives to it.</p>
            )}
          </section>
        </aside>
      </div>
    </article>
  );
}
