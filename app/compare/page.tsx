import type { Metadata } from "next";
import { CompareView } from "@/components/compare-view";
import { getCompareSuggestions, getSlotLabels } from "@/lib/content/load";

export const dynamic = "force-static";
export const metadata: Metadata = {
  title: "Compare stacks",
  description: "Two to four stacks side by side, aligned by what each choice is for.",
};

export default function ComparePage() {
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold tracking-tight">Compare stacks</h1>
      <p className="no-print mb-4 text-slate-700 dark:text-slate-300">
        Two to four stacks side by side, one row per slot — what each choice is for — so MongoDB and
        PostgreSQL meet on the database row. The address is the comparison, so it can be shared.
      </p>
      <CompareView slots={getSlotLabels()} suggestions={getCompareSuggestions()} />
    </>
  );
}
