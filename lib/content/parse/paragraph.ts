import type { Paragraph, PhrasingContent } from "mdast";
import { toString as nodeText } from "mdast-util-to-string";
import { toLayerId } from "../layers";
import { extractBadges } from "./badges";
import { parseCompound } from "./compound";
import { type Extraction, joinText, type Section } from "./context";
import { extractLabelled } from "./item";
import { DECISION_LABEL, PACKAGE_LABEL } from "./item-words";
import { splitLabel } from "./labels";
import { resolveName } from "./names";
import { extractProse } from "./prose";
import { purposeAround } from "./purpose";
import { takeFocus } from "./sections";
import { cleanLabel, clip, toVersion, WHY_WORDS, wordsOf } from "./text";

/**
 * A paragraph is either `Label: value` lines (`Frontend: React 18 + Vite`, a definition list, a
 * line per layer), badges, or running text; each is read its own way.
 */
export function extractParagraph(ex: Extraction, para: Paragraph, section: Section): void {
  const text = nodeText(para).trim();
  if (section.skip) return;
  if (section.whyFor) return void ex.addRationale(section.stackKey, section.whyFor, text);
  if (section.notes) {
    ex.addNote(section.stackKey, text);
    // A bare "Why?" is why the project exists: only sentences that say a name was used count.
    return void extractProse(ex, para, section, !section.stackProse);
  }
  if (extractBadges(ex, para, section)) return;
  if (readLeadIn(ex, para, text, section)) return;
  passedOver(ex, para, section);
  readUnderFocus(ex, text, section);
  const lines = splitLines(para);
  for (const line of lines) if (isNameList(ex, line)) extractLabelled(ex, line, section);
  if (!lines.some((l) => isLabelledLine(ex, l))) {
    if (section.stackProse || ex.adr) extractProse(ex, para, section);
    else if (!section.nonStack) extractProse(ex, para, section, true);
    return;
  }
  for (const line of lines) {
    if (!isLabelledLine(ex, line)) {
      if (section.stackProse) extractProse(ex, line, section);
      continue;
    }
    const drafts = extractLabelled(ex, line, section);
    // "Backend - FastAPI:" followed by bullets: the bullets explain FastAPI.
    ex.introduced = /[:：]\s*$/.test(nodeText(line)) ? drafts : [];
  }
}

const LEAD_IN = /^([^:：\n]{2,40})[:：]$/;

/**
 * Text pasted from a word processor loses its bullets: "Dependencies:", then one short paragraph
 * per item ("Redis (Celery queue)"). Each names what the registry knows, under the lead-in's layer.
 */
function readLeadIn(ex: Extraction, para: Paragraph, text: string, section: Section): boolean {
  const lead = ex.leadIn;
  const own = LEAD_IN.exec(text);
  ex.leadIn = own && wordsOf(own[1]).length <= 4 ? own[1].trim() : lead;
  const item = !text.includes("\n") && wordsOf(text).length <= 8 && !/[.!?。:：]$/.test(text);
  if (own || !lead || !item || section.nonStack || isLabelledLine(ex, para)) return false;
  const opts = { registry: ex.registry, allowUnknown: false, scanProse: true };
  const atoms = parseCompound(text, opts).filter((a) => a.tech);
  if (!atoms.length) return false;
  const labelLayer = toLayerId(lead);
  const purpose = atoms.length === 1 ? purposeAround(text, atoms[0].raw) : undefined;
  const role = ex.defaultRole(section);
  ex.add(atoms, { section, line: ex.lineOf(para), role, labelLayer, purpose });
  return true;
}

/** Under a heading that names one technology, a paragraph says what it is for, why, or its version. */
function readUnderFocus(ex: Extraction, text: string, section: Section): void {
  confirmFocus(ex, text, section);
  const focus = section.focus;
  if (!focus) return;
  // Under "### Routing: React Router 7", `**Why:** de facto standard` says why it was chosen.
  const why = WHY_LINE.exec(text);
  if (why) focus.rationale = joinText(focus.rationale, why[2].trim());
  // Under "### Zustand", the first sentence says what Zustand is for.
  if (!why && !focus.purpose && !VERSION_LINE.test(text))
    focus.purpose = clip(text.split(/(?<=[.。!?])\s/)[0] ?? text, 160).replace(/\s*[:：]$/, "");
  // Under "### Jest", `**Version**: 29.7.0` is Jest's version.
  const version = VERSION_LINE.exec(text);
  if (version) focus.atom.version ??= toVersion(version[2]);
}

/** "### MMKV" then "MMKV is a …" or "Version: 3.2.0": the heading named a technology after all. */
function confirmFocus(ex: Extraction, text: string, section: Section): void {
  const maybe = section.maybeFocus;
  if (!maybe || section.focus) return;
  const named = text.toLowerCase().startsWith(maybe.name.toLowerCase()) || VERSION_LINE.test(text);
  if (named) takeFocus(ex, section);
}

const WHY_LINE = new RegExp(`^\\s*(${WHY_WORDS})\\s*[:：]\\s*([\\s\\S]+)$`, "i");

// `Version: 3.2.0`, or `Version 18.3` with no colon when a number follows.
const VERSION_LINE =
  /^\s*(version|versión|versão|version actuelle|バージョン|版本|버전|версия|wersja)(?:\s*[:：]\s*|\s+(?=v?\d))(.+)$/im;

/** A line that is nothing but known names: `ELK, Zipkin, OpenTelemetry`. */
function isNameList(ex: Extraction, line: Paragraph): boolean {
  const parts = nodeText(line)
    .split(/\s*(?:,|\s\+\s|、|，)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length >= 2 && parts.every((p) => resolveName(ex.registry, p));
}

/** `Label: value` where the label names a layer or a technology. */
function isLabelledLine(ex: Extraction, line: Paragraph): boolean {
  const l = splitLabel(line);
  if (!l || l.separator === "none" || l.separator === "arrow") return false;
  const label = cleanLabel(l.label);
  if (!label || wordsOf(label).length > 4 || /https?$/i.test(label)) return false;
  return Boolean(
    toLayerId(label) ||
      (l.value &&
        (resolveName(ex.registry, label) ||
          DECISION_LABEL.test(label) ||
          PACKAGE_LABEL.test(label))),
  );
}

// `**Why not SQLite (wa-sqlite/sql.js):** …` in the languages the parser reads.
const WHY_NOT =
  /^(why not|warum nicht|pourquoi pas|por qué no|porque não|perché non|dlaczego nie|почему не)\s+(.+?)\s*[:：?？]?\s*$/i;

/** A bold "Why not X:" lead: the names in it were passed over, known or not, and the text says why. */
function passedOver(ex: Extraction, para: Paragraph, section: Section): void {
  const lead = para.children[0];
  const m = lead?.type === "strong" ? WHY_NOT.exec(nodeText(lead).trim()) : null;
  if (!m || section.nonStack) return;
  const names = m[2].replace(/^(plain|just|a|an|the|using|pure)\s+/i, "");
  const atoms = parseCompound(names, {
    registry: ex.registry,
    allowUnknown: true,
    scanProse: false,
    position: true,
  });
  const reason = nodeText({ ...para, children: para.children.slice(1) })
    .replace(/^\s*[:：]\s*/, "")
    .trim();
  ex.add(
    atoms.map((a) => ({ ...a, role: "alternative" as const })),
    { section, line: ex.lineOf(para), role: "alternative", rationale: reason || undefined },
  );
}

/** Splits a paragraph at its line breaks; a `: definition` line joins the term above it. */
export function splitLines(para: Paragraph): Paragraph[] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of para.children) {
    if (node.type === "break") {
      lines.push([]);
      continue;
    }
    if (node.type !== "text" || !node.value.includes("\n")) {
      lines[lines.length - 1].push(node);
      continue;
    }
    node.value.split("\n").forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1].push({ type: "text", value: part });
    });
  }
  const start = para.position?.start.line ?? 1;
  const out: Paragraph[] = [];
  for (const [i, children] of lines.entries()) {
    const first = children[0];
    const definition = first?.type === "text" && /^\s*:\s+\S/.test(first.value) && out.length;
    if (definition) {
      const value = `: ${first.value.replace(/^\s*:\s+/, "")}`;
      out[out.length - 1].children.push({ type: "text", value }, ...children.slice(1));
    } else if (children.length) {
      const at = { line: start + i, column: 1 };
      out.push({ type: "paragraph", children, position: { start: at, end: at } });
    }
  }
  return out;
}
