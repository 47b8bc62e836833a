import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

/** `technology@line label` for each choice a document's architecture section yields. */
function choicesIn(block: string): string[] {
  const doc = `# Shop\n\n## Architecture\n\n${block}\n`;
  return allChoices(parse(doc)).map(
    (c) => `${c.technology}@${c.line}${c.label ? ` ${c.label}` : ""}`,
  );
}
const ids = (block: string) => choicesIn(block).map((c) => c.split("@")[0]);

const mermaid = (...lines: string[]) => ["```mermaid", "graph LR", ...lines, "```"].join("\n");

describe("mermaid: node labels that name known technologies", () => {
  it.each([
    ["A[Next.js] --> B[FastAPI]", ["nextjs", "fastapi"]],
    ["A(Express) --> B{Redis}", ["express", "redis"]],
    ["A([Expo]) --> B[(PostgreSQL)]", ["expo", "postgresql"]],
    ["A((Kafka)) --> B>Nginx]", ["kafka", "nginx"]],
    ["A{{RabbitMQ}} --> B[[Docker]]", ["rabbitmq", "docker"]],
    ["A[/Celery/] --> B[\\Terraform\\]", ["celery", "terraform"]],
    ['A["React Native"] --> B[ "MongoDB" ]', ["react-native", "mongodb"]],
    ["A[Node.js<br/>API] --> B[Backend - FastAPI]", ["nodejs", "fastapi"]],
    ["A[Web app] --> B[Payments service]", []],
  ])("%s", (line, expected) => {
    expect(ids(mermaid(line))).toEqual(expected);
  });

  it("a subgraph's title labels its nodes until its end, on the lines they are written", () => {
    const found = choicesIn(
      mermaid(
        "subgraph Data",
        "  A[Redis]",
        "end",
        "B[FastAPI]",
        'subgraph "Message bus"',
        "  C[Kafka]",
        "end",
      ),
    );
    // The heading is line 1, the fence line 5, "graph LR" line 6.
    expect(found.sort()).toEqual(["fastapi@10", "kafka@12 Message bus", "redis@8 Data"]);
  });

  it("reads a subgraph titled with an id and brackets", () => {
    expect(choicesIn(mermaid("subgraph db [Database]", "  A[Redis]", "end"))).toEqual([
      "redis@8 Database",
    ]);
  });

  it("a subgraph whose title is no layer leaves the nodes unlabelled", () => {
    expect(choicesIn(mermaid("subgraph Europe", "  A[Redis]", "end"))).toEqual(["redis@8"]);
  });
});

describe("ASCII diagrams in a plain code block", () => {
  const box = (...lines: string[]) => ["```", ...lines, "```"].join("\n");

  it("names written as the registry spells them, on their lines", () => {
    const found = choicesIn(
      box(
        "┌─────────┐     ┌────────────┐",
        "│ Next.js │ ──> │ PostgreSQL │",
        "└─────────┘     └────────────┘",
      ),
    );
    expect(found).toEqual(["nextjs@7", "postgresql@7"]);
  });

  it.each([
    ["arrows", box("web ==> Redis ==> Kafka")],
    ["a +--+ box", box("+------+", "| Go   |", "+------+")],
    ["an empty cell", box("| Redis |    |")],
  ])("with %s", (_, block) => {
    expect(ids(block).length).toBeGreaterThan(0);
  });

  it.each([
    ["no drawing in it", box("Redis Kafka")],
    ["a language", "```js\nconst a = 1; // ──> Redis\n```"],
    ["an everyday word in lower case", box("go ──> build")],
  ])("not with %s", (_, block) => {
    expect(ids(block)).toEqual([]);
  });
});
