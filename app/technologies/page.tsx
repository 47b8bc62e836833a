import type { Metadata } from "next";
import { TechnologyExplorer } from "@/components/technology-explorer";
import { getContentDir, getTechnologies } from "@/lib/content/load";
import { getRegistry } from "@/lib/content/registry";
import type { TechRow } from "@/lib/search/technologies";

export const dynamic = "force-static";
export const metadata: Metadata = {
  title: "Technologies",
  description: "Every technology the catalog's stacks choose, by layer.",
};

export default function TechnologiesPage() {
  const registry = getRegistry(getContentDir());
  const rows: TechRow[] = getTechnologies().map((t) => ({
    id: t.id,
    name: t.name,
    layer: t.layer,
    primary: t.primary,
    alternative: t.alternative,
    other: t.other,
    versions: t.versions,
    aliases: registry.byId.get(t.id)?.aliases ?? [],
    slot: t.slot,
  }));
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Technologies</h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">
        Which technologies the stacks use for each layer, and how often as the primary choice or as
        an alternative.
      </p>
      <TechnologyExplorer rows={rows} />
    </>
  );
}
