import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

const namesIn = (doc: string) => allChoices(parse(doc)).map((c) => c.name);
const list = (...items: string[]) =>
  `# App\n\nSome intro.\n\n${items.map((i) => `- ${i}`).join("\n")}\n`;

describe("a list whose items lead with known products: the other leads are products too", () => {
  it("when two or more, and at least half, of the leads are known", () => {
    const found = namesIn(
      list(
        "**Widgetizer** - widgets",
        "**Gizmohub** - gizmos",
        "**Redis** - cache",
        "**Sentry** - errors",
      ),
    );
    expect(found.sort()).toEqual(["Gizmohub", "Redis", "Sentry", "Widgetizer"]);
  });

  it.each([
    [
      "only one known lead",
      ["**Widgetizer** - widgets", "**Gizmohub** - gizmos", "**Redis** - cache"],
    ],
    [
      "fewer than half known",
      [
        "**Widgetizer** - widgets",
        "**Gizmohub** - gizmos",
        "**Thingamajig** - things",
        "**Redis** - cache",
        "**Sentry** - errors",
      ],
    ],
    [
      "leads that are labels",
      ["**Widgets:** Widgetizer", "**Gizmos:** Gizmohub", "**Cache:** Redis", "**Errors:** Sentry"],
    ],
  ])("not with %s", (_, items) => {
    const found = namesIn(list(...items));
    expect(found).not.toContain("Widgetizer");
    expect(found).not.toContain("Gizmohub");
  });

  it("a lead that looks like a name is one; a category or two plain nouns are not", () => {
    const found = namesIn(
      list(
        "**Redis** - cache",
        "**Sentry** - errors",
        "**PostgreSQL** - database",
        "**Kafka** - events",
        "**Testing** - unit tests",
        "**Native Entwicklung** - mobile apps",
        "**ACME Portal** - internal",
        "**Widgetizer 2** - widgets",
      ),
    );
    // "Widgetizer 2": the name, at version 2.
    expect(found).toEqual(expect.arrayContaining(["ACME Portal", "Widgetizer"]));
    expect(found).not.toContain("Testing");
    expect(found).not.toContain("Native Entwicklung");
  });
});

describe("an option weighed in a decision record", () => {
  const doc = [
    "# ADR 1: OCR engine",
    "",
    "## Considered options",
    "",
    "- Tesseract via Tess4J Java API (JNA), Apache 2.0",
    "- PaddleOCR subprocess",
    "- Google Cloud Vision API",
    "- Good, because it is fast",
    "- some home-grown thing we wrote",
    "",
    "## Decision outcome",
    "",
    "Chosen: Tesseract.",
  ].join("\n");
  const roles = new Map(allChoices(parse(doc)).map((c) => [c.technology, c.role]));

  it("is the name the item starts with, and what it is reached through", () => {
    expect(roles.get("tesseract")).toBe("primary");
    expect(roles.get("tess4j")).toBe("alternative");
    expect(roles.get("paddleocr")).toBe("alternative");
  });

  it("is one option, however it is reached: not also its name with “API” after it", () => {
    expect(roles.get("google-cloud-vision")).toBe("alternative");
    expect(roles.has("google-cloud-vision-api")).toBe(false);
  });

  it("pros and cons and plain words name nothing", () => {
    expect([...roles.keys()].some((id) => /good|home|thing/.test(id))).toBe(false);
  });
});
