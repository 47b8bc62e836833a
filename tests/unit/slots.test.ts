import { describe, expect, it } from "vitest";
import type { LayerId } from "@/lib/content/schema";
import {
  defaultSlot,
  getSlots,
  isGenericSlot,
  otherSlot,
  slotLabel,
  toSlotId,
} from "@/lib/content/slots";
import { find, parse, registry } from "./helpers";

describe("slot taxonomy", () => {
  it("has 60 to 90 slots besides each layer's catch-all, ids unique, every layer covered", () => {
    const slots = getSlots();
    const named = slots.filter((s) => !s.id.endsWith("-other") && s.id !== "language");
    expect(named.length).toBeGreaterThanOrEqual(60);
    expect(named.length).toBeLessThanOrEqual(90);
    expect(new Set(slots.map((s) => s.id)).size).toBe(slots.length);
    for (const layer of new Set(slots.map((s) => s.layer)))
      expect(slots.some((s) => s.id === otherSlot(layer))).toBe(true);
  });
});

/** A document's own label, in the languages the parser reads, and the slot it names. Order of rules pinned. */
const LABELS: Array<[label: string, layer: LayerId, slot: string]> = [
  ["Cache", "data", "cache"],
  ["キャッシュ", "data", "cache"],
  ["Кэш", "data", "cache"],
  ["缓存", "data", "cache"],
  ["ORM", "data", "orm"],
  ["Vector DB", "data", "vector-store"],
  ["Search", "data", "search-engine"],
  ["Database", "data", "database"],
  ["Base de datos", "data", "database"],
  ["Document database", "data", "database"],
  ["File storage", "data", "object-storage"],
  ["Styling", "frontend", "styling"],
  ["State management", "frontend", "state"],
  ["Mobile", "frontend", "mobile-framework"],
  ["Auth", "security", "auth"],
  ["認証", "security", "auth"],
  ["Secrets", "security", "secrets"],
  ["Queue", "messaging", "queue"],
  ["Background jobs", "messaging", "background-jobs"],
  ["Payments", "integrations", "payments"],
  ["Email", "integrations", "email-sms"],
  ["Hosting", "infra", "hosting"],
  ["CI/CD", "delivery", "ci-cd"],
  ["Linting", "testing", "linter"],
  ["E2E", "testing", "e2e-testing"],
  ["Error tracking", "observability", "error-tracking"],
];

describe("labels name slots", () => {
  it.each(LABELS)("%s (%s) → %s", (label, layer, slot) => {
    expect(toSlotId(label, layer)).toBe(slot);
  });

  it("match without regard to case, only within the layer, and not for empty labels", () => {
    expect(toSlotId("CACHE", "data")).toBe("cache");
    expect(toSlotId("Cache", "frontend")).toBeUndefined();
    expect(toSlotId("  ", "data")).toBeUndefined();
    expect(toSlotId(undefined, "data")).toBeUndefined();
  });
});

describe("slot facts", () => {
  it("each layer's catch-all: `<layer>-other`, and `language` for languages", () => {
    expect(otherSlot("data")).toBe("data-other");
    expect(otherSlot("language")).toBe("language");
  });

  it("a generic slot (a layer's main choice) is marked; others and unknown ids are not", () => {
    expect(isGenericSlot("database")).toBe(true);
    expect(isGenericSlot("cache")).toBe(false);
    expect(isGenericSlot("no-such-slot")).toBe(false);
  });

  it("labels read as a person would; an unknown id stands for itself", () => {
    expect(slotLabel("state")).toBe("State management");
    expect(slotLabel("no-such-slot")).toBe("no-such-slot");
  });

  it("a technology's default slot: its own, else its description's words, else the catch-all", () => {
    const tech = { layer: "data" as const, name: "Keeper", description: "", slot: undefined };
    expect(defaultSlot({ ...tech, slot: "search" })).toBe("search");
    expect(defaultSlot({ ...tech, description: "An in-memory cache" })).toBe("cache");
    expect(defaultSlot({ ...tech, name: "Keeper Cache" })).toBe("cache");
    expect(defaultSlot(tech)).toBe("data-other");
  });
});

/** Every registry technology has a default slot of its own layer; common ones the slot a reader expects. */
const DEFAULTS: Array<[id: string, slot: string]> = [
  ["postgresql", "database"],
  ["mongodb", "database"],
  ["redis", "cache"],
  ["prisma", "orm"],
  ["mongoose", "orm"],
  ["react", "ui-framework"],
  ["angular", "ui-framework"],
  ["nextjs", "meta-framework"],
  ["express", "web-framework"],
  ["kafka", "stream"],
  ["auth0", "auth"],
  ["kubernetes", "orchestrator"],
  ["sentry", "error-tracking"],
  ["openai", "model-api"],
  ["langchain", "orchestration"],
];

describe("registry slots", () => {
  it("gives every technology a slot of its own layer", () => {
    const layerOf = new Map(getSlots().map((s) => [s.id, s.layer]));
    const wrong = registry.technologies.filter((t) => !t.slot || layerOf.get(t.slot) !== t.layer);
    expect(wrong.map((t) => `${t.id}: ${t.slot}`)).toEqual([]);
  });

  it.each(DEFAULTS)("%s → %s", (id, slot) => {
    expect(registry.byId.get(id)?.slot).toBe(slot);
  });
});

describe("choices carry their slot and label", () => {
  const result = parse(
    [
      "# Shop",
      "",
      "| Category | Technology |",
      "| --- | --- |",
      "| Cache | Redis |",
      "| Backend | Pydantic |",
      "| Queue | Redis |",
    ].join("\n"),
  );

  it("a row's own label wins", () => {
    expect(find(result, "redis")).toMatchObject({ slot: "cache", label: "Cache" });
  });

  it("a label that only names the layer does not override the technology's own slot", () => {
    expect(find(result, "pydantic")).toMatchObject({ slot: "validation", label: "Backend" });
  });
});
