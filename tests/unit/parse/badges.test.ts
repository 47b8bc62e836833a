import { describe, expect, it } from "vitest";
import { readsOf } from "../helpers";

/** `technology[@version]` of each choice a paragraph yields under a heading, sorted. */
function choicesIn(paragraph: string, heading = "## Built with"): string[] {
  return readsOf(`# App\n\n${heading}\n\n${paragraph}\n`).sort();
}

const shields = (path: string, alt = "") => `![${alt}](https://img.shields.io/${path})`;

describe("a badge names the technology its author typed, with its version", () => {
  it.each([
    [
      "label, message, colour",
      shields("badge/Python-3.12-3776AB?logo=python", "Python"),
      ["python@3.12"],
    ],
    ["a v before the version", shields("badge/Tailwind_CSS-v3.4-38B2AC"), ["tailwindcss@v3.4"]],
    ["`--` is a dash in a name", shields("badge/Sentry--SDK-8.0-purple"), ["sentry-sdk@8.0"]],
    [
      "a lead label: the message is the name",
      shields("badge/made%20with-FastAPI-009688"),
      ["fastapi"],
    ],
    [
      "static/v1 with query parameters",
      shields("static/v1?label=Go&message=1.22&color=blue"),
      ["go@1.22"],
    ],
    [
      "static/v1 with a lead label",
      shields("static/v1?label=built%20with&message=Svelte"),
      ["svelte"],
    ],
    [
      "badgen.net, one segment each",
      "![Rust](https://badgen.net/badge/Rust/1.75/orange)",
      ["rust@1.75"],
    ],
    ["badgen.net, a lead label", "![](https://badgen.net/badge/built%20with/Deno/black)", ["deno"]],
    [
      "forthebadge.com",
      "![](https://forthebadge.com/images/badges/made-with-python.svg)",
      ["python"],
    ],
    ["a name the registry lacks", shields("badge/Frobnik-2.0-blue", "Frobnik"), ["frobnik@2.0"]],
    ["a broken escape is dropped", shields("badge/Go%E0%A4-1.22-blue"), ["go@1.22"]],
    ["a logo that confirms the message", shields("badge/-Next.js-000?logo=nextdotjs"), ["nextjs"]],
    [
      "a reference badge",
      "![Vue][v]\n\n[v]: https://img.shields.io/badge/Vue.js-3.5-green",
      ["vue@3.5"],
    ],
    [
      "a reference without its definition beside a badge",
      `![Vue][nope] ${shields("badge/Go-1.22-blue")}`,
      ["go@1.22"],
    ],
    [
      "two badges inside a sentence",
      `We chose ${shields("badge/Go-1.22-blue", "Go")} and ${shields("badge/Rust-1.75-orange", "Rust")} for services, after a long look.`,
      ["go@1.22", "rust@1.75"],
    ],
  ])("%s", (_, paragraph, expected) => {
    expect(choicesIn(paragraph)).toEqual(expected);
  });

  it.each([
    ["a logo alone, which badges borrow for its colour", shields("badge/-black?logo=nextdotjs")],
    ["a layer label with a borrowed logo", shields("badge/Frontend-blue?logo=react")],
    ["a dynamic badge, about the project", shields("npm/v/react")],
    ["a project label", shields("badge/docs-Vue.js-blue")],
    ["a project message", shields("badge/Documentation-blue")],
    ["a licence", shields("badge/License-MIT-yellow.svg", "License: MIT")],
  ])("nothing from %s", (_, paragraph) => {
    expect(choicesIn(paragraph)).toEqual([]);
  });

  it("reads nothing from badges in a section that is not about the stack, nor the words beside them", () => {
    const paragraph = `${shields("badge/Go-1.22-blue", "Go")} Also Kafka.`;
    expect(choicesIn(paragraph, "## License")).toEqual([]);
  });
});
