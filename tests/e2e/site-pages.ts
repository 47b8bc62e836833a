import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Every page of an exported site, as URL paths. */
export function listPages(outDir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => {
      const p = join(d, e.name);
      if (e.isDirectory()) return e.name === "_next" || e.name === "data" ? [] : walk(p);
      return e.name.endsWith(".html") && e.name !== "404.html" && !e.name.startsWith("_")
        ? [p]
        : [];
    });
  return walk(outDir)
    .map(
      (p) =>
        `/${relative(outDir, p)
          .replace(/\\/g, "/")
          .replace(/(^|\/)index\.html$/, "")
          .replace(/\.html$/, "")}`,
    )
    .sort();
}
