import { diagnostic } from "./diagnostics";
import { readText, type SourceFile } from "./files";
import { parseDocument } from "./parse";
import type { Registry } from "./registry";
import type { Diagnostic, ParseResult, Stack } from "./schema";

/** Parses each file and checks what only the whole set can show: duplicate slugs. */
export function parseSources(
  files: SourceFile[],
  registry: Registry,
  parse = (f: SourceFile) => parseDocument(f.file, readText(f.path), registry),
): ParseResult {
  const stacks: Stack[] = [];
  const diagnostics: Diagnostic[] = [];
  const bySlug = new Map<string, Stack>();
  for (const f of files) {
    const result = parse(f);
    diagnostics.push(...result.diagnostics);
    for (const stack of result.stacks) {
      const clash = bySlug.get(stack.slug);
      if (clash) {
        diagnostics.push(
          diagnostic(
            stack.source.file,
            stack.source.line,
            "duplicate-slug",
            `slug "${stack.slug}" is already used by ${clash.source.file}:${clash.source.line}; set a unique \`slug:\` in the frontmatter of one of them`,
          ),
        );
        continue;
      }
      bySlug.set(stack.slug, stack);
      stacks.push(stack);
    }
  }
  distinguish(stacks);
  return { stacks, diagnostics };
}

/**
 * Two stacks never look the same: where titles collide, each gets what tells it apart — the
 * technologies it chose that its namesakes did not, else its file name.
 */
export function distinguish(stacks: Stack[]): void {
  const byTitle = new Map<string, Stack[]>();
  for (const s of stacks)
    byTitle.set(s.title.trim().toLowerCase(), [
      ...(byTitle.get(s.title.trim().toLowerCase()) ?? []),
      s,
    ]);
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    const chosen = group.map((s) =>
      s.layers.flatMap((l) => l.choices.filter((c) => c.role === "primary").map((c) => c.name)),
    );
    group.forEach((s, i) => {
      const own = [
        ...new Set(
          chosen[i].filter((n) => chosen.every((other, j) => j === i || !other.includes(n))),
        ),
      ].slice(0, 3);
      s.distinct = own.length
        ? own.join(", ")
        : s.source.file.replace(/\.(md|markdown|mdc|txt)$/i, "");
    });
  }
}
