import { load } from "js-yaml";
import type { Code } from "mdast";
import { parse as parseToml } from "smol-toml";
import { toLayerId } from "../layers";
import type { LayerId } from "../schema";
import { type Atom, parseCompound } from "./compound";
import type { Extraction, Section } from "./context";
import { resolveName } from "./names";
import { isVersionOnly, toVersion } from "./text";

/** One `key: value` of a config block, with the keys above it. */
interface Entry {
  path: string[];
  value: string;
  line: number;
}

const CONFIG_LANG = /^(ya?ml|toml|json|jsonc|json5)$/i;

/** True for a fence that may hold a stack written as data: YAML, TOML, JSON, or an unlabelled `key: value` block. */
export function isConfigBlock(code: Code): boolean {
  if (code.lang) return CONFIG_LANG.test(code.lang);
  const lines = code.value.split("\n").filter((l) => l.trim());
  return (
    lines.length > 1 &&
    lines.filter((l) => /^\s*[-\w. /]+\s*:/.test(l)).length / lines.length >= 0.5
  );
}

/** A stack written as data: keys that name layers, values (or keys under them) that name technologies. */
export function extractConfig(ex: Extraction, code: Code, section: Section): boolean {
  if (section.skip || section.nonStack) return false;
  const entries = entriesOf(code);
  const layered = entries.filter((e) => layerOfPath(e.path));
  // Outside a stack section, one layer-like key (a manifest's `containers:`) is not a stack.
  const layers = new Set(layered.map((e) => layerOfPath(e.path)));
  const allKeysLayers = entries.every((e) => toLayerId(e.path[0] ?? ""));
  if (
    !layered.length ||
    (!section.stackProse && !section.layer && layers.size < 2 && !allKeysLayers)
  )
    return false;
  const start = ex.lineOf(code) + 1;
  for (const e of layered) {
    const layer = layerOfPath(e.path) as LayerId;
    const atoms = atomsOf(ex, e);
    const label = e.path.find((k) => toLayerId(k) === layer);
    ex.add(atoms, {
      section,
      line: start + e.line,
      role: ex.defaultRole(section),
      labelLayer: layer,
      labelText: label,
    });
  }
  return true;
}

function layerOfPath(path: string[]): LayerId | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const id = toLayerId(path[i]);
    if (id) return id;
  }
  return undefined;
}

/** `react: ^18` under a layer key: the key is the technology and the value its version. */
function atomsOf(ex: Extraction, e: Entry): Atom[] {
  const key = e.path[e.path.length - 1] ?? "";
  const keyTech = toLayerId(key) ? undefined : resolveName(ex.registry, key);
  const version = toVersion(e.value);
  if (
    keyTech &&
    ((version && isVersionOnly(version.replace(/^[~^>=<v]+/, ""))) ||
      /^(true|yes|\*)$/i.test(e.value) ||
      !e.value)
  ) {
    return [{ name: keyTech.name, tech: keyTech, version, raw: key }];
  }
  return parseCompound(e.value, {
    registry: ex.registry,
    allowUnknown: true,
    scanProse: true,
    position: true,
  });
}

function entriesOf(code: Code): Entry[] {
  const lang = code.lang?.toLowerCase() ?? "";
  try {
    if (lang.startsWith("json")) return flatten(JSON.parse(code.value), [], code.value);
    if (lang === "toml") return flatten(parseToml(code.value), [], code.value);
    const data = load(code.value);
    if (data && typeof data === "object") return flatten(data, [], code.value);
  } catch {
    // Hand-written "YAML" is often an indented outline; read it line by line instead.
  }
  return outline(code.value);
}

function flatten(data: unknown, path: string[], text: string): Entry[] {
  if (Array.isArray(data) && data.every((v) => typeof v !== "object" || v === null)) {
    return [{ path, value: data.join(", "), line: lineOf(text, path[path.length - 1]) }];
  }
  if (data && typeof data === "object") {
    return Object.entries(data).flatMap(([k, v]) => flatten(v, [...path, k], text));
  }
  return [
    {
      path,
      value: data === null || data === undefined ? "" : String(data),
      line: lineOf(text, path[path.length - 1]),
    },
  ];
}

function lineOf(text: string, key: string | undefined): number {
  if (!key) return 0;
  const i = text.split("\n").findIndex((l) => l.includes(key));
  return Math.max(0, i);
}

/** An indented `key: value` / `- item` outline: each line's keys are the lines above it with less indent. */
function outline(text: string): Entry[] {
  const stack: Array<{ indent: number; key: string }> = [];
  const out: Entry[] = [];
  text.split("\n").forEach((raw, line) => {
    if (!raw.trim() || /^\s*#/.test(raw)) return;
    const indent = raw.length - raw.trimStart().length;
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const body = raw
      .trim()
      .replace(/^[-*]\s+/, "")
      .replace(/[,{}[\]"]/g, " ")
      .trim();
    const kv = /^([^:]{1,40}):\s*(.*)$/.exec(body);
    const path = stack.map((s) => s.key);
    if (kv) {
      if (kv[2].trim()) out.push({ path: [...path, kv[1].trim()], value: kv[2].trim(), line });
      stack.push({ indent, key: kv[1].trim() });
    } else {
      out.push({ path, value: body, line });
      stack.push({ indent, key: body });
    }
  });
  return out;
}
