import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoleBadge } from "@/components/badges";
import { Breadcrumb } from "@/components/breadcrumb";
import { Link } from "@/components/link";
import { Static } from "@/components/static";
import { getDecisionsBetween, getTechnology, getVersusPairs } from "@/lib/content/load";
import { PLACEHOLDER_ID } from "@/lib/ui/paging";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One page per pair worth comparing (weighed against each other, or leading the same slot), at one address. */
export function generateStaticParams() {
  const pairs = getVersusPairs().map(([id, other]) => ({ id, other }));
  // A static export needs one page per dynamic route even when no document weighs two technologies.
  return pairs.length ? pairs : [{ id: PLACEHOLDER_ID, other: PLACEHOLDER_ID }];
}

type Params = { params: Promise<{ id: string; other: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id, other } = await params;
  const a = getTechnology(id);
  const b = getTechnology(other);
  return a && b
    ? {
        title: `${a.name} vs ${b.name}`,
        description: `Where stacks chose between ${a.name} and ${b.name}, and why.`,
      }
    : {};
}

export default async function VersusPage({ params }: Params) {
  const { id, other } = await params;
  const a = getTechnology(id);
  const b = getTechnology(other);
  if (!a || !b) notFound();
  const decisions = getDecisionsBetween(a.id, b.id);
  const wins = (x: string) => decisions.filter((d) => d.chosen.id === x).length;
  return (
    <Static id={`/technologies/${a.id}/vs/${b.id}`}>
      <article>
        <Breadcrumb trail={[{ href: "/technologies", label: "Technologies" }]} />
        <h1 className="text-2xl font-bold tracking-tight">
          <Link href={`/technologies/${a.id}`} className="hover:underline">
            {a.name}
          </Link>{" "}
          vs{" "}
          <Link href={`/technologies/${b.id}`} className="hover:underline">
            {b.name}
          </Link>
        </h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {decisions.length
            ? `Weighed against each other in ${decisions.length} ${decisions.length === 1 ? "decision" : "decisions"}: ${a.name} chosen ${wins(a.id)} times, ${b.name} ${wins(b.id)} times.`
            : "No document weighs one against the other yet; both are used for the same purpose."}{" "}
          {a.name} is used by {a.stacks} {a.stacks === 1 ? "stack" : "stacks"}, {b.name} by{" "}
          {b.stacks}.
        </p>
        <ul className="mt-6 space-y-3">
          {decisions.map((d) => (
            <li
              key={`${d.slug}-${d.chosen.id}`}
              className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800"
            >
              <Link
                href={`/stacks/${d.slug}`}
                className="font-semibold text-brand-700 hover:underline dark:text-blue-300"
              >
                {d.title}
              </Link>{" "}
              chose <strong>{d.chosen.name}</strong> <RoleBadge role="primary" /> over{" "}
              <strong>{d.over.name}</strong> <RoleBadge role="alternative" />
              {d.reason ? (
                <p className="mt-1 text-slate-700 dark:text-slate-300">Why: {d.reason}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </article>
    </Static>
  );
}
