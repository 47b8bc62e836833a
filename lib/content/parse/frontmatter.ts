import matter from "gray-matter";
import { diagnostic } from "../diagnostics";
import type { Diagnostic, Frontmatter } from "../schema";
import { frontmatterSchema, KINDS, LAYER_IDS } from "../schema";

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
  let start = -1;
  let match: RegExpExecArray | null = null;
  if (text.startsWith("---")) {
    match = BLOCK.exec(text);
    start = 0;
  } else {
    // `# Title` then, before any other content, a `---` block of `key: value` lines.
    const h1 = /^(?:\s*\n)*#\s[^\n]*\n(?:[ \t]*\n)*/.exec(text);
    if (h1) {
      const rest = text.slice(h1[0].length);
      const m = BLOCK.exec(rest);
      if (
        m &&
        /^[\w-]+\s*:/m.test(m[1]) &&
        m[1].split("\n").every((l) => !l.trim() || /^([\w-]+\s*:|\s+|-\s)/.test(l))
      ) {
        match = m;
        start = h1[0].length;
        diagnostics.push(
          diagnostic(
            file,
            lineAt(text, start),
            "frontmatter-under-title",
            "read the metadata block placed under the title as frontmatter",
          ),
        );
      }
    }
  }
  if (!match || start < 0) return { data: {}, body: text, diagnostics };
  const line = lineAt(text, start);
  const body = blank(text, start, start + match[0].length);
  let raw: Record<string, unknown>;
  try {
    raw = matter(`---\n${match[1]}\n---\n`, {}).data as Record<string, unknown>;
  } catch (err) {
    const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
    diagnostics.push(
      diagnostic(
        file,
        line,
        "frontmatter-invalid-yaml",
        `frontmatter is not valid YAML: ${reason}`,
      ),
    );
    return { data: {}, body, diagnostics };
  }
  const parsed = frontmatterSchema.safeParse(raw);
  if (parsed.success) return { data: parsed.data, body, diagnostics };
  const data: Record<string, unknown> = { ...raw };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "frontmatter");
    delete data[field];
    diagnostics.push(
      diagnostic(
        file,
        line + fieldLine(match[1], field),
        "frontmatter-invalid-field",
        `frontmatter field "${field}" is invalid: ${issue.message}. ${allowed(field)}`,
      ),
    );
  }
  const retry = frontmatterSchema.safeParse(data);
  return { data: retry.success ? retry.data : {}, body, diagnostics };
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
