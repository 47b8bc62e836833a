import type { Paragraph } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { LAYER_RULES } from "@/lib/content/layer-words";
import { toLayerId } from "@/lib/content/layers";
import { parseCompound, splitLabel } from "@/lib/content/parse";
import type { LayerId } from "@/lib/content/schema";
import { toSlotId } from "@/lib/content/slots";
import { registry } from "../helpers";

type Seen = [name: string, id?: string, version?: string, role?: string, detail?: string];

/** A cell where a technology is expected, read into [name, id, version, role, detail] per atom. */
function atoms(cell: string): Seen[] {
  const options = { registry, allowUnknown: true, scanProse: false, position: true };
  return parseCompound(cell, options).map((a) => {
    const seen: Seen = [a.name, a.tech?.id, a.version, a.role, a.detail];
    while (seen.length > 1 && seen[seen.length - 1] === undefined) seen.pop();
    return seen;
  });
}

describe("compound cells", () => {
  it.each<[string, Seen[]]>([
    [
      "React + TypeScript",
      [
        ["React", "react"],
        ["TypeScript", "typescript"],
      ],
    ],
    [
      "Next.js 15 + Tailwind CSS 4",
      [
        ["Next.js", "nextjs", "15"],
        ["Tailwind CSS", "tailwindcss", "4"],
      ],
    ],
    [
      "PostgreSQL / MySQL",
      [
        ["PostgreSQL", "postgresql", undefined, "option"],
        ["MySQL", "mysql", undefined, "option"],
      ],
    ],
    [
      "Vue / React / Svelte",
      [
        ["Vue.js", "vue", undefined, "option"],
        ["React", "react", undefined, "option"],
        ["Svelte", "svelte", undefined, "option"],
      ],
    ],
    ["Redis (cache)", [["Redis", "redis", undefined, undefined, "cache"]]],
    [
      "Kotlin (JVM 17)",
      [
        ["Kotlin", "kotlin"],
        ["JVM", "jvm", "17"],
      ],
    ],
    [
      "Spring Boot (Java 21)",
      [
        ["Spring Boot", "spring-boot"],
        ["Java", "java", "21"],
      ],
    ],
    [
      "Jenkins → GitHub Actions",
      [
        ["Jenkins", "jenkins"],
        ["GitHub Actions", "github-actions", undefined, "planned"],
      ],
    ],
    [
      "MongoDB -> PostgreSQL",
      [
        ["MongoDB", "mongodb"],
        ["PostgreSQL", "postgresql", undefined, "planned"],
      ],
    ],
    ["PostgreSQL 16", [["PostgreSQL", "postgresql", "16"]]],
    ["Node.js v20.11", [["Node.js", "nodejs", "v20.11"]]],
    ["Python ~3.12", [["Python", "python", "~3.12"]]],
    ["@tanstack/react-query", [["@tanstack/react-query"]]],
  ])("%s", (cell, expected) => {
    expect(atoms(cell)).toEqual(expected);
  });
});

describe("layer words", () => {
  it("are tried in this order: narrow phrases before the broad words they contain", () => {
    expect(LAYER_RULES.map(([id]) => id)).toEqual([
      "tooling",
      "infra",
      "data",
      "security",
      "testing",
      "delivery",
      "ai",
      "observability",
      "language",
      "messaging",
      "backend",
      "frontend",
      "backend",
      "infra",
      "integrations",
    ]);
  });

  it.each<[string, LayerId | undefined]>([
    ["Frontend", "frontend"],
    ["Frontend (Web + Voice UI)", "frontend"],
    ["Backend (API)", "backend"],
    ["API Gateway", "infra"],
    ["AI assistants", "tooling"],
    ["Vector DB", "data"],
    ["Auth database", "data"],
    ["数据库", "data"],
    ["Auth", "security"],
    ["Test data", "testing"],
    ["CI/CD", "delivery"],
    ["LLM", "ai"],
    ["Monitoring", "observability"],
    ["Message queue", "messaging"],
    ["Package manager", "tooling"],
    ["Payments", "integrations"],
    ["Mobile", "frontend"],
    ["Language", "language"],
    ["Team", undefined],
  ])("%s → %s", (label, layer) => {
    expect(toLayerId(label)).toBe(layer);
  });
});

describe("slot words", () => {
  it.each<[string, LayerId, string]>([
    ["Vector DB", "data", "vector-store"],
    ["Database cache", "data", "cache"],
    ["ORM", "data", "orm"],
    ["API Gateway", "infra", "gateway"],
    ["Message queue", "messaging", "queue"],
  ])("%s in %s → %s (the first matching slot wins)", (text, layer, slot) => {
    expect(toSlotId(text, layer)).toBe(slot);
  });
});

const paragraph = (md: string) => unified().use(remarkParse).parse(md).children[0] as Paragraph;

describe("label splitter", () => {
  it.each<[string, ReturnType<typeof splitLabel>]>([
    [
      "**Frontend:** React, Vite",
      { label: "Frontend", value: "React, Vite", tail: "", lead: "", separator: "colon" },
    ],
    [
      "Database: PostgreSQL 16",
      { label: "Database", value: "PostgreSQL 16", tail: "", lead: "", separator: "colon" },
    ],
    [
      "БД: PostgreSQL",
      { label: "БД", value: "PostgreSQL", tail: "", lead: "", separator: "colon" },
    ],
    ["Python - uv", { label: "Python", value: "uv", tail: "", lead: "", separator: "dash" }],
    ["**Go** → fast", { label: "Go", value: "fast", tail: "", lead: "", separator: "arrow" }],
    [
      "**Whisper** (OpenAI) for accuracy.",
      { label: "Whisper (OpenAI)", value: "", tail: "for accuracy.", lead: "", separator: "none" },
    ],
    [
      "Or **Redis**: cache",
      { label: "Redis", value: "cache", tail: "", lead: "Or", separator: "colon" },
    ],
    ["plain text here", undefined],
  ])("%s", (md, expected) => {
    expect(splitLabel(paragraph(md))).toEqual(expected);
  });
});
