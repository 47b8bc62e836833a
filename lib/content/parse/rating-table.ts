// `| Queue | Throughput | Ops effort |` over `| NATS | High | Low |`: a table that rates
// technologies on criteria weighs them as options; it chooses none by itself.
import type { Grid } from "./grid";
import type { ColumnRole } from "./table-headers";
import { cleanLabel } from "./text";

// The words a comparison rates with, in the languages the parser reads; stars, marks and scores.
const RATING = new RegExp(
  [
    /^((very|quite|fairly|rather|sehr|muy|très|molto|bardzo|очень|매우|很|非常)\s+)?/.source,
    "(",
    [
      /low|medium|mid|high|excellent|good|fair|poor|great|ok|okay|moderate|limited|strong|weak/,
      /huge|large|small|growing|native|minimal|steep|gentle|easy|hard|simple|complex|fast|slow/,
      /mature|young|yes|no|partial|none|n\/a|built-in|full|basic/,
      /低|中|高|优|良|差|낮음|보통|높음|низк\p{L}*|средн\p{L}*|высок\p{L}*|хорош\p{L}*|отличн\p{L}*/u,
      /baj[oa]|medi[oa]|alt[oa]|buen[oa]|excelente|baix[oa]|médi[oa]|bom|boa|ótim[oa]|niedrig/,
      /mittel|hoch|gut|sehr gut|faible|moyen(ne)?|élevée?|bon(ne)?|niski|średni|wysoki|dobry/,
      /bass[oa]|buon[oa]|ottim[oa]/,
    ]
      .map((r) => r.source)
      .join("|"),
    ")$",
    /|^(?:[★☆⭐✅❌⚠✔✖🟢🟡🟠🔴+\-–\s\d/.,%]|\uFE0F)+$/u.source,
  ].join(""),
  "iu",
);

/** Rows are technologies and two or more other columns hold only ratings, with nothing marking a winner. */
export function isRatingTable(
  grid: Grid,
  choice: number,
  roles: Array<ColumnRole | undefined>,
): boolean {
  if (choice < 0 || grid.rows.length < 2) return false;
  if (roles.some((r, i) => i !== choice && r && r !== "purpose" && r !== "rationale")) return false;
  const columns = grid.headers.map((_, i) =>
    grid.rows.map((r) => (r.cells[i] ?? "").replace(/[*_`]+/g, "").trim()).filter(Boolean),
  );
  const open = (i: number) => i !== choice && !roles[i] && columns[i].length >= 2;
  const criteria = columns.filter((cells, i) => {
    // Marks alone (`★★★`, `✅`) are ratings too: cleanLabel would strip them to nothing.
    const rated = cells.filter(
      (c) => (RATING.test(c) || RATING.test(cleanLabel(c))) && !/^\d+(\.\d+)+$/.test(c),
    );
    return open(i) && rated.length * 3 >= cells.length * 2;
  });
  // One column of stars is a rating by itself: `| Plan | Stack | ⭐⭐⭐ |`.
  const starred = columns.some((cells, i) => open(i) && cells.every((c) => STARS.test(c)));
  return criteria.length >= 2 || starred;
}

const STARS = /^(?:[★☆⭐✩✪½\s]|\uFE0F)+$/u;
