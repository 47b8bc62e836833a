import matter from "gray-matter";
import { load } from "js-yaml";
import { z } from "zod";
import { diagnostic } from "../diagnostics";
import type { Diagnostic, Frontmatter } from "../schema";
import { frontmatterSchema, KINDS, LAYER_IDS } from "../schema";
import { toIsoDate } from "./dates";

export interface FrontmatterResult {
  data: Frontmatter;
  /** The text with the metadata block blanked out, so line numbers stay true. */
  body: string;
  diagnostics: Diagnostic[];
}

const BLOCK = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

function blank(text: string, start: number, end: number): string {
  const block = text.slice(start, end);
  return text.slice(0, start) + block.replace(/[^\n]/g, "") + text.slice(end);
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/**
 * Reads YAML frontmatter at the top of the file, or a metadata block placed right under the
 * H1 (a common template habit), and validates it; invalid fields are dropped and reported.
 */
export function readFrontmatter(text: string, file: string): FrontmatterResult {
  const diagnostics: Diagnostic[] = [];
  const found = findBlock(text, file, diagnostics);
  if (!found) return { data: {}, body: text, diagnostics };
  const { match, start } = found;
  const line = lineAt(text, start);
  const body = blank(text, start, start + match[0].length);
  const raw = readYaml(match[1], file, line, diagnostics);
  const data = raw ? validFields(raw, match[1], file, line, diagnostics) : {};
  return { data, body, diagnostics };
}

/** The block at the top of the file, or `# Title` then, before any other content, a `---` block of `key: value` lines. */
function findBlock(text: string, file: string, diagnostics: Diagnostic[]) {
  if (text.startsWith("---")) {
    const match = BLOCK.exec(text);
    return match ? { match, start: 0 } : undefined;
  }
  const h1 = /^(?:\s*\n)*#\s[^\n]*\n(?:[ \t]*\n)*/.exec(text);
  const match = h1 ? BLOCK.exec(text.slice(h1[0].length)) : null;
  const keyValues = (block: string) =>
    /^[\w-]+\s*:/m.test(block) &&
    block.split("\n").every((l) => !l.trim() || /^([\w-]+\s*:|\s+|-\s)/.test(l));
  if (!h1 || !match || !keyValues(match[1])) return undefined;
  const start = h1[0].length;
  const message = "read the metadata block placed under the title as frontmatter";
  diagnostics.push(diagnostic(file, lineAt(text, start), "frontmatter-under-title", message));
  return { match, start };
}

const yamlObject = z.record(z.string(), z.unknown());
// YAML 1.2's core schema: `2024-13-45` stays as written (1.1 rolled it over to 2025-02-14) and
// `no`, `yes`, `on` stay words.
const engines = { yaml: (source: string) => load(source) as object };

/** The block's YAML as an object, or nothing (and a diagnostic) when it does not parse. */
function readYaml(block: string, file: string, line: number, diagnostics: Diagnostic[]) {
  let reason: string;
  try {
    const fields = yamlObject.safeParse(matter(`---\n${block}\n---\n`, { engines }).data);
    if (fields.success) return fields.data;
    reason = "it is not a set of `key: value` fields";
  } catch (err) {
    reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
  }
  const message = `frontmatter is not valid YAML: ${reason}`;
  diagnostics.push(diagnostic(file, line, "frontmatter-invalid-yaml", message));
  return undefined;
}

/** The fields that pass the schema; each one that does not is dropped with a diagnostic on its line. */
function validFields(
  raw: Record<string, unknown>,
  block: string,
  file: string,
  line: number,
  diagnostics: Diagnostic[],
): Frontmatter {
  const parsed = frontmatterSchema.safeParse(raw);
  const issues = parsed.success ? [] : parsed.error.issues;
  const invalid = [
    ...issues.map((issue) => ({
      field: String(issue.path[0] ?? "frontmatter"),
      why: issue.message,
    })),
    ...notDates(raw),
  ];
  if (invalid.length === 0 && parsed.success) return parsed.data;
  const data: Record<string, unknown> = { ...raw };
  for (const { field, why } of invalid) {
    delete data[field];
    const message = `frontmatter field "${field}" is invalid: ${why}. ${allowed(field)}`;
    diagnostics.push(
      diagnostic(file, line + fieldLine(block, field), "frontmatter-invalid-field", message),
    );
  }
  const retry = frontmatterSchema.safeParse(data);
  return retry.success ? retry.data : {};
}

/** Date fields written as a day of the calendar that does not exist (`2024-13-45`). */
function notDates(raw: Record<string, unknown>) {
  return ["updated", "date"].flatMap((field) => {
    const value = raw[field];
    const looksIso = typeof value === "string" && /^\s*\d{4}-\d{2}/.test(value);
    return looksIso && !toIsoDate(value) ? [{ field, why: `${value} is not a calendar date` }] : [];
  });
}

function fieldLine(block: string, field: string): number {
  const i = block.split("\n").findIndex((l) => l.startsWith(`${field}:`));
  return i < 0 ? 0 : i + 1;
}

function allowed(field: string): string {
  if (field === "kind") return `Allowed: ${KINDS.join(", ")}.`;
  if (field === "layers") return `Keys must be layer ids: ${LAYER_IDS.join(", ")}.`;
  if (field === "slug") return "Allowed: lower-case letters, digits and dashes.";
  if (field === "tags") return "Allowed: a list of strings or a comma-separated string.";
  if (field === "updated" || field === "date") return "Allowed: a date such as 2025-10-01.";
  return "";
}
