// Every diagnostic the catalog can report: its code, severity, what it means and an example.
import { z } from "zod";
import { SEVERITIES } from "./constants";

type Severity = (typeof SEVERITIES)[number];
interface CodeInfo {
  severity: Severity;
  /** What it means, in one line. */
  description: string;
  /** A document (or file) that makes it, and what is said. */
  example: string;
}

export const DIAGNOSTICS = {
  "empty-document": {
    severity: "warning",
    description: "The document holds no text, so it gives no stack.",
    example: "an empty `notes.md` → the document is empty",
  },
  "binary-document": {
    severity: "error",
    description: "The file holds NUL or control bytes: it is not a text document.",
    example: "a PNG renamed `stack.md` → the file is not text (it holds NUL or control bytes)",
  },
  "document-too-large": {
    severity: "warning",
    description: "The document is over 2 MB; only its first 2 MB are read.",
    example: "a 3.1 MB export → the document is 3.1 MB; only the first 2 MB were read",
  },
  "parse-failed": {
    severity: "error",
    description: "The parser stopped on this document; nothing from it is in the catalog.",
    example: "an internal error → the document could not be parsed: <reason>",
  },
  "no-stack": {
    severity: "error",
    description: "No technology choice was found anywhere in the document.",
    example: "`# Notes` with only prose → no technology choices were found in this document",
  },
  "frontmatter-under-title": {
    severity: "info",
    description: "A metadata block under the `# Title` was read as frontmatter.",
    example:
      "`# Shop` then `title: Shop` / `kind: stack` → read the metadata block … as frontmatter",
  },
  "frontmatter-invalid-yaml": {
    severity: "error",
    description: "The frontmatter is not valid YAML, so none of it is used.",
    example: "`---` / `title: [Shop` / `---` → frontmatter is not valid YAML: <reason>",
  },
  "frontmatter-invalid-field": {
    severity: "error",
    description: "One frontmatter field has a value it cannot take; that field is ignored.",
    example: '`kind: blog` → frontmatter field "kind" is invalid: … Allowed: stack, guide, …',
  },
  "nesting-too-deep": {
    severity: "warning",
    description: "Lists or quotes nest deeper than 64 columns; the nesting was flattened.",
    example: "a list nested 200 levels deep → lists or quotes are nested deeper than 64 columns",
  },
  "repair-bom": {
    severity: "info",
    description: "A byte-order mark at the start of the file was removed.",
    example: "a file saved as UTF-8 with BOM → removed a byte-order mark",
  },
  "repair-line-endings": {
    severity: "info",
    description: "Windows (CRLF) or old Mac (CR) line endings were converted to LF.",
    example: "a file saved on Windows → converted CRLF/CR line endings to LF",
  },
  "repair-mojibake": {
    severity: "info",
    description: "UTF-8 text that had been decoded as Windows-1252 was restored.",
    example: "`CafÃ©` → `Café`: restored UTF-8 text that had been decoded as Windows-1252",
  },
  "repair-table-delimiter": {
    severity: "info",
    description: "A table's delimiter row did not match its header cells and was rebuilt.",
    example: "`| A | B | C |` over `| --- | --- |` → the table's delimiter row … was rebuilt",
  },
  "repair-merged-line": {
    severity: "info",
    description: "One line held two (a heading or table row glued to text) and was split.",
    example: "`## Backend| Tool | Use |` → split a merged line (<rule>)",
  },
  "repair-table-rows": {
    severity: "info",
    description: "Rows of two interleaved tables (documents merged line by line) were regrouped.",
    example: "two tables' rows alternating → gathered 4 interleaved table rows back …",
  },
  "unknown-technology": {
    severity: "info",
    description: "A name the technology registry lacks was kept as written, with no layer facts.",
    example: '`**Backend:** Djangoo` → "Djangoo" is not in the registry (did you mean Django?)',
  },
  "table-without-technologies": {
    severity: "info",
    description: "A table has no column of technology names; its cells are read as descriptions.",
    example: "`| Goal | Metric |` → table (Goal | Metric) has no technology column",
  },
  "unrecognised-item": {
    severity: "info",
    description: "A list item or table cell where a technology was expected names none.",
    example: '`- **Frontend:** to be decided` → no technology recognised in "…"',
  },
  "invalid-stack": {
    severity: "error",
    description: "A stack failed its schema check (a bug in the parser); it is left out.",
    example: 'a stack with an empty title → stack "" is invalid: title: …',
  },
  "duplicate-slug": {
    severity: "error",
    description: "Two stacks have the same slug; the second is left out until one is renamed.",
    example: '`slug: shop` in two files → slug "shop" is already used by a.md:1',
  },
  "radar-config": {
    severity: "error",
    description:
      "The radar.json beside the content is unreadable or invalid; the radar uses its defaults.",
    example: '`{"rings": 3}` → radar.json: rings: … ; the radar uses its default rule instead.',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTICS) as [DiagnosticCode, ...DiagnosticCode[]];

export const diagnosticSchema = z.object({
  /** File the diagnostic is about. */
  file: z.string(),
  /** 1-based line. */
  line: z.number().int().nonnegative(),
  /** 1-based column. */
  col: z.number().int().positive().default(1),
  severity: z.enum(SEVERITIES),
  /** Stable machine-readable code from DIAGNOSTICS, e.g. `repair-mojibake`. */
  code: z.enum(DIAGNOSTIC_CODES),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** The one way to make a diagnostic: the code decides its severity. */
export function diagnostic(
  file: string,
  line: number,
  code: DiagnosticCode,
  message: string,
): Diagnostic {
  return { file, line, col: 1, severity: DIAGNOSTICS[code].severity, code, message };
}

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTICS, code);
}

/** The codes as a Markdown table, for the README (a unit test keeps the two equal). */
export function diagnosticsTable(): string {
  const rows = DIAGNOSTIC_CODES.map((code) => {
    const { severity, description } = DIAGNOSTICS[code];
    return `| \`${code}\` | ${severity} | ${description.replaceAll("|", "\\|")} |`;
  });
  return ["| Code | Severity | Meaning |", "| --- | --- | --- |", ...rows].join("\n");
}

/** What `npm run check -- --explain CODE` prints: the code's meaning, or the codes there are. */
export function explainCode(code: string): { known: boolean; lines: string[] } {
  if (!isDiagnosticCode(code)) {
    const near = DIAGNOSTIC_CODES.filter((c) => c.includes(code) || code.includes(c));
    return {
      known: false,
      lines: [
        `npm run check: no diagnostic code "${code}"${near.length ? ` (did you mean ${near.join(", ")}?)` : ""}`,
        `The codes: ${DIAGNOSTIC_CODES.join(", ")}`,
      ],
    };
  }
  const { severity, description, example } = DIAGNOSTICS[code];
  return { known: true, lines: [`${code} (${severity})`, description, `Example: ${example}`] };
}
