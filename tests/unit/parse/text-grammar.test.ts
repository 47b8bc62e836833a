import { describe, expect, it } from "vitest";
import { allChoices, parse, readsOf } from "../helpers";

/** The version a `| Technology | Version |` table gives React for one Version cell. */
function versionCell(cell: string): string | undefined {
  const doc = `# App\n\n| Technology | Version |\n|---|---|\n| React | ${cell} |\n`;
  return allChoices(parse(doc)).find((c) => c.technology === "react")?.version;
}

describe("a Version column's cell", () => {
  it.each([
    ["~3.12", "~3.12"],
    [">= 3.11", ">=3.11"],
    ["~> 7.1", "~>7.1"],
    ["^ 5 (pinned)", "^5"],
    ["22.x LTS", "22.x"],
    ["12.1 LTS", "12.1"],
    ["v20 LTS", "v20"],
    ["20 LTS", "20"],
    ["16 stable", "16"],
    ["18 or later", "18"],
    ["7.x or later", "7.x"],
    ["3 +", "3"],
    ["5+", "5+"],
    ["0.116.2+", "0.116.2+"],
    ["1.2.x", "1.2.x"],
    ["8.0.x", "8.0.x"],
    ["1.0.0-rc.1", "1.0.0-rc.1"],
    ["v4", "v4"],
    ["v2 beta", "v2"],
    ["version 5.1.3 (pinned)", "5.1.3"],
    ["`**3.2**`", "3.2"],
    // Words after the version: the version is read out of the cell, operators and every part kept.
    [">=18.17.0 required", ">=18.17.0"],
    [">=18 required", ">=18"],
    ["^18 pinned", "^18"],
    ["~> 7.1.3 for now", "~>7.1.3"],
    ["1.22.3 (pinned)", "1.22.3"],
    ["4.2.11 in production", "4.2.11"],
    ["18.3.1 with hooks", "18.3.1"],
  ])("%s is version %s", (cell, expected) => {
    expect(versionCell(cell)).toBe(expected);
  });

  it.each(["Latest", "n/a", "Built-in", "-", "pinned at 5", "2024 edition", "node 20"])(
    "%s is no version",
    (cell) => {
      expect(versionCell(cell)).toBeUndefined();
    },
  );
});

describe("a version after a name in a Technology cell", () => {
  it.each([
    ["React  18", "react@18"],
    ["PostgreSQL 16+", "postgresql@16+"],
    ["Python 3.12.x", "python@3.12.x"],
    ["Go v1.22", "go@v1.22"],
    ["Redis 7.2-alpine", "redis@7.2-alpine"],
    ["GPT-4o", "gpt-4o"],
    ["k3s", "k3s"],
  ])("%s reads %s", (cell, expected) => {
    const doc = `# App\n\n| Layer | Technology |\n|---|---|\n| Backend | ${cell} |\n`;
    expect(readsOf(doc)).toEqual([expected]);
  });
});

describe("a template's placeholder offering examples", () => {
  const template = (value: string) =>
    `# Stack template\n\n## Backend\n\n- Language: [Your language]\n- Framework: ${value}\n- Database: [TBD]\n`;

  it.each([
    ["[e.g., FastAPI, Django]", ["fastapi:example", "django:example"]],
    ["[e.g. Express]", ["express:example"]],
    ["[eg Koa]", ["koa:example"]],
    ["[example: Gin]", ["gin:example"]],
    ["[such as Flask]", ["flask:example"]],
    ["[ex Laravel]", ["laravel:example"]],
    ["[e.g.,Phoenix]", ["phoenix:example"]],
    ["(e.g., Rails)", ["rails:example"]],
    ["(e.g. Sinatra, Hanami)", ["sinatra:example", "hanami:example"]],
    ["(e.g. Django)", ["django:example"]],
    ["(eg: Flask, Koa)", ["flask:example", "koa:example"]],
    ["(example Gin)", ["gin:example"]],
    ["(e.g.,  Spring Boot) ", ["spring-boot:example"]],
  ])("%s offers %j", (value, expected) => {
    expect(readsOf(template(value), ["role"])).toEqual(expected);
  });

  it.each(["(e.g.Django)", "(ex: Koa) and more"])("%s is not a placeholder", (value) => {
    expect(readsOf(template(value), ["role"])).toEqual([]);
  });
});

describe("a licence named after a product", () => {
  it.each([
    "It is released under the Apache 2.0 license.",
    "License: Apache-2.0",
    "We ship with the Elastic License 2.0",
    "Licensed GPL v3 license",
    "the MIT  License applies",
    "Apache v2 license",
    "under Apache 2 licence",
  ])("names nothing: %s", (sentence) => {
    expect(readsOf(`# App\n\n## Backend\n\n${sentence}\n`)).toEqual([]);
  });

  it("but the vendor's product still counts: Apache Kafka handles events.", () => {
    expect(readsOf("# App\n\n## Backend\n\nApache Kafka handles events.\n")).toEqual(["kafka"]);
  });
});

describe("a numbered or decorated heading names its layer", () => {
  it.each([
    ["1. Backend", "backend"],
    ["1.2. Backend", "backend"],
    ["3.1 Frontend", "frontend"],
    ["2) Database", "data"],
    ["IV. Database", "data"],
    ["**Database**:", "data"],
    ["🚀 Deployment", "infra"],
  ])("%s → %s", (heading, layer) => {
    const doc = `# App\n\n## ${heading}\n\n- Quillforge\n`;
    expect(readsOf(doc, ["layer"])).toEqual([`quillforge:${layer}`]);
  });
});

describe("text the registry lacks, in a Technology cell", () => {
  const namesIn = (cell: string) =>
    allChoices(parse(`# App\n\n| Layer | Technology |\n|---|---|\n| Backend | ${cell} |\n`)).map(
      (c) => c.name,
    );

  it.each([
    ["Quillforge", ["Quillforge"]],
    ["Quill Forge", ["Quill Forge"]],
    ["QuillForge Pro", ["QuillForge Pro"]],
    ["quillForge", ["quillForge"]],
    ["3Quill", ["3Quill"]],
    ["@quill/forge", ["@quill/forge"]],
    ["Quill, Forge", ["Quill", "Forge"]],
    ["Ünicorn", ["Ünicorn"]],
    ["飞书", ["飞书"]],
    ["メモ帳", ["メモ帳"]],
    ["한글날", ["한글날"]],
    ["Quill 组件库", ["Quill"]],
  ])("shaped like a product, %s is kept: %j", (cell, expected) => {
    expect(namesIn(cell)).toEqual(expected);
  });

  it.each([
    "Custom fonts",
    "In-house gateway",
    "Quill for forms",
    "Quill. Forge",
    "Quill!",
    "(Quill)",
    "$HOME",
    "$\u{7B}API_URL}",
    "列表展示",
    "メモ帳アプリ",
    "飞书 钉钉 企业微信",
    "2024-05",
    "2024-05-01",
    "1,200",
    "Option B",
    "MIT",
  ])("%s names nothing", (cell) => {
    expect(namesIn(cell)).toEqual([]);
  });
});
