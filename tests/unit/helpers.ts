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

/** What a reader checks of a choice, besides its technology (always first). */
export type ReadField = "version" | "role" | "layer" | "purpose" | "rationale";

/** One choice as a short string: `Name@version:role:layer(purpose)[rationale]`, asked fields only. */
export function toRead(c: Choice, fields: readonly ReadField[] = ["version"]): string {
  const has = (f: ReadField) => fields.includes(f);
  return [
    c.technology,
    has("version") && c.version ? `@${c.version}` : "",
    has("role") ? `:${c.role}` : "",
    has("layer") ? `:${c.layer}` : "",
    has("purpose") && c.purpose ? `(${c.purpose})` : "",
    has("rationale") && c.rationale ? `[${c.rationale}]` : "",
  ].join("");
}

/** Every choice of a document as `toRead` strings, in document order. */
export function readsOf(doc: string, fields?: readonly ReadField[]): string[] {
  return allChoices(parse(doc)).map((c) => toRead(c, fields));
}
