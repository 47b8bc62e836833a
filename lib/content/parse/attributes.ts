import type { Atom } from "./compound";
import type { Draft, Extraction, Section } from "./context";
import { joinText, verdictKey } from "./context";
import { QUALITY, RATIONALE, VERSION_LABEL, WEIGHED } from "./item-words";
import { purposeSaid } from "./purpose";
import { isPlaceholder, toVersion } from "./text";

/** `Why: …`, `Version: 15.3.4`, `Purpose: …` under choices: adds to them rather than naming new ones. */
export function applyAttribute(
  ex: Extraction,
  label: string,
  value: string,
  parents: Draft[],
  section: Section,
): void {
  if (!value || isPlaceholder(value)) return;
  const targets = parents.length
    ? parents
    : ex.drafts.filter((d) => d.section === section).slice(-3);
  for (const d of targets) {
    if (RATIONALE.test(label)) d.rationale = joinText(d.rationale, value);
    else if (VERSION_LABEL.test(label)) d.atom.version = refine(d.atom.version, toVersion(value));
    else d.purpose = joinText(d.purpose, value);
  }
}

/** `15` then `Version: 15.3.4`: the fuller version wins; a different one never replaces the first. */
function refine(current: string | undefined, next: string | undefined): string | undefined {
  if (!current || !next) return current ?? next;
  return next.replace(/^v/i, "").startsWith(current.replace(/^v/i, "")) ? next : current;
}

/** `- Serilog dla logowania`, `- Redis for sessions, Vite for builds`: what follows each name. */
export function purposesInItem(text: string, drafts: Draft[]): void {
  const at = drafts.map((d) => {
    const start = d.atom.raw ? text.indexOf(d.atom.raw) : -1;
    return { d, start, end: start + d.atom.raw.length };
  });
  for (const { d, start, end } of at) {
    if (start < 0) continue;
    const stop = Math.min(...at.map((o) => (o.start > end ? o.start : text.length)));
    d.purpose ??= purposeSaid(text, end, stop);
    // "Vite는 CRA에 비해 빠르고 가볍습니다": a sentence that opens with the name and praises it.
    const alone = at.every((o) => o.d === d || o.d.role === "alternative");
    const rest = text.slice(end);
    if (start === 0 && alone && QUALITY.test(rest) && !WEIGHED.test(rest)) d.rationale ??= text;
  }
}

/** An item of a decision's outcome that names a technology without passing it over is the verdict. */
export function decide(ex: Extraction, drafts: Draft[]): void {
  for (const d of drafts)
    if (d.role === "primary" || d.role === "option") ex.verdicts.add(verdictKey(d.atom));
}

/** Only names, versions and asides: `Pinia (uni-app 推荐)`, `React + Vite`, not a sentence. */
export function namesOnly(value: string, atoms: Atom[]): boolean {
  const rest = atoms
    .reduce((text, a) => text.replace(a.raw, " "), value)
    .replace(/\([^()]*\)|（[^（）]*）/g, " ");
  return !rest.replace(/[\s\p{P}\d.vx+&]|\b(and|or)\b/giu, "");
}
