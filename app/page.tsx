import { CatalogExplorer } from "@/components/catalog-explorer";
import { getSearchBuckets, getStacks } from "@/lib/content/load";
import { toFacets } from "@/lib/search/filter";
import { toSearchRecord } from "@/lib/search/records";
import { EMPTY_QUERY } from "@/lib/search/url-state";

export const dynamic = "force-static";

const FIRST_PAGE = 48;

export default function CatalogPage() {
  const records = getStacks()
    .map(toSearchRecord)
    .sort((a, b) => (b.u ?? "").localeCompare(a.u ?? "") || a.t.localeCompare(b.t));
  const initial = records.slice(0, FIRST_PAGE);
  const facets = toFacets(
    records,
    records.map((record) => ({ record, matched: [] })),
    EMPTY_QUERY,
  );
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Technology stacks</h1>
      <p className="mb-5 text-slate-700 dark:text-slate-300">
        {records.length} stacks read from the team&apos;s Markdown documents. Search by name or
        technology, filter by layer, open one, or compare several.
      </p>
      <CatalogExplorer
        initial={initial}
        total={records.length}
        facets={facets}
        buckets={getSearchBuckets()}
      />
    </>
  );
}
