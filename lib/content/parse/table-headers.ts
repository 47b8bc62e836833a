import { cellRole } from "./roles";
import { cleanLabel, wordsOf } from "./text";

export type ColumnRole =
  | "layer"
  | "choice"
  | "version"
  | "purpose"
  | "rationale"
  | "alternatives"
  | "status"
  | "planned";

// Header words per column role in English, Chinese, Japanese, Korean, Russian, Spanish, Portuguese,
// German, French, Polish, Italian and Arabic. Checked in order: the first match wins.
const HEADERS: Array<[ColumnRole, RegExp]> = [
  [
    "rationale",
    /^(rationale|why|why chosen|why this|why not|reason(s|ing)?|justification|motivation|理由|原因|选择理由|選定理由|採用理由|이유|근거|선정 이유|선택 이유|обоснование|причина|почему|razón|motivo|justificación|justificativa|por que|porquê|begründung|grund|warum|raison|justification|pourquoi|uzasadnienie|dlaczego|motivazione|perché|السبب|المبرر)$/i,
  ],
  [
    "alternatives",
    /^(alternatives?( considered)?|other options|also considered|rejected|instead of|runners?-up|替代(方案)?|备选(方案)?|代替(案)?|他の候補|대안|альтернатив[аы]?|alternativas?|alternativen|alternatywy|alternative|البدائل)$/i,
  ],
  // `| The job | Today | Next |`: what comes next is planned.
  [
    "planned",
    /^(next|later|future|planned|roadmap|target|to be|next steps?|coming|geplant|später|künftig|prévu|futur|ensuite|próximo|futuro|previsto|planowane|dalej|docelowo|планируется|далее|позже|将来|今後|予定|计划|下一步|향후|예정)$/i,
  ],
  [
    "version",
    /^(version|versions|ver\.?|release|版本|バージョン|버전|версия|versión|versão|wersja|versione|الإصدار)$/i,
  ],
  [
    "status",
    /^(status|state|adopted|adoption|in use|verdict|使用状况|状态|状態|ステータス|상태|статус|estado|zustand|statut|stan|stato|الحالة)$/i,
  ],
  [
    "choice",
    /^(today|now|current|currently|heute|aktuell|aujourd'hui|actuel|hoy|actual|hoje|atual|oggi|attuale|dziś|obecnie|сейчас|текущий|現在|现在|当前|현재|technology|technologies|tech|choice|choices|choice\(s\)|tools?|chosen|decision|recommended|recommendation|primary|services?|frameworks?|library|libraries|packages?|dependenc(y|ies)|solution|products?|selected|selection|pick|stack|tech stack|options?|name|技术|技术栈|技术名称|名称|框架|组件|依赖|技術|技術名|技術スタック|ライブラリ名|工具|选择|选型|技术选型|採用|採用技術|ツール|ライブラリ|기술|기술 스택|기술스택|도구|선택|라이브러리|название|стек|nombre|nome|nazwa|nom|технология|технологии|инструмент|библиотека|выбор|tecnología|herramienta|tecnologia|ferramenta|technologie|outil|werkzeug|bibliothek|narzędzie|technologia|biblioteka|strumento|libreria|التقنية|الأداة)$/i,
  ],
  [
    "purpose",
    /^(purpose|the job|job|jobs|task|need|aufgabe|tâche|tarea|compito|zadanie|задача|usage|use|use case|used for|notes?|notas?|observa[cç][oõ]es|observaciones|anmerkungen?|hinweise?|remarques?|uwagi|примечания|заметки|commenti|commentaires?|comentários|comentarios|description|best for|good for|ideal for|suited for|when to use|role|function|details|comments?|what|responsibility|说明|用途|描述|备注|作用|備考|説明|役割|설명|용도|비고|역할|описание|назначение|примечание|для чего|descripción|propósito|uso|descrição|finalidade|zweck|beschreibung|verwendung|rôle|utilisation|opis|zastosowanie|cel|descrizione|scopo|utilizzo|الوصف|الغرض|الاستخدام)$/i,
  ],
  [
    "layer",
    /^(category|categories|layer|component|area|concern|type|stage|domain|aspect|part|tier|level|kind|module|分类|类别|类型|层|层级|组件|模块|種別|カテゴリ|分類|レイヤー|区分|領域|구분|분류|계층|카테고리|영역|категория|слой|компонент|тип|область|categoría|capa|componente|categoria|camada|kategorie|schicht|bereich|komponente|catégorie|couche|composant|kategoria|warstwa|komponent|strato|الفئة|الطبقة|المكون)$/i,
  ],
];

/** A choice column whose header says its cells were chosen, not merely listed. */
export const PRIMARY_HEADER =
  /^(recommended|recommendation|primary|chosen|decision|selected|choice|choices|choice\(s\)|採用|选择|선택|выбор)$/i;

export function headerRole(text: string): ColumnRole | undefined {
  const h = cleanLabel(text).toLowerCase().replace(/\s+/g, " ").trim();
  // "Purpose & Benefit", "Zweck / Nutzen": the first part that names a role names the column.
  for (const part of [h, ...h.split(HEADER_JOIN)])
    for (const [role, re] of HEADERS) if (re.test(part.trim())) return role;
  return undefined;
}

const HEADER_JOIN = /\s*(?:&|\/|\+|,|·|、|和|与|및)\s*|\s+(?:and|und|et|y|e|i|и)\s+/;

/**
 * `| Option | Decision |` over `Chosen` / `Not chosen`, `| Tool | Used? |` over `Yes` / `No`: a
 * column of short verdicts that tell rows apart is a status column, whatever its header, when
 * one other column holds the names.
 */
export function withVerdictColumns(
  roles: Array<ColumnRole | undefined>,
  rows: string[][],
): Array<ColumnRole | undefined> {
  return roles.map((role, i) => {
    if (role === "status" || role === "layer") return role;
    const cells = rows.map((r) => (r[i] ?? "").trim()).filter(Boolean);
    const said = cells.map((c) => (wordsOf(c).length <= 3 ? cellRole(c) : undefined));
    // Verdicts tell rows apart; a column of stars (all "chosen") is a rating, not a verdict.
    const verdicts = !said.includes(undefined) && new Set(said).size >= 2;
    // Beside more than one other open column, a yes/no column is one criterion among several.
    const open = roles.filter((r, j) => j !== i && (r === "choice" || r === undefined));
    return verdicts && open.length === 1 ? "status" : role;
  });
}
