import { describe, expect, it } from "vitest";
import { allChoices, find, parseFixture } from "../helpers";

describe("prose and mermaid extractors", () => {
  const result = parseFixture("parse/prose-mermaid.md");

  it("takes bold and code-spanned names under a layer heading", () => {
    expect(find(result, "postgresql")?.layer).toBe("data");
    expect(find(result, "clickhouse")?.layer).toBe("data");
  });

  it("reads known names in running text under a layer heading, with their version", () => {
    expect(find(result, "redis")).toMatchObject({ layer: "data", version: "7", role: "primary" });
  });

  it("needs a signal for words that are technologies only sometimes, and a stack heading", () => {
    expect(find(result, "go")).toBeUndefined();
    expect(find(result, "spring-boot")).toBeUndefined();
    expect(find(result, "typescript")).toBeUndefined();
  });

  it("reads mermaid node labels that name known technologies", () => {
    expect(find(result, "cloudflare-workers")?.layer).toBe("infra");
    expect(find(result, "hono")?.layer).toBe("backend");
    expect(find(result, "kafka")).toBeDefined();
    expect(find(result, "redpanda")).toBeDefined();
    expect(allChoices(result).some((c) => /anomaly/i.test(c.name))).toBe(false);
  });

  it("keeps the subgraph title as the choice's own label; the layer keeps its own name", () => {
    const stack = result.stacks[0];
    expect(stack.layers.find((l) => l.id === "infra")?.label).toBe("Infrastructure");
    expect(find(result, "cloudflare-workers")).toMatchObject({
      label: "Edge and CDN",
      slot: "cdn-edge",
    });
  });
});
