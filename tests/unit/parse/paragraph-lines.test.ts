import { describe, expect, it } from "vitest";
import { readsOf } from "../helpers";

/** `technology[@version]:role:layer(purpose)[why]` of each choice, sorted. */
function reads(body: string): string[] {
  const fields = ["version", "role", "layer", "purpose", "rationale"] as const;
  return readsOf(`# App\n\n${body}\n`, fields).sort();
}

describe("paragraphs written as lines of labels", () => {
  it.each([
    [
      "one label a line",
      "Frontend: React 18 + Vite\nBackend: Go\nDatabase: PostgreSQL 16",
      [
        "go:primary:language",
        "postgresql@16:primary:data",
        "react@18:primary:frontend",
        "vite:primary:tooling",
      ],
    ],
    [
      "bold labels",
      "**Frontend:** React\n**Backend:** Go",
      ["go:primary:language", "react:primary:frontend"],
    ],
    [
      "dash labels",
      "Frontend - React\nBackend - Go",
      ["go:primary:language", "react:primary:frontend"],
    ],
    [
      "a sentence between label lines is skipped",
      "## Stack\n\nFrontend: React\nWe like it a lot.\nBackend: Go",
      ["go:primary:language", "react:primary:frontend"],
    ],
    [
      "a technology as the label, its job as the value",
      "Redis: caching and queues\nPostgreSQL: main store",
      ["postgresql:primary:data(main store)", "redis:primary:data(caching and queues)"],
    ],
    [
      "a lead-in, then one short paragraph per item",
      "Dependencies:\n\nRedis (Celery queue)\n\nPostgreSQL",
      ["postgresql:primary:data", "redis:primary:data(Celery queue)"],
    ],
    [
      "a line of names",
      "React, Vite, Tailwind CSS",
      ["react:primary:frontend", "tailwindcss:primary:frontend", "vite:primary:tooling"],
    ],
  ])("%s", (_, body, expected) => {
    expect(reads(body)).toEqual(expected);
  });
});

describe("a paragraph under a heading that names one technology", () => {
  it.each([
    [
      "why",
      "### Routing: React Router 7\n\n**Why:** de facto standard",
      ["react-router@7:primary:frontend(Routing)[de facto standard]"],
    ],
    ["its version, with a colon", "### React\n\nVersion: 18.3", ["react@18.3:primary:frontend"]],
    ["its version, without one", "### React\n\nVersion 18.3", ["react@18.3:primary:frontend"]],
    [
      "what it is for",
      "### Zustand\n\nZustand keeps client state. It is small.",
      ["zustand:primary:frontend(Zustand keeps client state.)"],
    ],
  ])("%s", (_, body, expected) => {
    expect(reads(body)).toEqual(expected);
  });
});
