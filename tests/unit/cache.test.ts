import { describe, expect, it } from "vitest";
import { cacheKey, getParserHash, parseCached, registryHash } from "@/lib/content/cache";
import { createRegistry, getRegistry } from "@/lib/content/registry";

// A document naming a tool the bundled registry lacks, with a nonce so no earlier run cached it.
const doc = (nonce: string) =>
  `# Cache probe ${nonce}\n\n| Technology | Purpose |\n| --- | --- |\n| Quillforge | invoices |\n| Redis | cache |\n`;

describe("parse cache", () => {
  it("a changed registry never serves the records parsed with the old one", () => {
    const text = doc(`${Date.now()}-${Math.random()}`);
    const base = getRegistry();
    const before = parseCached("probe.md", text, base, registryHash(base));
    const quill = before.stacks[0].layers
      .flatMap((l) => l.choices)
      .find((c) => c.name === "Quillforge");
    expect(quill?.known).toBe(false);
    const extended = createRegistry([
      ...base.technologies,
      {
        id: "quillforge",
        name: "Quillforge",
        layer: "integrations",
        aliases: [],
        description: "Invoice renderer.",
        homepage: "",
        ambiguous: false,
        describing: false,
      },
    ]);
    const after = parseCached("probe.md", text, extended, registryHash(extended));
    const known = after.stacks[0].layers
      .flatMap((l) => l.choices)
      .find((c) => c.name === "Quillforge");
    expect(known).toMatchObject({ known: true, layer: "integrations" });
  });

  it("a changed parser, file name or text gives another key", () => {
    const key = cacheKey("a.md", "text", "reg");
    expect(cacheKey("a.md", "text", "reg", getParserHash())).toBe(key);
    expect(cacheKey("a.md", "text", "reg", "another-parser")).not.toBe(key);
    expect(cacheKey("a.md", "text", "other-reg")).not.toBe(key);
    expect(cacheKey("b.md", "text", "reg")).not.toBe(key);
    expect(cacheKey("a.md", "text!", "reg")).not.toBe(key);
  });
});
