import { posix } from "node:path";
import { getStacks } from "../content/load";

/** Relative links between documents of the catalog become links between their stack pages. */
export function toDocLinkResolver(fromFile: string): (href: string) => string | undefined {
  const byFile = new Map<string, string>();
  for (const s of getStacks()) if (!s.parent && !byFile.has(s.source.file)) byFile.set(s.source.file, s.slug);
  return (href) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("/")) return undefined;
    const [path, hash] = href.split("#");
    const target = posix.normalize(posix.join(posix.dirname(fromFile), decodeURIComponent(path)));
    const slug = byFile.get(target);
    return slug ? `/stacks/${slug}${hash ? "" : ""}` : undefined;
  };
}
