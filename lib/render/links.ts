import { posix } from "node:path";
import { getStacks } from "../content/load";

let byFile: Map<string, string> | undefined;

/** Which stack page each document became; built once per build process, not once per page. */
function getSlugByFile(): Map<string, string> {
  if (byFile) return byFile;
  byFile = new Map();
  for (const s of getStacks())
    if (!s.parent && !byFile.has(s.source.file)) byFile.set(s.source.file, s.slug);
  return byFile;
}

/** Relative links between documents of the catalog become links between their stack pages. */
export function toDocLinkResolver(fromFile: string): (href: string) => string | undefined {
  return (href) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("/")) return undefined;
    const path = href.split("#")[0];
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return undefined;
    }
    const slug = getSlugByFile().get(posix.normalize(posix.join(posix.dirname(fromFile), decoded)));
    return slug ? `/stacks/${slug}` : undefined;
  };
}
