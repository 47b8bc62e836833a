import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

/** [technology, role, version] of every choice a document yields. */
const choicesOf = (doc: string) =>
  allChoices(parse(doc)).map((c) => [c.technology, c.role, c.version ?? null]);

const table = (rows: string[][]) =>
  rows
    .map((r, i) => `| ${r.join(" | ")} |${i === 0 ? `\n|${"---|".repeat(r.length)}` : ""}`)
    .join("\n");

describe("a one-row table of versions gives each column's technology its version", () => {
  it.each([
    [
      "known names over versions",
      [
        ["Expo", "React Native", "Node.js"],
        ["52", "0.76.x", "18+"],
      ],
      [
        ["expo", "primary", "52"],
        ["react-native", "primary", "0.76.x"],
        ["nodejs", "primary", "18+"],
      ],
    ],
    [
      "a first column that labels the row",
      [
        ["Tech", "Next.js", "React"],
        ["Version", "^13.4", "v18.2"],
      ],
      [
        ["nextjs", "primary", "^13.4"],
        ["react", "primary", "v18.2"],
      ],
    ],
    [
      "bold and code headers",
      [
        ["**Next.js**", "`React`"],
        ["13.4", "18.2"],
      ],
      [
        ["nextjs", "primary", "13.4"],
        ["react", "primary", "18.2"],
      ],
    ],
  ])("%s", (_, rows, expected) => {
    const found = choicesOf(`# App\n\n## Versions\n\n${table(rows)}\n`);
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found).toHaveLength(expected.length);
  });

  it.each([
    [
      "a cell that is not a version",
      [
        ["Next.js", "React"],
        ["13.4", "latest"],
      ],
    ],
    [
      "a header the registry does not know",
      [
        ["Next.js", "Frobnicator"],
        ["13.4", "2.0"],
      ],
    ],
    [
      "two rows",
      [
        ["Next.js", "React"],
        ["13.4", "18.2"],
        ["14.0", "19.0"],
      ],
    ],
  ])("not a version table: %s (no versions taken from it)", (_, rows) => {
    const found = choicesOf(`# App\n\n## Versions\n\n${table(rows)}\n`);
    expect(found.filter(([id, , v]) => id === "nextjs" && v === "13.4")).toEqual([]);
  });

  it("a version table gives versions, not roles: the role the document states wins", () => {
    const doc = `# App\n\n## Alternatives considered\n\n- Svelte\n\n## Versions\n\n${table([
      ["Svelte", "React"],
      ["5", "19"],
    ])}\n`;
    expect(choicesOf(doc)).toContainEqual(["svelte", "alternative", "5"]);
  });
});

describe("a table that rates technologies on criteria weighs them as options", () => {
  it.each([
    [
      "words",
      [
        ["Queue", "Throughput", "Ops effort"],
        ["NATS", "High", "Low"],
        ["Kafka", "Very high", "High"],
      ],
    ],
    [
      "stars and marks",
      [
        ["Queue", "Speed", "Managed"],
        ["NATS", "★★★", "✅"],
        ["Kafka", "★★★★★", "❌"],
      ],
    ],
    [
      "marked words",
      [
        ["Queue", "Speed", "Cost"],
        ["NATS", "🟢 High", "🟢 Low"],
        ["Kafka", "🟡 Medium", "🔴 High"],
      ],
    ],
    [
      "other languages",
      [
        ["Cola", "Rendimiento", "Coste"],
        ["NATS", "alto", "bajo"],
        ["Kafka", "muy alto", "medio"],
      ],
    ],
  ])("%s", (_, rows) => {
    const roles = choicesOf(`# App\n\n## Queue\n\n${table(rows)}\n`).map(([, role]) => role);
    expect(roles).toEqual(["option", "option"]);
  });

  it("two of three cells rated make a column a criterion", () => {
    const rows = [
      ["Queue", "Throughput", "Ops"],
      ["NATS", "High", "Low"],
      ["Kafka", "High", "Medium"],
      ["Redis", "lots", "Low"],
    ];
    const roles = choicesOf(`# App\n\n## Queue\n\n${table(rows)}\n`).map(([, role]) => role);
    expect(roles).toEqual(["option", "option", "option"]);
  });

  it.each([
    [
      "one criterion",
      [
        ["Queue", "Throughput", "Notes"],
        ["NATS", "High", "we run it"],
        ["Kafka", "High", "too heavy"],
      ],
    ],
    [
      "one row",
      [
        ["Queue", "Throughput", "Ops effort"],
        ["NATS", "High", "Low"],
      ],
    ],
    [
      "ratings in few cells",
      [
        ["Queue", "Throughput", "Ops"],
        ["NATS", "High", "k8s"],
        ["Kafka", "lots", "VMs"],
        ["Redis", "fine", "Low"],
      ],
    ],
    [
      "a column rated once",
      [
        ["Queue", "Throughput", "Ops"],
        ["NATS", "High", ""],
        ["Kafka", "High", ""],
        ["Redis", "", "Low"],
      ],
    ],
    [
      "columns of versions",
      [
        ["Queue", "Prod", "Staging"],
        ["NATS", "2.10.14", "2.10.18"],
        ["Kafka", "3.7.0", "3.8.1"],
      ],
    ],
  ])("not a rating table: %s", (_, rows) => {
    const roles = choicesOf(`# App\n\n## Queue\n\n${table(rows)}\n`).map(([, role]) => role);
    expect(roles).not.toContain("option");
  });
});
