// Which simple-icons mark a technology gets: its registry icon, else one named like its id or an alias.

export interface IconEntry {
  slug: string;
  title: string;
  hex: string;
  /** Other names simple-icons knows it by. */
  aka: string[];
}

export interface IconIndex {
  bySlug: Map<string, IconEntry>;
  /** Titles and simple-icons aliases, as `toIconSlug` keys. */
  byName: Map<string, IconEntry>;
}

/** simple-icons' own title-to-slug rule: `Node.js` → `nodedotjs`, `C++` → `cplusplus`. */
export function toIconSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/\+/g, "plus")
    .replace(/\./g, "dot")
    .replace(/&/g, "and")
    .replace(/đ/g, "d")
    .replace(/ħ/g, "h")
    .replace(/ı/g, "i")
    .replace(/ĸ/g, "k")
    .replace(/ŀ/g, "l")
    .replace(/ł/g, "l")
    .replace(/ß/g, "ss")
    .replace(/ŧ/g, "t")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

export function toIconIndex(entries: IconEntry[]): IconIndex {
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  const byName = new Map<string, IconEntry>();
  for (const e of entries)
    for (const name of [e.title, ...e.aka]) {
      const key = toIconSlug(name);
      if (key && !byName.has(key)) byName.set(key, e);
    }
  return { bySlug, byName };
}

/** The icon for a technology, or undefined when it should get a monogram. */
export function resolveIcon(
  tech: { id: string; name: string; aliases?: string[]; icon?: string },
  index: IconIndex,
): IconEntry | undefined {
  if (tech.icon) {
    const named = index.bySlug.get(tech.icon);
    if (named) return named;
  }
  const names = [tech.id, tech.name, ...(tech.aliases ?? [])];
  for (const n of names) {
    const hit = index.bySlug.get(toIconSlug(n));
    if (hit) return hit;
  }
  for (const n of names) {
    const hit = index.byName.get(toIconSlug(n));
    if (hit) return hit;
  }
  return undefined;
}
