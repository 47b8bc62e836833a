// Parses the content folder once per build and writes what the pages and the browser read.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toCompareStack, toStackList } from "../lib/compare/records";
import { countBySeverity } from "../lib/content/aggregate";
import { buildCatalog, getContentDir, writeCatalog } from "../lib/content/load";
import { getRegistry } from "../lib/content/registry";
import { writeLogos } from "../lib/logos/write";
import { toMatrixRow } from "../lib/matrix/rows";
import { sortRows } from "../lib/matrix/sort";
import { toRadarFacts } from "../lib/radar/facts";
import { buildConcepts } from "../lib/search/concepts";
import { toSearchData } from "../lib/search/records";
import { toTechRows } from "../lib/search/tech-rows";
import { writeSearchFiles } from "../lib/search/write";
import { isStrict } from "./args";

export function prebuild(strict: boolean): boolean {
  const dir = getContentDir();
  const catalog = buildCatalog(dir);
  writeCatalog(catalog);
  const out = join(process.cwd(), "public", "data");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "stacks"), { recursive: true });
  const { records, tokens, fuzzy } = toSearchData(catalog.stacks, getRegistry(dir));
  writeSearchFiles(join(process.cwd(), "public"), { records, tokens, fuzzy });
  writeFileSync(join(out, "stack-list.json"), JSON.stringify(toStackList(catalog.stacks)));
  writeFileSync(join(out, "concepts.json"), JSON.stringify(buildConcepts()));
  const matrix = sortRows(catalog.stacks.map(toMatrixRow), "name");
  writeFileSync(join(out, "matrix.json"), JSON.stringify(matrix));
  for (const s of catalog.stacks)
    writeFileSync(join(out, "stacks", `${s.slug}.json`), JSON.stringify(toCompareStack(s)));
  const techs = catalog.technologies.map((t) => ({ id: t.id, name: t.name, layer: t.layer }));
  const facts = toRadarFacts(catalog.stacks, techs, catalog.radar.thresholds.recentShare);
  writeFileSync(join(out, "radar.json"), JSON.stringify({ facts, config: catalog.radar }));
  const registry = getRegistry(dir);
  const techRows = toTechRows(catalog.technologies, registry);
  writeFileSync(join(out, "technologies.json"), JSON.stringify(techRows));
  const logos = writeLogos(
    join(process.cwd(), "public", "logos"),
    techs.map((t) => ({ ...registry.byId.get(t.id), ...t })),
  );

  const counts = countBySeverity(catalog.diagnostics);
  for (const d of catalog.diagnostics) {
    if (d.severity !== "info")
      console.log(`${join(dir, d.file)}:${d.line}:${d.col} ${d.severity} ${d.message}`);
  }
  const { documents, cacheHits, parseMs, historyMs } = catalog.stats;
  const changes = Object.values(catalog.history).flat().length;
  console.log(
    `history: ${changes} changes for ${Object.keys(catalog.history).length} stacks from git (${historyMs.toFixed(0)} ms)`,
  );
  console.log(`logos: ${logos.icons} from simple-icons, ${logos.monograms} monograms`);
  console.log(
    `catalog: ${catalog.stacks.length} stacks from ${documents} documents in ${dir} (${cacheHits} cached, ${parseMs.toFixed(0)} ms); ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes (npm run check -- ${dir} lists them all)`,
  );
  if (counts.error && strict) {
    console.error("build stopped: the content has errors (strict mode: --strict or CI=true)");
    return false;
  }
  return true;
}

const isMain = process.argv[1]?.endsWith("prebuild.ts");
if (isMain) {
  if (!prebuild(isStrict())) process.exit(1);
}
