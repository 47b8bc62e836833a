import { fullTitle } from "../ui/labels";
import type { History } from "./schema";
import { isDecisionChange, summarize } from "./summary";

/** One line of /changes and one entry of its feed. */
export interface CatalogChange {
  slug: string;
  title: string;
  date: string;
  commit: string;
  summary: string;
}

/** Changes listed on /changes and in its feed. */
export const CHANGES_SHOWN = 50;

/** The latest decision changes across the catalog, newest first ("Orders service: PostgreSQL 15 → 16"). */
export function latestChanges(
  history: History,
  stacks: Array<{ slug: string; title: string; distinct?: string }>,
  limit = CHANGES_SHOWN,
): CatalogChange[] {
  const titles = new Map(stacks.map((s) => [s.slug, fullTitle(s)]));
  const out: CatalogChange[] = [];
  for (const [slug, entries] of Object.entries(history))
    for (const e of entries)
      if (isDecisionChange(e))
        out.push({
          slug,
          title: titles.get(slug) ?? slug,
          date: e.date,
          commit: e.commit,
          summary: summarize(e),
        });
  return out
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.title.localeCompare(b.title))
    .slice(0, limit);
}
