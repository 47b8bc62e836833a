import { describe, expect, it } from "vitest";
import { parse } from "../helpers";

/** Each stack a document yields: its title, parent, tags and `name/label` of each choice. */
const stacksOf = (doc: string) =>
  parse(doc, "platform.md").stacks.map((s) => ({
    title: s.title,
    parent: s.parent ?? null,
    tags: s.tags,
    choices: s.layers.flatMap((l) => l.choices.map((c) => `${c.name}/${c.label}`)),
  }));

const doc = (header: string, rows: string[]) =>
  `# Platform\n\n## Parts\n\n${header}\n${header.replace(/[^|]+/g, "---")}\n${rows.join("\n")}\n`;

describe("a table with a row per service and a column per layer", () => {
  it("makes each row a stack of its own under the document, names unknown to the registry kept", () => {
    const stacks = stacksOf(
      doc("| Service | Language | Framework | Database |", [
        "| Orders | Go | Gin | PostgreSQL |",
        "| Search | Python | FastAPI | Elasticsearch |",
        "|  | Rust |  |  |",
        "| Billing | Kotlin | Frobnik | |",
      ]),
    );
    expect(stacks).toEqual([
      { title: "Platform", parent: null, tags: [], choices: [] },
      {
        title: "Orders",
        parent: "platform",
        tags: [],
        choices: ["Go/Language", "Gin/Framework", "PostgreSQL/Database"],
      },
      {
        title: "Search",
        parent: "platform",
        tags: [],
        choices: ["Python/Language", "FastAPI/Framework", "Elasticsearch/Database"],
      },
      {
        title: "Billing",
        parent: "platform",
        tags: [],
        choices: ["Kotlin/Language", "Frobnik/Framework"],
      },
    ]);
  });

  it.each([
    [
      "a “Component” header",
      "| Component | Language | Database |",
      ["| Auth | Go | PostgreSQL |", "| Pay | Java | MySQL |"],
    ],
    [
      "a header in Chinese",
      "| 服务 | Language | Database |",
      ["| Auth | Go | PostgreSQL |", "| Pay | Java | MySQL |"],
    ],
    [
      "rows named as services",
      "| Name | Language | Database |",
      ["| Auth service | Go | PostgreSQL |", "| Billing service | Java | MySQL |"],
    ],
  ])("is found by %s", (_, header, rows) => {
    expect(
      stacksOf(doc(header, rows))
        .map((s) => s.title)
        .slice(1),
    ).toHaveLength(2);
  });

  it("headed “Service”, one row is a service too, not a technology called “Orders”", () => {
    expect(
      stacksOf(doc("| Service | Language | Database |", ["| Orders | Go | PostgreSQL |"])),
    ).toEqual([
      { title: "Orders", parent: null, tags: [], choices: ["Go/Language", "PostgreSQL/Database"] },
    ]);
  });

  it.each([
    [
      "one layer column",
      "| Service | Language | Notes |",
      ["| Auth | Go | fast |", "| Pay | Java | old |"],
    ],
    [
      "a first column that is not about services",
      "| Name | Language | Database |",
      ["| Auth | Go | PostgreSQL |", "| Pay | Java | MySQL |"],
    ],
  ])("is not read that way with %s", (_, header, rows) => {
    expect(stacksOf(doc(header, rows)).map((s) => s.title)).not.toContain("Pay");
  });
});

describe("a service table's cells written as words", () => {
  it.each([
    ["Redis for the job queue", "Redis"],
    ["a small Flask app", "Flask"],
    ["uses Kafka to stream orders", "Apache Kafka"],
    ["Go services, deployed on Kubernetes", "Kubernetes"],
  ])("%s still names %s", (cell, name) => {
    const stacks = stacksOf(
      doc("| Service | Backend | Database |", [
        `| Orders | ${cell} | MySQL |`,
        "| Billing | Ruby on Rails | PostgreSQL |",
      ]),
    );
    const orders = stacks.find((s) => s.title === "Orders");
    expect(orders?.choices.map((c) => c.split("/")[0])).toContain(name);
  });
});
