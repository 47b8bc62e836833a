import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/content/load";
import type { Kind, Role, Stack } from "@/lib/content/schema";
import { toRadar } from "@/lib/radar/build";
import { DEFAULT_RADAR_CONFIG, loadRadarConfig, parseRadarConfig } from "@/lib/radar/config";
import { type RadarTech, recentStacks, toRadarFacts } from "@/lib/radar/facts";
import {
  adoptMinimum,
  DEFAULT_THRESHOLDS,
  describeCounts,
  type RingCounts,
  ringFor,
} from "@/lib/radar/ring";
import { parseRadarQuery, toRadarSearch } from "@/lib/radar/url";

const counts = (c: Partial<RingCounts>): RingCounts => ({
  chosen: 0,
  passedOver: 0,
  retired: 0,
  planned: 0,
  option: 0,
  example: 0,
  recent: false,
  ...c,
});

describe("ring rule", () => {
  // 24 stacks: adopt needs max(2, ceil(0.15 × 24)) = 4 primary stacks.
  it.each([
    ["primary in many, never passed over", { chosen: 9 }, "adopt"],
    ["primary in exactly the minimum", { chosen: 4 }, "adopt"],
    ["passed over in a quarter of as many", { chosen: 4, passedOver: 1 }, "adopt"],
    ["passed over too often for adopt", { chosen: 4, passedOver: 2 }, "trial"],
    ["primary in one under the minimum", { chosen: 3 }, "trial"],
    ["primary in a single stack", { chosen: 1, planned: 3 }, "trial"],
    ["widely chosen but only recently", { chosen: 6, recent: true }, "trial"],
    ["rejected as often as chosen", { chosen: 1, passedOver: 1 }, "trial"],
    ["planned only", { planned: 2 }, "assess"],
    ["an option only", { option: 1 }, "assess"],
    ["an example only", { example: 1 }, "assess"],
    ["rejected more than chosen", { chosen: 1, passedOver: 2 }, "hold"],
    ["rejected, never chosen", { passedOver: 1, planned: 1 }, "hold"],
    ["being migrated away from", { chosen: 1, retired: 2 }, "hold"],
  ] as const)("%s → %s", (_, c, ring) => {
    expect(ringFor(counts(c), 24, DEFAULT_THRESHOLDS).ring).toBe(ring);
  });

  it.each([
    [5, 2],
    [24, 4],
    [100, 15],
  ])("with %i stacks adopt needs %i primary stacks", (stacks, min) => {
    expect(adoptMinimum(stacks, DEFAULT_THRESHOLDS)).toBe(min);
  });

  it("is relative to the catalog's size: 4 primary stacks adopt in 24, trial in 100", () => {
    expect(ringFor(counts({ chosen: 4 }), 24, DEFAULT_THRESHOLDS).ring).toBe("adopt");
    expect(ringFor(counts({ chosen: 4 }), 100, DEFAULT_THRESHOLDS).ring).toBe("trial");
  });

  it("follows changed thresholds", () => {
    const strict = { ...DEFAULT_THRESHOLDS, adoptShare: 0.5, rarelyPassedOver: 0 };
    expect(ringFor(counts({ chosen: 9 }), 24, strict).ring).toBe("trial");
    expect(ringFor(counts({ chosen: 12, passedOver: 1 }), 24, strict).ring).toBe("trial");
    expect(ringFor(counts({ chosen: 12 }), 24, strict).ring).toBe("adopt");
  });

  it("says why in words", () => {
    const v = ringFor(counts({ chosen: 9, passedOver: 2 }), 24, DEFAULT_THRESHOLDS);
    expect(v.reason).toMatch(/^primary in 9 stacks, considered and rejected in 2: /);
    expect(describeCounts(counts({ chosen: 1 }))).toBe("primary in 1 stack");
    expect(ringFor(counts({ chosen: 4, passedOver: 2 }), 24, DEFAULT_THRESHOLDS).reason).toMatch(
      /passed over too often for adopt$/,
    );
    expect(ringFor(counts({ chosen: 2 }), 24, DEFAULT_THRESHOLDS).reason).toMatch(
      /primary in a few stacks \(adopt needs 4\)$/,
    );
  });
});

const TECHS: RadarTech[] = [
  { id: "postgresql", name: "PostgreSQL", layer: "data" },
  { id: "mysql", name: "MySQL", layer: "data" },
  { id: "react", name: "React", layer: "frontend" },
  { id: "unused", name: "Unused", layer: "tooling" },
];

function stack(
  slug: string,
  uses: Array<[string, Role]>,
  extra: { kind?: Kind; tags?: string[]; updated?: string; status?: Stack["status"] } = {},
): Stack {
  return {
    slug,
    title: slug,
    summary: "",
    kind: extra.kind ?? "stack",
    tags: extra.tags ?? [],
    updated: extra.updated,
    status: extra.status,
    source: { file: `${slug}.md`, line: 1 },
    notes: [],
    layers: [
      {
        id: "data",
        label: "Data",
        choices: uses.map(([technology, role], i) => ({
          technology,
          name: technology,
          role,
          alternatives: [],
          layer: "data",
          slot: "database",
          line: i + 1,
          raw: technology,
          known: true,
        })),
      },
    ],
  };
}

const STACKS = [
  stack(
    "a",
    [
      ["postgresql", "primary"],
      ["postgresql", "primary"],
      ["mysql", "alternative"],
    ],
    {
      tags: ["web"],
    },
  ),
  stack(
    "b",
    [
      ["postgresql", "primary"],
      ["react", "planned"],
    ],
    { tags: ["web"] },
  ),
  stack(
    "c",
    [
      ["mysql", "primary"],
      ["postgresql", "alternative"],
    ],
    { kind: "guide" },
  ),
  stack("d", [["mysql", "primary"]], { kind: "guide", status: "superseded" }),
];

describe("radar from stacks", () => {
  const facts = toRadarFacts(STACKS, TECHS, 0.2);
  const ringOf = (r: ReturnType<typeof toRadar>, id: string) =>
    r.entries.find((e) => e.id === id)?.ring;

  it("counts each stack once per role and places every mentioned technology", () => {
    const radar = toRadar(facts, DEFAULT_RADAR_CONFIG);
    expect(radar.entries.map((e) => e.id)).toEqual(["mysql", "postgresql", "react"]);
    const pg = radar.entries.find((e) => e.id === "postgresql");
    expect(pg?.reason).toMatch(/^primary in 2 stacks, considered and rejected in 1/);
    // Rejected in 1 against 2 choices is not "rarely passed over".
    expect(pg?.ring).toBe("trial");
    // MySQL: primary in one live stack, rejected in one, primary in a superseded record.
    expect(ringOf(radar, "mysql")).toBe("hold");
    expect(ringOf(radar, "react")).toBe("assess");
  });

  it("recounts under kind and tag filters, and hides other layers under a layer filter", () => {
    const guides = toRadar(facts, DEFAULT_RADAR_CONFIG, { layers: [], kinds: ["guide"], tags: [] });
    expect(guides.stacks).toBe(2);
    expect(ringOf(guides, "postgresql")).toBe("hold");
    const web = toRadar(facts, DEFAULT_RADAR_CONFIG, { layers: [], kinds: [], tags: ["web"] });
    expect(ringOf(web, "mysql")).toBe("hold");
    expect(ringOf(web, "postgresql")).toBe("adopt");
    const front = toRadar(facts, DEFAULT_RADAR_CONFIG, {
      layers: ["frontend"],
      kinds: [],
      tags: [],
    });
    expect(front.entries.map((e) => e.id)).toEqual(["react"]);
  });

  it("lets radar.json set a ring by hand, keeping the computed reason beside its own", () => {
    const { config } = parseRadarConfig(
      JSON.stringify({ rings: { react: "hold", mysql: { ring: "trial", reason: "new driver" } } }),
    );
    const radar = toRadar(facts, config);
    expect(ringOf(radar, "react")).toBe("hold");
    expect(ringOf(radar, "mysql")).toBe("trial");
    expect(radar.entries.find((e) => e.id === "mysql")?.reason).toMatch(
      /^set by hand in radar.json: new driver \(/,
    );
  });

  it("marks the newest share of dated stacks as recent, and none when dates do not differ", () => {
    const dated = ["2024-01", "2024-06", "2025-01", "2025-03", "2025-05"].map((updated) => ({
      updated,
    }));
    expect([...recentStacks(dated, 0.2)]).toEqual([4]);
    expect([...recentStacks(dated, 0.4)].sort()).toEqual([3, 4]);
    expect(recentStacks([{ updated: "2025-01" }, { updated: "2025-01" }], 0.5).size).toBe(0);
    expect(recentStacks([{}, { updated: "2025-01" }], 0.5).size).toBe(0);
  });
});

describe("radar.json", () => {
  it.each([
    ["missing", undefined, DEFAULT_RADAR_CONFIG.thresholds.adoptShare, 0],
    ["partial thresholds", '{"thresholds":{"adoptShare":0.3}}', 0.3, 0],
    ["an empty object", "{}", DEFAULT_RADAR_CONFIG.thresholds.adoptShare, 0],
  ])("%s: uses it", (_, text, adoptShare, problems) => {
    const { config, diagnostics } = parseRadarConfig(text);
    expect(config.thresholds.adoptShare).toBe(adoptShare);
    expect(config.thresholds.adoptMin).toBe(DEFAULT_RADAR_CONFIG.thresholds.adoptMin);
    expect(diagnostics).toHaveLength(problems);
  });

  it.each([
    ["broken JSON", "{ rings: ", /not valid JSON/],
    [
      "an unknown ring",
      '{"rings":{"jquery":"keep"}}',
      /rings\.jquery: expected one of adopt, trial/,
    ],
    ["a share above 1", '{"thresholds":{"adoptShare":2}}', /thresholds\.adoptShare/],
    ["an unknown key", '{"ring":{}}', /ring/],
    ["not an object", "[1]", /\(top\)/],
  ])("%s: falls back to the default rule with an error naming the file", (_, text, says) => {
    const { config, diagnostics } = parseRadarConfig(text);
    expect(config).toEqual(DEFAULT_RADAR_CONFIG);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: "radar.json", severity: "error" });
    expect(diagnostics[0].message).toMatch(says);
    expect(diagnostics[0].message).toMatch(/^radar\.json: /);
  });

  it("is read from the content folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "radar-"));
    expect(loadRadarConfig(dir).diagnostics).toEqual([]);
    writeFileSync(join(dir, "radar.json"), '{"rings":{"react":"assess"}}');
    expect(loadRadarConfig(dir).config.rings.react).toEqual({ ring: "assess" });
    writeFileSync(join(dir, "radar.json"), "nope");
    expect(loadRadarConfig(dir).diagnostics[0].code).toBe("radar-config");
  });

  it("a bad one does not stop the catalog: it becomes one of its diagnostics", () => {
    const dir = mkdtempSync(join(tmpdir(), "radar-"));
    writeFileSync(join(dir, "stack.md"), "# Shop\n\n## Data\n\n- PostgreSQL\n");
    writeFileSync(join(dir, "radar.json"), '{"rings":{"postgresql":"forever"}}');
    const catalog = buildCatalog(dir);
    expect(catalog.stacks).toHaveLength(1);
    expect(catalog.radar).toEqual(DEFAULT_RADAR_CONFIG);
    expect(catalog.diagnostics.filter((d) => d.file === "radar.json")).toMatchObject([
      { severity: "error", code: "radar-config" },
    ]);
  });
});

describe("radar address", () => {
  const tags = new Set(["llm", "web"]);
  it("reads layers, kinds and known tags, and round-trips", () => {
    const { filter, notices } = parseRadarQuery(
      new URLSearchParams("layer=ai&kind=guide&tag=llm"),
      tags,
    );
    expect(filter).toEqual({ layers: ["ai"], kinds: ["guide"], tags: ["llm"] });
    expect(notices).toEqual([]);
    expect(toRadarSearch(filter)).toBe("?layer=ai&kind=guide&tag=llm");
  });

  it.each([
    ["layer=x", "layer", "x"],
    ["kind=blog", "kind", "blog"],
    ["tag=nosuch", "tag", "nosuch"],
  ])("drops %s with a notice", (search, what, value) => {
    const { filter, notices } = parseRadarQuery(new URLSearchParams(search), tags);
    expect(filter).toEqual({ layers: [], kinds: [], tags: [] });
    expect(notices.join(" ")).toContain(`unknown ${what}: “${value}”`);
  });
});
