import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

/** The kind of the document's own stack and its choices as `technology:role`. */
function read(doc: string) {
  const result = parse(doc);
  return {
    kind: result.stacks[0]?.kind,
    choices: allChoices(result).map((c) => `${c.technology}:${c.role}`),
  };
}

describe("what kind of document it is", () => {
  it.each([
    [
      "three blanks to fill",
      "# Service\n\n- Frontend: [your framework]\n- Database: <insert database>\n- Cache: TBD\n- Queue: Redis\n",
      { kind: "template", choices: ["redis:example"] },
    ],
    [
      "a title that says template, and one blank",
      "# Stack template\n\n- Frontend: <your framework>\n- Database: [e.g. PostgreSQL]\n",
      { kind: "template", choices: ["postgresql:example"] },
    ],
    [
      "a title in another language that says template",
      "# Plantilla de stack\n\n- Frontend: [your framework]\n- Database: Redis\n",
      { kind: "template", choices: ["redis:example"] },
    ],
    [
      "a title that says template, with nothing left blank",
      "# Our template engine\n\n- Templates: Jinja\n- Backend: Flask\n",
      { kind: "stack", choices: ["jinja:primary", "flask:primary"] },
    ],
    [
      "one blank in a stack that does not call itself a template",
      "# Shop\n\n- Frontend: React\n- Cache: TBD\n",
      { kind: "stack", choices: ["react:primary"] },
    ],
  ])("%s", (_, doc, expected) => {
    expect(read(doc)).toEqual(expected);
  });
});
