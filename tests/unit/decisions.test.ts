import { describe, expect, it } from "vitest";
import {
  contestedPairs,
  type Decision,
  decisionsOf,
  toDecisions,
  versusHref,
  versusPairs,
} from "@/lib/content/decisions";
import { parse } from "./helpers";

const doc = [
  "# Orders",
  "",
  "| Category | Technology | Rationale | Alternatives |",
  "| --- | --- | --- | --- |",
  "| Database | PostgreSQL | ACID ledger | MongoDB |",
  "| Queue | RabbitMQ | simple to run | |",
].join("\n");

// Parsed inside each test, so a mutation tool can tell which test reads which line.
const ordersDecisions = () => toDecisions(parse(doc, "orders.md").stacks);

/** A decision between two technologies, for the functions that only count and pair them. */
const weighed = (chosen: string, over: string, slug = "s"): Decision => ({
  slug,
  title: slug,
  slot: "database",
  chosen: { id: chosen, name: chosen },
  over: { id: over, name: over },
});

describe("decisions", () => {
  it("records a primary choice over an alternative weighed for the same slot, with the reason", () => {
    expect(ordersDecisions()).toEqual([
      expect.objectContaining({
        slug: "orders",
        chosen: { id: "postgresql", name: "PostgreSQL" },
        over: { id: "mongodb", name: "MongoDB" },
        reason: "ACID ledger",
      }),
    ]);
  });

  it("does not pair choices of different slots", () => {
    expect(
      ordersDecisions().some((d) => d.chosen.id === "rabbitmq" || d.over.id === "rabbitmq"),
    ).toBe(false);
  });

  it("finds each side of a decision and the pairs worth a page", () => {
    const decisions = ordersDecisions();
    expect(decisionsOf(decisions, "mongodb").passedOverFor).toHaveLength(1);
    expect(decisionsOf(decisions, "postgresql").chosenOver).toHaveLength(1);
    expect(contestedPairs(decisions, 10)).toEqual([["mongodb", "postgresql"]]);
  });
});

describe("versus pages", () => {
  it("have one address whichever technology is named first", () => {
    expect(versusHref("redux", "react-context")).toBe("/technologies/react-context/vs/redux");
    expect(versusHref("react-context", "redux")).toBe("/technologies/react-context/vs/redux");
  });

  it("cover pairs weighed in a document and the most used technologies of a slot, each once", () => {
    const bySlot = new Map([
      [
        "orm",
        [
          { id: "prisma", stacks: 5 },
          { id: "drizzle", stacks: 3 },
          { id: "knex", stacks: 1 },
        ],
      ],
    ]);
    const pairs = versusPairs([], bySlot, 2);
    expect(pairs).toEqual([["drizzle", "prisma"]]);
  });
});

describe("decision details", () => {
  it("give the reason from the chosen row, else the passed-over row's rationale, else its purpose", () => {
    const table = (rows: string[]) =>
      toDecisions(
        parse(
          [
            "# S",
            "",
            "| Technology | Status | Purpose | Rationale |",
            "| --- | --- | --- | --- |",
            ...rows,
          ].join("\n"),
          "s.md",
        ).stacks,
      )[0]?.reason;
    expect(
      table(["| PostgreSQL | ✅ chosen | | ACID |", "| MongoDB | ❌ rejected | | schemaless |"]),
    ).toBe("ACID");
    expect(
      table(["| PostgreSQL | ✅ chosen | | |", "| MongoDB | ❌ rejected | | no joins |"]),
    ).toBe("no joins");
    expect(
      table(["| PostgreSQL | ✅ chosen | | |", "| MongoDB | ❌ rejected | documents | |"]),
    ).toBe("documents");
  });

  it("name only the decisions a technology took part in, on the side it took", () => {
    const all = [weighed("postgresql", "mongodb"), weighed("mysql", "sqlite")];
    expect(decisionsOf(all, "postgresql")).toEqual({ chosenOver: [all[0]], passedOverFor: [] });
    expect(decisionsOf(all, "sqlite")).toEqual({ chosenOver: [], passedOverFor: [all[1]] });
  });

  it("count a pair once whichever side won, most weighed first, then by name, up to the limit", () => {
    const all = [
      weighed("b", "c"),
      weighed("a", "z"),
      weighed("postgresql", "mongodb"),
      weighed("mongodb", "postgresql"),
      weighed("postgresql", "mongodb"),
    ];
    expect(contestedPairs(all, 10)).toEqual([
      ["mongodb", "postgresql"],
      ["a", "z"],
      ["b", "c"],
    ]);
    expect(contestedPairs(all, 1)).toEqual([["mongodb", "postgresql"]]);
  });

  it("give versus pages for weighed pairs and for the most used of each slot, each pair once", () => {
    const bySlot = new Map([
      [
        "orm",
        [
          { id: "knex", stacks: 1 },
          { id: "drizzle", stacks: 3 },
          { id: "prisma", stacks: 3 },
        ],
      ],
    ]);
    expect(versusPairs([weighed("prisma", "drizzle"), weighed("b", "a")], bySlot, 3)).toEqual([
      ["a", "b"],
      ["drizzle", "prisma"],
      ["drizzle", "knex"],
      ["knex", "prisma"],
    ]);
    expect(versusPairs([], bySlot, 2)).toEqual([["drizzle", "prisma"]]);
  });
});
