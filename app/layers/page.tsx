import type { Metadata } from "next";
import { Link } from "@/components/link";
import { LayerMatrix } from "@/components/matrix/layer-matrix";
import { LAYER_DESCRIPTIONS, LAYER_NAMES } from "@/lib/content/layers";
import { getCatalog, getSlotLabels } from "@/lib/content/load";
import { LAYER_IDS } from "@/lib/content/schema";
import { layerCoverage, toMatrixRow } from "@/lib/matrix/rows";
import { MATRIX_PAGE_SIZE, sortRows } from "@/lib/matrix/sort";

export const dynamic = "force-static";
export const metadata: Metadata = {
  title: "Layers",
  description:
    "Which stack covers which layer, at a glance, and the canonical layers every stack is organised by.",
};

export default function LayersPage() {
  const { layerCounts, stacks } = getCatalog();
  const rows = stacks.map(toMatrixRow);
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Layers</h1>
      <section aria-labelledby="matrix-heading" className="mb-8">
        <h2 id="matrix-heading" className="text-lg font-semibold">
          The catalog at a glance
        </h2>
        <p className="mb-3 max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          Every stack against the {LAYER_IDS.length} layers: each cell names what the stack chose
          for that layer and links to that choice; a dash is a gap; a muted name was only
          considered. The columns are layers rather than the {getSlotLabels().length} slots, which
          would make a table too wide to read.
        </p>
        <LayerMatrix
          firstPage={sortRows(rows, "name").slice(0, MATRIX_PAGE_SIZE)}
          total={rows.length}
          layers={LAYER_IDS.map((id) => [id, LAYER_NAMES[id]])}
          columnCoverage={layerCoverage(rows)}
        />
      </section>
      <h2 className="mb-3 text-lg font-semibold">The {LAYER_IDS.length} layers</h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {LAYER_IDS.map((id) => (
          <li key={id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h3 className="font-semibold">
              <Link
                href={`/layers/${id}`}
                className="text-brand-700 hover:underline dark:text-blue-300"
              >
                {LAYER_NAMES[id]}
              </Link>
            </h3>
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
