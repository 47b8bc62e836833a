import type { Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { toLayerId } from "../layers";
import type { Role } from "../schema";
import { parseCompound, resolveName, splitTop } from "./compound";
import type { Extraction, Section } from "./context";
import { ALTERNATIVES, cleanLabel, isPlaceholder, placeholderExamples, PLANNED, toVersion } from "./text";

type ColumnRole = "layer" | "choice" | "version" | "purpose" | "rationale" | "alternatives";

// Header words per column role, in English and the common other languages.
const HEADERS: Array<[ColumnRole, RegExp]> = [
  ["rationale", /^(rationale|why|why chosen|reason(s|ing)?|justification|理由|原因|選定理由|이유|근거|선정 이유|обоснование|причина|почему|razón|motivo|begründung|raison)$/i],
  ["alternatives", /^(alternatives?( considered)?|other options|also considered|rejected|instead of|runners?-up|替代(方案)?|备选|代替(案)?|대안|альтернатив[аы]?|alternativas|alternativen)$/i],
  ["version", /^(version|versions|ver\.?|release|版本|バージョン|버전|версия|versión|versão)$/i],
  ["choice", /^(technology|technologies|tech|choice|choices|choice\(s\)|tools?|chosen|decision|recommended|recommendation|primary|services?|frameworks?|library|libraries|solution|products?|selected|selection|pick|stack|tech stack|options?|name|技术|技術|工具|选择|选型|採用|採用技術|技術スタック|ツール|기술|도구|선택|технология|технологии|инструмент|выбор|tecnología|herramienta|technologie|outil|werkzeug|tecnologia)$/i],
  ["purpose", /^(purpose|usage|use|use case|used for|notes?|description|best for|role|function|details|comments?|what|说明|用途|描述|备注|備考|説明|설명|용도|비고|описание|назначение|примечание|descripción|propósito|zweck|beschreibung|description)$/i],
  ["layer", /^(category|categories|layer|component|area|concern|type|stage|domain|aspect|part|tier|level|kind|分类|类别|类型|层|组件|種別|カテゴリ|分類|レイヤー|区分|구분|분류|계층|카테고리|категория|слой|компонент|тип|categoría|capa|kategorie|schicht|catégorie|couche|camada)$/i],
];
const PRIMARY_HEADER = /^(recommended|recommendation|primary|chosen|decision|selected|choice|choices|choice\(s\)|採用|选择|선택|выбор)$/i;

function headerRole(text: string): ColumnRole | undefined {
  const h = cleanLabel(text).toLowerCase().replace(/\s+/g, " ").trim();
  for (const [role, re] of HEADERS) if (re.test(h)) return role;
  return undefined;
}

export function extractTable(ex: Extraction, table: Table, section: Section): void {
  if (section.skip || section.whyFor || section.notes) return;
  const [head, ...rows] = table.children;
  if (!head) return;
  const headers = head.children.map((c) => toString(c));
  const roles = headers.map(headerRole);
  const col = (r: ColumnRole) => roles.indexOf(r);
  let choice = col("choice");
  let alternatives = col("alternatives");
  let optionsColumn = choice >= 0 && /^options?$/i.test(cleanLabel(headers[choice]));
  if (choice < 0 && alternatives >= 0 && /^options?$/i.test(cleanLabel(headers[alternatives]))) {
    choice = alternatives;
    alternatives = -1;
    optionsColumn = true;
  }
  if (choice < 0) choice = guessChoiceColumn(ex, rows.map((r) => r.children.map((c) => toString(c))), roles);
  const line = ex.lineOf(table);
  if (choice < 0) {
    ex.diag(line, "info", "table-without-technologies", `table (${headers.map((h) => cleanLabel(h)).join(" | ")}) has no technology column; its cells are read as descriptions`);
    return;
  }
  const layerCol = col("layer") >= 0 ? col("layer") : choice !== 0 && roles[0] === undefined ? 0 : -1;
  const columnRole: Role | undefined = PRIMARY_HEADER.test(cleanLabel(headers[choice])) ? "primary" : optionsColumn ? "option" : undefined;
  for (const row of rows) {
    const cells = row.children.map((c) => toString(c).trim());
    const rowLine = ex.lineOf(row);
    const cell = (i: number) => (i >= 0 ? cells[i] ?? "" : "");
    const layerText = cleanLabel(cell(layerCol));
    let choiceText = cell(choice);
    if (isPlaceholder(choiceText)) {
      ex.placeholders++;
      choiceText = placeholderExamples(choiceText) ?? "";
    }
    if (!choiceText || /^[-–—?]+$|^(tbd|n\/a|none)$/i.test(choiceText)) continue;
    const labelLayer = toLayerId(layerText);
    const planned = PLANNED.test(layerText);
    const base: Role = planned ? "planned" : ALTERNATIVES.test(layerText) ? "alternative" : columnRole ?? ex.defaultRole(section);
    const atoms = parseCompound(choiceText, { registry: ex.registry, allowUnknown: true, scanProse: true });
    const version = toVersion(cell(col("version")));
    const versionNote = col("version") >= 0 && !version && !/^(latest|built-?in|-+|n\/a|)$/i.test(cell(col("version"))) ? cell(col("version")) : undefined;
    if (version && atoms.length === 1) atoms[0].version = version;
    else if (version) atoms.forEach((a) => (a.version ??= version));
    const altAtoms = alternatives >= 0 ? parseCompound(cell(alternatives), { registry: ex.registry, allowUnknown: true, scanProse: true }) : [];
    const purpose = [cell(col("purpose")), versionNote].filter(Boolean).join(" — ") || undefined;
    const drafts = ex.add(atoms, {
      section,
      line: rowLine,
      role: base,
      explicit: columnRole !== undefined,
      labelLayer,
      labelText: labelLayer ? layerText : undefined,
      purpose,
      rationale: cell(col("rationale")) || undefined,
      alternatives: altAtoms.map((a) => a.name),
    });
    ex.add(altAtoms.map((a) => ({ ...a, role: "alternative" as Role })), { section, line: rowLine, role: "alternative", labelLayer, labelText: labelLayer ? layerText : undefined });
    if (!drafts.length) ex.diag(rowLine, "info", "unrecognised-item", `no technology recognised in table cell "${choiceText.slice(0, 80)}"`);
  }
}

/** With no recognisable header, a column whose cells are mostly known technologies is the choice column. */
function guessChoiceColumn(ex: Extraction, rows: string[][], roles: Array<ColumnRole | undefined>): number {
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (roles[c] && roles[c] !== "layer") continue;
    const cells = rows.map((r) => r[c] ?? "").filter(Boolean);
    if (!cells.length) continue;
    const known = cells.filter((cell) => splitTop(cell, /^\s*(?:,|\/|\s\+\s)\s*/).every((p) => resolveName(ex.registry, p.replace(/[*`]/g, ""))));
    if (known.length / cells.length >= 0.6) return c;
  }
  return -1;
}
