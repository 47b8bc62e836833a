import type { CatalogChange } from "./changes";

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Atom ids must be absolute IRIs; a tag URI needs no host, so the feed is valid wherever it is served. */
const tagId = (path: string) => `tag:stack-atlas,2026:${path}`;

/**
 * The changes as an Atom 1.0 feed. Links are relative to the feed (RFC 4287 resolves them against
 * its address), since a static export does not know where it will be served.
 */
export function toAtomFeed(changes: CatalogChange[], builtAt: string): string {
  const updated = changes[0] ? new Date(changes[0].date).toISOString() : builtAt;
  const entries = changes.map((c) => {
    const when = new Date(c.date).toISOString();
    return [
      "  <entry>",
      `    <id>${tagId(`changes/${c.commit}/${c.slug}`)}</id>`,
      `    <title>${escapeXml(`${c.title}: ${c.summary}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="stacks/${escapeXml(c.slug)}#history"/>`,
      `    <updated>${when}</updated>`,
      `    <summary>${escapeXml(c.summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${tagId("changes")}</id>`,
    "  <title>Stack Atlas: decision changes</title>",
    '  <link rel="self" type="application/atom+xml" href="changes.xml"/>',
    '  <link rel="alternate" type="text/html" href="changes"/>',
    `  <updated>${updated}</updated>`,
    "  <author><name>Stack Atlas</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
