import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

const FENCE = "```";
const KEEP = "Database: PostgreSQL";

/** Where MongoDB ends up once the outline the writer meant is restored: its role, or absent. */
function mongoRole(doc: string): string {
  return allChoices(parse(doc)).find((c) => c.technology === "mongodb")?.role ?? "absent";
}

describe("a line that is a heading in all but syntax", () => {
  it.each([
    ["bold", "**Alternatives considered**", "alternative"],
    ["bold, with a colon", "**Alternatives considered:**", "alternative"],
    ["bold, after an emoji", "🤔 **Alternatives considered**", "alternative"],
    ["italic", "*Alternatives considered*", "alternative"],
    ["not a sentence", "**Alternatives, considered.**", "primary"],
    [
      "not over sixty characters",
      "**Alternatives considered by the team during the long review in spring**",
      "primary",
    ],
  ])("%s: %s", (_, line, role) => {
    expect(mongoRole(`# App\n\n- ${KEEP}\n\n${line}\n\n- Database: MongoDB\n`)).toBe(role);
  });

  it("is not a heading when a real heading follows it", () => {
    const doc = `# App\n\n- ${KEEP}\n\n**Alternatives considered**\n\n## Data\n\n- Database: MongoDB\n`;
    expect(mongoRole(doc)).toBe("primary");
  });

  it.each([
    [
      "a short line before `Label: value` lines",
      "Alternatives considered",
      "Database: MongoDB",
      "alternative",
    ],
    [
      "the last line of a paragraph",
      "Some words here\nAlternatives considered",
      "Database: MongoDB",
      "alternative",
    ],
    [
      "before a list of `Label: value` items",
      "Alternatives considered",
      "- Database: MongoDB",
      "alternative",
    ],
    ["ending in a full stop", "Alternatives considered.", "Database: MongoDB", "alternative"],
    ["six words", "Alternatives the team looked at closely", "Database: MongoDB", "alternative"],
    [
      "not seven words",
      "Alternatives the team also looked at closely",
      "Database: MongoDB",
      "primary",
    ],
    ["not with a colon", "Alternatives: considered", "Database: MongoDB", "primary"],
    ["not a list item", "- Alternatives considered", "Database: MongoDB", "primary"],
    ["not before a quote", "Alternatives considered", "> Database: MongoDB", "primary"],
  ])("in a document without headings, %s", (_, line, next, role) => {
    expect(mongoRole(`${KEEP}\n\n${line}\n\n${next}\n`)).toBe(role);
  });

  it("leaves plain lines alone in a document that has headings", () => {
    const doc = `# App\n\n## Stack\n\n${KEEP}\n\nAlternatives considered\n\nDatabase: MongoDB\n`;
    expect(mongoRole(doc)).toBe("primary");
  });
});

describe("a stack pasted inside a fence", () => {
  const fenced = (lang: string, body: string) =>
    `# App\n\n- ${KEEP}\n\n## Alternatives considered\n\n${FENCE}${lang}\n${body}\n${FENCE}\n`;

  it.each([
    ["```markdown", fenced("markdown", "- Database: MongoDB")],
    ["```md", fenced("md", "- Database: MongoDB")],
    ["an unlabelled fence of bullets", fenced("", "- MongoDB\n- CouchDB\nnote one")],
  ])("is read as Markdown: %s", (_, doc) => {
    expect(mongoRole(doc)).toBe("alternative");
  });

  it.each([
    ["numbered steps", fenced("", "1. MongoDB\n2. CouchDB")],
    ["mostly prose", fenced("", "- MongoDB\nnote two\nnote one")],
    ["another language", fenced("bash", "- MongoDB\n- CouchDB")],
  ])("is code, not a stack: %s", (_, doc) => {
    expect(mongoRole(doc)).toBe("absent");
  });

  it("reports what it finds inside on the document's own line", () => {
    const doc = `# App\n\nOur stack:\n\n${FENCE}markdown\n## Backend\n\n- Go\n- Frobnik 2\n${FENCE}\n`;
    const unknown = parse(doc).diagnostics.find((d) => d.code === "unknown-technology");
    expect(unknown?.line).toBe(9);
  });
});
