import type { Role } from "../schema";
import { type Atom, parseCompound } from "./compound";
import { type Extraction, type Section, verdictKey } from "./context";
import type { Grid } from "./grid";
import { resolveName } from "./names";
import { cellRole, saysChosen } from "./roles";
import { headerRole } from "./table-headers";
import { cleanLabel } from "./text";

/** One option of a comparison: the column that holds it and what it names. */
interface OptionColumn {
  col: number;
  atoms: Atom[];
}

// A row that settles the comparison: "Recommendation", "Verdict", "Winner", a total score.
const VERDICT_ROW =
  /^(recommend(ed|ation)?|verdict|winner|decision|choice|chosen|selected|result|conclusion|overall|total|score|final|推荐|结论|结果|总分|選定|推奨|結論|採用|추천|결론|결정|총점|итог|вывод|рекомендация|выбор|recomendaci[oó]n|decisi[oó]n|veredicto|recomendação|decisão|empfehlung|entscheidung|ergebnis|recommandation|décision|verdict|rekomendacja|decyzja|werdykt|raccomandazione|decisione|verdetto|التوصية|القرار)(?![\p{L}\p{N}])/iu;

/**
 * A comparison written with the options as columns: `| Criterion | PostgreSQL | MongoDB |`.
 * Returns the option columns when at least two headers after the first name technologies.
 */
export function matrixOptions(ex: Extraction, grid: Grid): OptionColumn[] | undefined {
  if (grid.headers.length < 3 || headerRole(grid.headers[0]) === "choice") return undefined;
  const options = grid.headers.slice(1).flatMap((h, i) => {
    if (headerRole(h)) return [];
    const tech = resolveName(ex.registry, cleanLabel(h));
    // `| Step | Blueprint | Today | Gap |`: a word that is only sometimes a product ("Blueprint") is
    // no option by itself; written as a distinct alias ("Golang" for Go) it is.
    const word = cleanLabel(h);
    const distinct =
      tech &&
      !(tech.ambiguous && /^\p{L}+$/u.test(word) && word.toLowerCase() === tech.name.toLowerCase());
    return distinct
      ? [
          {
            col: i + 1,
            atoms: parseCompound(cleanLabel(h), {
              registry: ex.registry,
              allowUnknown: false,
              scanProse: false,
            }),
          },
        ]
      : [];
  });
  const firstColumnNames = grid.rows.filter((r) =>
    resolveName(ex.registry, r.cells[0] ?? ""),
  ).length;
  if (
    options.length < 2 ||
    options.length < (grid.headers.length - 1) / 2 ||
    firstColumnNames > grid.rows.length / 2
  )
    return undefined;
  return options;
}

/** Options are weighed against each other; a verdict row (or a verdict elsewhere in the document) settles them. */
export function extractMatrix(
  ex: Extraction,
  grid: Grid,
  options: OptionColumn[],
  section: Section,
): void {
  const group = `matrix:${grid.line}`;
  const verdictRow = grid.rows.find((r) => VERDICT_ROW.test(cleanLabel(r.cells[0] ?? "")));
  const winners = verdictRow ? winnersOf(verdictRow.cells, options) : new Set<number>();
  const base: Role = ex.kind === "template" ? "example" : "option";
  for (const o of options) {
    const role: Role = winners.size ? (winners.has(o.col) ? "primary" : "alternative") : base;
    if (role === "primary") for (const a of o.atoms) ex.verdicts.add(verdictKey(a));
    ex.add(o.atoms, {
      section,
      line: grid.line,
      role,
      explicit: winners.size > 0,
      contested: winners.size ? undefined : group,
    });
  }
}

/** Which option columns the verdict row picks: a ✅/"Yes" cell, or the highest score. */
function winnersOf(cells: string[], options: OptionColumn[]): Set<number> {
  const marked = options.filter(
    (o) => saysChosen(cells[o.col] ?? "") && cellRole(cells[o.col] ?? "") === "primary",
  );
  if (marked.length && marked.length < options.length) return new Set(marked.map((o) => o.col));
  const scores = options.map((o) => ({
    col: o.col,
    score: Number.parseFloat((cells[o.col] ?? "").replace(/[^\d.]/g, "")),
  }));
  const valid = scores.filter((s) => Number.isFinite(s.score));
  if (valid.length < 2) return new Set();
  const best = Math.max(...valid.map((s) => s.score));
  const top = valid.filter((s) => s.score === best);
  return top.length === 1 ? new Set([top[0].col]) : new Set();
}
