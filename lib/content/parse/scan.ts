import type { Registry } from "../registry";
import type { Role, Technology } from "../schema";
import type { Atom } from "./compound";
import { toolOfFile } from "./config-files";
import { SCOPED_PACKAGE } from "./names";
import { cueAround, endsPhrase, inCondition, MADE_BY, PREFERRED_OVER } from "./roles";
import { describesNext, isCompanyAt, isLicenceAt } from "./text";

export const CUE_ROLE = {
  "passed-over": "alternative",
  planned: "planned",
  chosen: undefined,
} as const;

// A lower-case path to a file (`docker/docker-compose.yml`, `src/lib/api.js`); `React/Next.js` is not one.
const PATH = /(?<![\w@/.-])[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)*\/[a-z0-9_-]+\.[a-z]{1,5}(?![\w/])/g;

const USED_PACKAGE =
  /\b(?:via|using|uses|through)\s+`([a-z][\w.-]{1,40})`|`([a-z][\w.-]{1,40})`\s+(?:package|library|crate|gem|module)\b/gi;

/** Known names inside descriptive text; with `cues`, the words around each give its role. */
export function scanAtoms(text: string, registry: Registry, cues = true): Atom[] {
  const paths = [...text.matchAll(PATH)].map((m) => ({ at: m.index ?? 0, path: m[0] }));
  // `docker/docker-compose.yml`: a name inside a path is part of the path, not a mention.
  const inPath = (h: { index: number; text: string }) =>
    paths.some(
      (p) =>
        h.index >= p.at && h.index + h.text.length <= p.at + p.path.length && h.text !== p.path,
    );
  const hits = registry.scan(text).filter((h) => !inPath(h));
  // "Vercel/Netlify for the dashboard": names joined by a slash or "or" are options.
  const joined = (a: number, b: number) =>
    /^\s*(\/|or|o|ou|oder|или|lub)\s*$/i.test(text.slice(a, b));
  // "because Apache 2.0 license is compatible": a licence named after a product is not the product.
  const licence = (h: { index: number; text: string }) =>
    isLicenceAt(h.text, text.slice(h.index + h.text.length));
  // "Apache Tika", "AWS Textract": a vendor's name before another capitalised word names its product.
  const vendorOf = (h: { index: number; text: string }) =>
    /^(apache|apple|google|amazon|aws|microsoft|azure|hashicorp|nvidia|meta|ibm|oracle)$/i.test(
      h.text,
    ) &&
    /^ \p{Lu}/u.test(text.slice(h.index + h.text.length)) &&
    !hits.some((o) => o.index === h.index + h.text.length + 1);
  // "used by WeChat", "developed by Meta": who uses or makes it, not a choice.
  const maker = (h: { index: number; text: string }) =>
    MADE_BY.test(text.slice(Math.max(0, h.index - 24), h.index)) ||
    isCompanyAt(text.slice(h.index + h.text.length), h.text, text.slice(0, h.index));
  const modifier = (h: { index: number; text: string; tech: Technology }) =>
    describesNext(h.tech, text.slice(h.index + h.text.length));
  const atoms: Atom[] = hits
    .filter((h) => !licence(h) && !vendorOf(h) && !maker(h) && !modifier(h))
    .map((h, i, kept) => {
      const after = text.slice(h.index + h.text.length);
      const prev = kept[i - 1];
      const next = kept[i + 1];
      const option =
        (prev && joined(prev.index + prev.text.length, h.index)) ||
        (next && joined(h.index + h.text.length, next.index)) ||
        (cues && inCondition(text.slice(0, h.index)));
      const over =
        prev &&
        PREFERRED_OVER.test(text.slice(prev.index + prev.text.length, h.index)) &&
        endsPhrase(after);
      const cue = over
        ? "passed-over"
        : cues
          ? cueAround(text.slice(0, h.index), after)
          : undefined;
      // `.NET 8 (C#) with …`: a version right after a name in running text is that name's.
      const version = /^\s+v?(\d+(?:\.\d+)*(?:\.x)?)(?![\p{L}\d.])/u.exec(after)?.[1];
      return {
        name: h.tech.name,
        tech: h.tech,
        raw: h.text,
        version,
        role: cue ? CUE_ROLE[cue] : option ? ("option" as Role) : undefined,
      };
    });
  // ...but a tool's own configuration file in that path names the tool.
  for (const { path } of paths) {
    const tool = toolOfFile(registry, path);
    if (tool && !atoms.some((a) => a.tech?.id === tool.id))
      atoms.push({ name: tool.name, tech: tool, raw: path });
  }
  // `NestJS with @nestjs/axios for aggregation`: a scoped package is a name wherever it stands.
  for (const m of text.matchAll(SCOPED_PACKAGE))
    if (!atoms.some((a) => a.raw.includes(m[0]))) atoms.push({ name: m[0], raw: m[0] });
  // "via `qrcode` package", "using `ky`": a code span the text calls a package, or uses, is one.
  for (const m of text.matchAll(USED_PACKAGE)) {
    const name = m[1] ?? m[2];
    if (!atoms.some((a) => a.raw.includes(name))) atoms.push({ name, raw: name });
  }
  return atoms;
}
