import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { logoUrlOf } from "@/lib/logos/file";
import { resolveIcon, toIconIndex, toIconSlug } from "@/lib/logos/resolve";
import { contrast, iconTile, monogramOf, monogramTile, tileColours } from "@/lib/logos/svg";
import { loadIconIndex, writeLogos } from "@/lib/logos/write";

const index = toIconIndex([
  { slug: "postgresql", title: "PostgreSQL", hex: "4169E1", aka: [] },
  { slug: "nodedotjs", title: "Node.js", hex: "5FA04E", aka: [] },
  { slug: "amazonwebservices", title: "Amazon Web Services", hex: "232F3E", aka: ["AWS"] },
]);

describe("logo resolution", () => {
  it.each([
    ["the registry's icon field", { id: "pg", name: "Postgres", icon: "postgresql" }, "postgresql"],
    ["the id", { id: "postgresql", name: "Postgres" }, "postgresql"],
    ["the name", { id: "node", name: "Node.js" }, "nodedotjs"],
    [
      "an alias",
      { id: "js-runtime", name: "Runtime", aliases: ["NodeJS", "Node.js"] },
      "nodedotjs",
    ],
    [
      "a simple-icons alias",
      { id: "amazon", name: "Cloud", aliases: ["AWS"] },
      "amazonwebservices",
    ],
    [
      "an icon field simple-icons lacks, then the id",
      { id: "postgresql", name: "P", icon: "gone" },
      "postgresql",
    ],
  ])("finds the mark by %s", (_, tech, slug) => {
    expect(resolveIcon(tech, index)?.slug).toBe(slug);
  });

  it("gives none (a monogram) when nothing matches", () => {
    expect(resolveIcon({ id: "in-house-queue", name: "In-house Queue" }, index)).toBeUndefined();
  });

  it.each([
    ["Node.js", "nodedotjs"],
    ["C++", "cplusplus"],
    ["Série", "serie"],
    ["AT&T", "atandt"],
  ])("slugs %s as simple-icons does (%s)", (title, slug) => {
    expect(toIconSlug(title)).toBe(slug);
  });

  it("uses simple-icons' CC0 marks and leaves out those under another licence", () => {
    const real = loadIconIndex();
    expect(real.bySlug.get("postgresql")?.hex).toMatch(/^[0-9A-F]{6}$/);
    // Rust's mark is CC-BY-SA in simple-icons' data: it gets a monogram.
    expect(real.bySlug.has("rust")).toBe(false);
    expect(resolveIcon({ id: "rust", name: "Rust" }, real)).toBeUndefined();
  });
});

describe("logo tiles", () => {
  it.each([
    ["a dark brand colour", "000000", "#ffffff"],
    ["a mid brand colour", "4169E1", "#ffffff"],
    ["a light brand colour", "F7DF1E", "#0f172a"],
  ])("put %s on a backdrop it contrasts with", (_, hex, bg) => {
    const c = tileColours(hex);
    expect(c.bg).toBe(bg);
    expect(contrast(c.fg, c.bg)).toBeGreaterThanOrEqual(3);
  });

  it("keeps every simple-icons mark at 3:1 or more on its backdrop", () => {
    for (const e of loadIconIndex().bySlug.values()) {
      const { fg, bg } = tileColours(e.hex);
      expect(contrast(fg, bg), e.slug).toBeGreaterThanOrEqual(3);
    }
  });

  it.each([
    ["Apache Kafka", "AK"],
    ["tRPC", "TR"],
    ["Go", "Go"],
    ["node.js", "NJ"],
    ["In-house Queue", "IQ"],
    ["???", "?"],
  ])("monograms %s as %s", (name, letters) => {
    expect(monogramOf(name)).toBe(letters);
  });

  it("escapes names in monograms and embeds the mark's path in icon tiles", () => {
    expect(monogramTile("<script>")).toContain(">Sc</text>");
    expect(monogramTile("<script>")).not.toContain("<script");
    expect(iconTile("M0 0h24v24H0z", "4169E1")).toContain('d="M0 0h24v24H0z"');
  });

  it("writes a tile file per technology: a mark where there is one, else a monogram", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "logos-")), "logos");
    const made = writeLogos(dir, [
      { id: "postgresql", name: "PostgreSQL" },
      { id: "in-house-queue", name: "In-house Queue" },
    ]);
    expect(made).toEqual({ icons: 1, monograms: 1 });
    expect(readdirSync(dir).sort()).toEqual(["in-house-queue.svg", "postgresql.svg"]);
    const tile = (id: string) => readFileSync(join(dir, `${id}.svg`), "utf8");
    expect(tile("postgresql")).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 32 32"/,
    );
    expect(tile("postgresql")).toMatch(/<path [^>]*fill="#4169E1"/i);
    expect(tile("in-house-queue")).toContain(">IQ</text>");
  });

  it("serves a tile at its id, escaped for a URL", () => {
    expect(logoUrlOf("postgresql")).toBe("/logos/postgresql.svg");
    expect(logoUrlOf("c#")).toBe("/logos/c%23.svg");
  });
});
