import { describe, expect, it } from "vitest";
import { allChoices, parse, readsOf } from "../helpers";

/** A GFM table from a header and rows. */
const table = (header: string[], rows: string[][]) =>
  [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");

/** `technology[@version]:role:layer(purpose)[why]` of each choice the table yields, in order. */
function tableReads(header: string[], rows: string[][]): string[] {
  const fields = ["version", "role", "layer", "purpose", "rationale"] as const;
  return readsOf(`# App\n\n${table(header, rows)}\n`, fields);
}

describe("what a table's columns say about its rows", () => {
  it.each([
    [
      "a status column",
      ["Technology", "Status"],
      [
        ["React", "✅ Adopted"],
        ["Vue", "❌ Rejected"],
        ["Svelte", "Planned"],
        ["Solid", "Evaluating"],
      ],
      [
        "react:primary:frontend",
        "vue:alternative:frontend",
        "svelte:planned:frontend",
        "solidjs:planned:frontend",
      ],
    ],
    [
      "a column of verdicts under a header that is not 'Status'",
      ["Option", "Decision"],
      [
        ["Kafka", "Chosen"],
        ["RabbitMQ", "Not chosen"],
      ],
      ["kafka:primary:messaging", "rabbitmq:alternative:messaging"],
    ],
    [
      "yes and no under a question",
      ["Tool", "Used?"],
      [
        ["Sentry", "Yes"],
        ["Datadog", "No"],
      ],
      ["sentry:primary:observability", "datadog:alternative:observability"],
    ],
    [
      "versions, with a dash for none",
      ["Layer", "Technology", "Version"],
      [
        ["Runtime", "Node.js", "20.x"],
        ["Framework", "Next.js", "v14"],
        ["DB", "PostgreSQL", "-"],
      ],
      ["nodejs@20.x:primary:language", "nextjs@v14:primary:frontend", "postgresql:primary:data"],
    ],
    [
      "purpose and why",
      ["Technology", "Purpose", "Why"],
      [
        ["Redis", "Caching", "Fast and simple"],
        ["Kafka", "Event streaming", "Durable log"],
      ],
      [
        "redis:primary:data(Caching)[Fast and simple]",
        "kafka:primary:messaging(Event streaming)[Durable log]",
      ],
    ],
    [
      "placeholders name nothing",
      ["Layer", "Technology"],
      [
        ["Frontend", "TBD"],
        ["Cache", "n/a"],
        ["Queue", "?"],
        ["DB", "PostgreSQL"],
      ],
      ["postgresql:primary:data"],
    ],
    [
      "a layer cell left empty carries the one above",
      ["Layer", "Technology"],
      [
        ["Backend", "Go"],
        ["", "Gin"],
        ["Data", "PostgreSQL"],
      ],
      ["go:primary:language", "gin:primary:backend", "postgresql:primary:data"],
    ],
    [
      "a layer cell that says planned or alternatives",
      ["Layer", "Technology"],
      [
        ["Planned", "Kubernetes"],
        ["Alternatives", "Nomad"],
        ["Infra", "Docker"],
      ],
      ["kubernetes:planned:infra", "nomad:alternative:infra", "docker:primary:infra"],
    ],
    [
      "a first row of names is data, not a header",
      ["React", "Frontend"],
      [["Django", "Backend"]],
      ["react:primary:frontend", "django:primary:backend"],
    ],
    [
      "turned on its side, with a blank corner",
      ["", "Deno", "Hono"],
      [
        ["Version", "2.1", "4.6"],
        ["Purpose", "runtime", "routing"],
      ],
      ["deno@2.1:primary:language(runtime)", "hono@4.6:primary:backend(routing)"],
    ],
  ])("%s", (_, header, rows, expected) => {
    expect(tableReads(header, rows)).toEqual(expected);
  });

  it("keeps a column of stars a rating: every row is an option", () => {
    const rows = [
      ["Go", "⭐⭐⭐⭐"],
      ["Rust", "⭐⭐⭐"],
    ];
    expect(tableReads(["Stack", "Rating"], rows)).toEqual([
      "go:option:language",
      "rust:option:language",
    ]);
  });

  it("says a table has no technology column instead of guessing", () => {
    const result = parse(
      `# App\n\n${table(
        ["Goal", "Notes"],
        [
          ["Speed", "Be quick"],
          ["Cost", "Be cheap"],
        ],
      )}\n`,
    );
    expect(allChoices(result)).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toContain("table-without-technologies");
  });
});
