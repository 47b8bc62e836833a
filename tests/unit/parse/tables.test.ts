import { describe, expect, it } from "vitest";
import { allChoices, find, parseFixture } from "../helpers";

describe("table extractor", () => {
  const result = parseFixture("parse/table-decisions.md");

  it("reads each column by its header: version, purpose, rationale", () => {
    const boot = find(result, "spring-boot");
    expect(boot).toMatchObject({
      version: "^3.3",
      purpose: "HTTP API",
      rationale: "Team knows it well",
      role: "primary",
      layer: "backend",
    });
  });

  it("resolves aliases and splits a version written into the name", () => {
    expect(find(result, "postgresql")).toMatchObject({ name: "PostgreSQL", version: "16+" });
  });

  it("treats Latest, Built-in and - as no version", () => {
    expect(find(result, "redis")?.version).toBeUndefined();
    expect(find(result, "kafka")?.version).toBeUndefined();
  });

  it("makes `A / B` options and `A + B` both chosen", () => {
    expect(find(result, "kafka")?.role).toBe("option");
    expect(find(result, "rabbitmq")?.role).toBe("option");
    expect(find(result, "prometheus")?.role).toBe("primary");
    expect(find(result, "grafana")?.role).toBe("primary");
  });

  it("lists the alternatives column as alternatives, on the choice and as their own records", () => {
    expect(find(result, "spring-boot")?.alternatives).toEqual(["Quarkus", "Micronaut"]);
    expect(find(result, "quarkus")?.role).toBe("alternative");
    expect(find(result, "cockroachdb")?.role).toBe("alternative");
  });

  it("keeps an unknown technology with a slug id and says so", () => {
    expect(find(result, "ledgerkit")).toMatchObject({
      name: "LedgerKit",
      known: false,
      version: "1.4.0",
    });
    expect(
      result.diagnostics.some(
        (d) => d.code === "unknown-technology" && d.message.includes("LedgerKit"),
      ),
    ).toBe(true);
  });

  it("records the 1-based source line of each row", () => {
    expect(find(result, "kotlin")?.line).toBe(5);
    expect(find(result, "stripe")?.line).toBe(11);
  });

  it("never takes a row label for a technology", () => {
    const names = allChoices(result).map((c) => c.name);
    expect(names).not.toContain("Language");
    expect(names).not.toContain("Framework");
  });

  it("reads Chinese, Japanese, Korean and Russian headers", () => {
    const i18n = parseFixture("parse/table-i18n.md");
    expect(find(i18n, "postgresql")).toMatchObject({
      version: "15",
      purpose: "主库",
      layer: "data",
    });
    expect(find(i18n, "vue")).toMatchObject({ version: "3.4", layer: "frontend" });
    expect(find(i18n, "python")?.layer).toBe("language");
    expect(find(i18n, "rabbitmq")?.purpose).toBe("ジョブ");
    expect(find(i18n, "nestjs")).toMatchObject({ version: "10", purpose: "API 서버" });
    expect(find(i18n, "grafana")).toMatchObject({ version: "11", layer: "observability" });
  });

  it("yields no choices from a table of descriptions, and says why", () => {
    const desc = parseFixture("parse/table-descriptions.md");
    expect(allChoices(desc)).toEqual([]);
    expect(
      desc.diagnostics.some((d) => d.code === "table-without-technologies" && d.line === 3),
    ).toBe(true);
  });

  it("reads a guide: recommended is primary, alternatives and options are not", () => {
    const guide = parseFixture("parse/guide.md");
    expect(guide.stacks[0].kind).toBe("guide");
    expect(find(guide, "bullmq")?.role).toBe("primary");
    expect(find(guide, "celery")?.role).toBe("alternative");
    expect(find(guide, "nats")?.role).toBe("option");
  });
});
