import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { Link } from "@/components/link";
import { Static } from "@/components/static";
import { TechLink } from "@/components/tech-link";
import { isLayerId } from "@/lib/content/constants";
import { LAYER_DESCRIPTIONS, LAYER_NAMES } from "@/lib/content/layers";
import { getLayerTechnologies } from "@/lib/content/load";
import { LAYER_IDS } from "@/lib/content/schema";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return LAYER_IDS.map((id) => ({ id }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string }>;
}): Promise<Metadata> {
  const { id } = await params;
  return isLayerId(id) ? { title: LAYER_NAMES[id], description: LAYER_DESCRIPTIONS[id] } : {};
}

export default async function LayerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isLayerId(id)) notFound();
  const techs = getLayerTechnologies(id);
  return (
    <Static id={`/layers/${id}`}>
      <Breadcrumb trail={[{ href: "/layers", label: "Layers" }]} trailing />
      <h1 className="text-2xl font-bold tracking-tight">{LAYER_NAMES[id]}</h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">{LAYER_DESCRIPTIONS[id]}</p>
      {techs.length ? null : <p>No stack makes a choice for this layer yet.</p>}
      {/* Styled by .layer-list in app/globals.css: a layer can list hundreds of technologies. */}
      <ol className="layer-list">
        {techs.map((t) => {
          const primary = t.uses.filter((u) => u.role === "primary").length;
          return (
            <li key={t.id}>
              <h2>
                <TechLink id={t.id} name={t.name} />{" "}
                <span className="muted">
                  {t.uses.length} {t.uses.length === 1 ? "choice" : "choices"}, {primary} primary
                </span>
              </h2>
              <p>
                {t.uses.slice(0, 12).map((u, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a static list; a stack can use one technology twice
                  <span key={`${u.slug}-${i}`}>
                    {i ? ", " : ""}
                    <Link href={`/stacks/${u.slug}`}>{u.title}</Link>
                    {u.role !== "primary" ? <span className="muted"> ({u.role})</span> : null}
                  </span>
                ))}
                {t.uses.length > 12 ? (
                  <>
                    {" and "}
                    <Link href={`/technologies/${t.id}`}>{t.uses.length - 12} more</Link>
                  </>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
    </Static>
  );
}
