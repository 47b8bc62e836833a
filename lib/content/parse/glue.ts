// Splits lines of two documents that were merged line by line back into well-formed lines.
// Strong rules fire on patterns no well-formed document has; weak rules only once strong ones
// showed the document is a merge, because alone they could split legitimate text.

type Rule = [name: string, re: RegExp];

const STRONG: Rule[] = [
  ["table rows joined by ||", /^(\s*\|[^`]*?[^\\|])(\|\|)(\s*[^|].*\|\s*)$/],
  ["table row glued to a heading", /^(\s*\|.*\|)\s*(#{1,6}\s.*)$/],
  ["heading glued to a table row", /^(#{1,6}\s[^|]*?\S)\s*(\|\s.*\|.*\|\s*)$/],
  ["rule glued to a line", /^(\s*(?:#{1,6}\s.*\S|\|.*\|))(-{3,})\s*$/],
  ["rule glued to a line", /^(-{3,})\s*([#*|].*)$/],
];

const WEAK: Rule[] = [
  ["list item glued to a line", /^(.*?[^\s*\\])((?: {2,}[*] (?=\S)|[*] (?=\*\*)).*)$/],
  ["list item glued to a line", /^(.*?\S)( {2,}- (?=\S).*)$/],
  ["heading glued to a line", /^(.*?[^\s#|\\])(#{2,6} (?=\S).*)$/],
  // biome-ignore lint/suspicious/noControlCharactersInRegex: \x00-\x7f is "any ASCII", the range is the point
  ["heading glued to a line", /^(.*?[^\s#|\\&])(# (?=[^\x00-\x7f]|\*\*).*)$/],
  ["rule glued to a line", /^(\s*(?:[-*+]|\d+\.)\s.*\S)(-{3,})\s*$/],
  ["text glued to a heading", /^(#{1,2} [^*]*?[\p{L}\p{N}])(\*\*[a-z].*\*\*.*)$/u],
];

export interface Split {
  parts: string[];
  rule: string;
}

function countCells(half: string): number {
  return half.split("|").filter((c) => c.trim()).length;
}

function applyRules(line: string, rules: Rule[]): Split | undefined {
  for (const [rule, re] of rules) {
    const m = re.exec(line);
    if (!m) continue;
    if (rule === "table rows joined by ||") {
      // An empty cell is also written `||`: only split when both sides are rows of their own.
      if (countCells(m[1]) < 2 || countCells(m[3]) < 2) continue;
      return { parts: [`${m[1]}|`, `|${m[3]}`], rule };
    }
    return { parts: [m[1], m[2]], rule };
  }
  return undefined;
}

/** Splits one line repeatedly until no rule applies; returns undefined when it is already well-formed. */
export function splitGlued(line: string, weak: boolean): Split | undefined {
  const rules = weak ? [...STRONG, ...WEAK] : STRONG;
  const first = applyRules(line, rules);
  if (!first) return undefined;
  const parts: string[] = [];
  const queue = [...first.parts];
  let guard = 0;
  while (queue.length && guard++ < 50) {
    const part = queue.shift() as string;
    const again = part.trim() ? applyRules(part, rules) : undefined;
    if (again) queue.unshift(...again.parts);
    else parts.push(part);
  }
  return { parts: [...parts, ...queue], rule: first.rule };
}
