import type { Metadata } from "next";
import { TechnologyExplorer } from "@/components/technology-explorer";
import { getContentDir, getTechnologies } from "@/lib/content/load";
import { getRegistry } from "@/lib/content/registry";
import { countByLayer, toTechRows } from "@/lib/search/tech-rows";
import { FIRST_TECH_ROWS } from "@/lib/search/technologies";

export const dynamic = "force-static";
export const metadata: Metadata = {
  title: "Technologies",
  description: "Every technology the catalog's stacks choose, by layer.",
};

export default function TechnologiesPage() {
  const rows = toTechRows(getTechnologies(), getRegistry(getContentDir()));
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Technologies</h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">
        Which technologies the stacks use for each layer, and how often as the primary choice or as
        an alternative.
      </p>
      <TechnologyExplorer
        first={rows.slice(0, FIRST_TECH_ROWS)}
        total={rows.length}
        counts={countByLayer(rows)}
      />
    </>
  );
}
