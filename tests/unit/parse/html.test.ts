import { describe, expect, it } from "vitest";
import { readsOf } from "../helpers";

/** `technology[@version]` of every choice the document yields, sorted. */
function choicesIn(doc: string): string[] {
  return readsOf(doc).sort();
}

const cell = (inner: string) => `<td align="center">${inner}</td>`;

describe("HTML in a stack document", () => {
  it.each([
    [
      "StackShare cells: the linked name, a <sub> version, an <img alt> when nothing else names it",
      "## Frontend",
      `<table><tr>${[
        cell(
          '<img src="r.png" alt="logo"><br><sub><a href="https://react.dev"> React </a></sub><br><sub>v18.2.0</sub>',
        ),
        cell('<img src="z.png" alt="logo"><br><sub> Zustand </sub><br><sub>4.5.2</sub>'),
        cell('<img src="v.png" alt=" Vite ">'),
        cell('<img src="n.png" alt="Frobnicate Server"><br><sub>2.1</sub>'),
      ].join("")}</tr></table>`,
      ["frobnicate-server@2.1", "react@v18.2.0", "vite", "zustand@4.5.2"],
    ],
    [
      "a logo wall: alt text, else the title; pictures of logos are not technologies",
      "## Tools",
      '<p><img src="a.svg" alt="PostgreSQL"> <img src="b.svg" title="Redis"> <img src="c.svg" alt="Acme Logo"> <img src="d.svg" alt="Frobnicator"></p>',
      ["frobnicator", "postgresql", "redis"],
    ],
    [
      "a logo wall outside a stack section: only names the registry knows",
      "Intro.",
      '<p><img src="d.svg" alt="Frobnicator"> <img src="a.svg" alt="PostgreSQL"></p>',
      ["postgresql"],
    ],
    [
      "a badge image is the technology it shows",
      "## Stack",
      '<img src="https://img.shields.io/badge/TypeScript-3178C6?logo=typescript" alt="badge">',
      ["typescript"],
    ],
    [
      "a <table> with headers is read like a Markdown table",
      "## Stack",
      "<table><thead><tr><th>Layer</th><th>Technology</th></tr></thead><tbody><tr><td>Database</td><td>MongoDB</td></tr><tr><td>Cache</td><td>Redis</td></tr></tbody></table>",
      ["mongodb", "redis"],
    ],
    [
      "a row of logos over a row of versions",
      "## Stack",
      "<table><tr><td>Next.js</td><td>React</td></tr><tr><td>13.4.9</td><td>18.2.0</td></tr></table>",
      ["nextjs@13.4.9", "react@18.2.0"],
    ],
    [
      "a headerless table of layers and names, as a Markdown table without its header",
      "## Stack",
      "<table><tr><td>Database</td><td>MongoDB</td></tr><tr><td>Cache</td><td>Redis</td></tr></table>",
      ["mongodb", "redis"],
    ],
    [
      "a table of plain names, one per cell",
      "## Stack",
      "<table><tr><td>MongoDB</td><td> Redis </td></tr></table>",
      ["mongodb", "redis"],
    ],
    [
      "a line break in a cell separates names; a logo beside its own name is said once",
      "## Stack",
      `<table><tr><th>Layer</th><th>Technology</th></tr>${[
        "<tr><td>Backend</td><td>Go<br>PostgreSQL</td></tr>",
        '<tr><td>Frontend</td><td><img src="r.svg" alt="React"><br>React</td></tr>',
        '<tr><td>Frontend</td><td><img src="s.svg" title="Svelte"></td></tr>',
        "<tr><td>Frontend</td><td>Next.js<sub>14.2</sub></td></tr>",
        "<tr><td>Data</td><td><p>Cassandra</p><p>Kafka</p></td></tr>",
      ].join("")}</table>`,
      ["cassandra", "go", "kafka", "nextjs@14.2", "postgresql", "react", "svelte"],
    ],
    [
      "commented-out markup is not read; markup after the comment is",
      "## Stack",
      '<!-- <table><tr><td>Django</td></tr></table> --><img src="f.svg" alt="Flask">',
      ["flask"],
    ],
  ])("%s", (_, lead, html, expected) => {
    expect(choicesIn(`# App\n\n${lead}\n\n${html}\n`)).toEqual(expected);
  });

  it.each([
    ["a licence section", "## License"],
    ["a section the document marks as not part of the stack", "## Contributing"],
  ])("logos in %s are not choices", (_, heading) => {
    const doc = `# App\n\n## Stack\n\n- Database: PostgreSQL\n\n${heading}\n\n<img src="x.png" alt="Django">\n`;
    expect(choicesIn(doc)).toEqual(["postgresql"]);
  });
});
