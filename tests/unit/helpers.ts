import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "@/lib/content/parse";
import { getRegistry } from "@/lib/content/registry";
import type { Choice, ParseResult, Stack } from "@/lib/content/schema";

export const registry = getRegistry();

export function fixture(name: string): string {
  return readFileSync(join(__dirname, "..", "fixtures", name), "utf8");
}

export function parse(text: string, file = "doc.md"): ParseResult {
  return parseDocument(file, text, registry);
}

export function parseFixture(name: string): ParseResult {
  return parse(fixture(name), name.split("/").pop());
}

export function choicesOf(stack: Stack | undefined): Choice[] {
  return stack ? stack.layers.flatMap((l) => l.choices) : [];
}

export function allChoices(result: ParseResult): Choice[] {
  return result.stacks.flatMap(choicesOf);
}

export function find(result: ParseResult, technology: string): Choice | undefined {
  return allChoices(result).find((c) => c.technology === technology);
}
