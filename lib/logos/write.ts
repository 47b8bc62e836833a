import "server-only";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type IconEntry, type IconIndex, resolveIcon, toIconIndex } from "./resolve";
import { iconTile, monogramTile, tileFile } from "./svg";

interface SimpleIcon {
  slug: string;
  title: string;
  hex: string;
  aliases?: { aka?: string[] };
  license?: { type: string };
}

const require = createRequire(import.meta.url);
const ROOT = dirname(require.resolve("simple-icons"));

/** simple-icons' marks that are CC0 like the package: those under another licence are left out. */
export function loadIconIndex(): IconIndex {
  const data = JSON.parse(
    readFileSync(join(ROOT, "data", "simple-icons.json"), "utf8"),
  ) as SimpleIcon[];
  const entries: IconEntry[] = data
    .filter((i) => !i.license || i.license.type === "CC0-1.0")
    .map((i) => ({ slug: i.slug, title: i.title, hex: i.hex, aka: i.aliases?.aka ?? [] }));
  return toIconIndex(entries);
}

function iconPath(slug: string): string {
  const svg = readFileSync(join(ROOT, "icons", `${slug}.svg`), "utf8");
  return /\sd="([^"]+)"/.exec(svg)?.[1] ?? "";
}

/**
 * Writes a tile for every technology, a file each: its simple-icons mark, else a monogram. One
 * sprite of them all had been 2.3 MB at 1,000 stacks, downloaded and parsed by every page.
 */
export function writeLogos(
  dir: string,
  techs: Array<{ id: string; name: string; aliases?: string[]; icon?: string }>,
): { icons: number; monograms: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const index = loadIconIndex();
  let icons = 0;
  for (const t of techs) {
    const icon = resolveIcon(t, index);
    const path = icon && iconPath(icon.slug);
    if (path) icons++;
    const tile = path ? iconTile(path, icon.hex) : monogramTile(t.name);
    writeFileSync(join(dir, `${t.id}.svg`), tileFile(tile));
  }
  return { icons, monograms: techs.length - icons };
}
