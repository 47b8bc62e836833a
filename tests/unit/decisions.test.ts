import { describe, expect, it } from "vitest";
import {
  contestedPairs,
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

describe("decisions", () => {
  const decisions = toDecisions(parse(doc, "orders.md").stacks);

  it("records a primary choice over an alternative weighed for the same slot, with the reason", () => {
    expect(decisions).toEqual([
      expect.objectContaining({
        slug: "orders",
        chosen: { id: "postgresql", name: "PostgreSQL" },
        over: { id: "mongodb", name: "MongoDB" },
        reason: "ACID ledger",
      }),
    ]);
  });

  it("does not pair choices of different slots", () => {
    expect(decisions.some((d) => d.chosen.id === "rabbitmq" || d.over.id === "rabbitmq")).toBe(
      false,
    );
  });

  it("finds each side of a decision and the pairs worth a page", () => {
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
