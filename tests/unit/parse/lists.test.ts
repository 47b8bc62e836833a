import { describe, expect, it } from "vitest";
import { allChoices, choicesOf, find, parseFixture } from "../helpers";

describe("list extractor", () => {
  const result = parseFixture("parse/lists.md");
  const own = result.stacks.find((s) => s.title === "Lists team");

  it("turns a list of named stacks into one stack each, layers from the registry", () => {
    const lamp = result.stacks.find((s) => s.title === "LAMP");
    const pern = result.stacks.find((s) => s.title === "PERN Stack");
    expect(choicesOf(lamp).map((c) => c.technology)).toEqual(
      expect.arrayContaining(["mysql", "php"]),
    );
    expect(choicesOf(pern).find((c) => c.technology === "express")).toMatchObject({
      layer: "backend",
      role: "primary",
    });
    expect(pern?.parent).toBe(own?.slug);
  });

  it("keeps the document's own stack beside them, as a collection", () => {
    expect(own?.kind).toBe("collection");
    expect(
      choicesOf(own).some((c) => c.technology === "sveltekit" || c.technology === "svelte"),
    ).toBe(true);
  });

  it("reads `**Layer:** a, b` and `Layer – a, b`", () => {
    expect(find(result, "tailwindcss")?.layer).toBe("frontend");
    expect(find(result, "fastify")?.layer).toBe("backend");
    expect(find(result, "zod")?.role).toBe("primary");
  });

  it("reads versions and details in parentheses", () => {
    expect(find(result, "postgresql")).toMatchObject({ version: "16", purpose: "primary" });
    expect(find(result, "redis")?.purpose).toBe("cache");
  });

  it("takes a parent bullet as the layer of its children, and (later) as planned", () => {
    expect(find(result, "docker")).toMatchObject({ layer: "infra", role: "primary" });
    expect(find(result, "kubernetes")?.role).toBe("planned");
    expect(allChoices(result).some((c) => c.name === "Infrastructure")).toBe(false);
  });

  it("makes `A or B` options and `X → Y` planned", () => {
    expect(find(result, "amazon-sqs")?.role).toBe("option");
    expect(find(result, "meilisearch")?.role).toBe("primary");
    expect(find(result, "elasticsearch")?.role).toBe("planned");
  });

  it("reads numbered lists and marks a roadmap section planned", () => {
    expect(find(result, "pnpm")?.layer).toBe("tooling");
    expect(find(result, "vitest")?.layer).toBe("testing");
    expect(find(result, "opentelemetry")?.role).toBe("planned");
  });

  it("does not take skills or prose bullets for technologies", () => {
    const names = allChoices(result).map((c) => c.name.toLowerCase());
    expect(names.some((n) => n.includes("communication") || n.includes("thinking"))).toBe(false);
  });
});
