import type { Metadata } from "next";
import { Link } from "@/components/link";
import { LAYER_DESCRIPTIONS, LAYER_NAMES } from "@/lib/content/layers";
import { getCatalog } from "@/lib/content/load";
import { LAYER_IDS } from "@/lib/content/schema";

export const dynamic = "force-static";
export const metadata: Metadata = {
  title: "Layers",
  description: "The canonical layers every stack is organised by.",
};

export default function LayersPage() {
  const { layerCounts } = getCatalog();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Layers</h1>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {LAYER_IDS.map((id) => (
          <li key={id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 className="font-semibold">
              <Link
                href={`/layers/${id}`}
                className="text-brand-700 hover:underline dark:text-blue-300"
              >
                {LAYER_NAMES[id]}
              </Link>
            </h2>
            <p className="text-sm text-slate-700 dark:text-slate-300">{LAYER_DESCRIPTIONS[id]}</p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {layerCounts[id]} choices across the catalog
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
