// Role cues in the languages the parser reads: what a status cell or the words around a name say
// about whether it was chosen, planned or passed over.
import type { Role } from "../schema";
import { DEFERRED_WORDS } from "./text";

const REJECTED =
  /❌|✗|✘|⛔|🚫|\b(no|rejected|not chosen|not selected|deprecated|removed|replaced|dropped|retired|discarded|abandoned|ruled out|excluded|not adopted|declined|avoid)\b|不採用|却下|見送り|弃用|放弃|废弃|不采用|淘汰|채택하지 않음|미채택|제외|폐기|отказ|не выбран|отклонен|устарел|descartad|rechazad|obsolet|verworfen|abgelehnt|rejeté|écarté|odrzucon|scartat|مرفوض/i;
const PLANNED_CELL =
  /🚧|⏳|🔜|📅|\b(planned|todo|to do|wip|in progress|future|upcoming|later|next|trial|assess|evaluating|poc|pilot|roadmap|proposed|stretch goals?|not (yet|currently) implemented)\b|计划|規劃|予定|検討中|計画|예정|계획|планир|planead|planejad|previsto|geplant|prévu|pianificat|planowan|مخطط/i;
const CHOSEN_CELL =
  /✅|✔|✓|☑|🟢|⭐|🏆|\b(yes|y|adopt(ed)?|chosen|selected|in use|using|used|active|implemented|done|live|production|prod|current|stable|accepted|approved|winner|recommended|primary)\b|采用|使用中|已使用|已实现|推荐|採用|導入済|推奨|사용 ?중|채택|추천|используется|внедрен|выбран|sí|usado|em uso|en uso|eingesetzt|im einsatz|empfohlen|utilisé|adopté|recommandé|w użyciu|wybran|in uso|scelt|مستخدم/i;

/** The role a status, verdict or decision cell gives its row; undefined when it says nothing. */
export function cellRole(text: string): Role | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (REJECTED.test(t)) return "alternative";
  if (PLANNED_CELL.test(t)) return "planned";
  if (CHOSEN_CELL.test(t)) return "primary";
  return undefined;
}

export function saysChosen(text: string): boolean {
  return CHOSEN_CELL.test(text) && !REJECTED.test(text);
}

// Words right before a name that pass it over: "X over Y", "instead of Y", "replaced Y with X".
const PASSED_OVER_BEFORE = new RegExp(
  [
    /\b(why not|instead of|rather than|in place of|replac(e|ed|ing)|moved away from|migrated away from|(drop-in )?replacement for|alternative to|switched (away )?from|dropp(ed|ing)|ditch(ed|ing)|abandon(ed|ing)|reject(ed|ing)|deprecat(ed|ing)|avoid(ed|ing)?|not using|don'?t use|not (use|adopt|choose|pick)|won'?t (use|adopt)|decided against|neglect(ed|ing)|ruled out|discard(ed|ing)|no longer use|tried|without|compared (to|with)|unlike|no|no \w+ (like|such as)|(better|faster|smaller|lighter|simpler|cheaper|safer) than|(similar|comparable|equivalent)\b[^.;:]{0,40}\bto)\s+(the\s+|using\s+)?$/
      .source,
    /(而不是|而非|代替|取代|放弃了?|弃用|不用|相比较于|相比于|相较于|相比|比|ではなく|の代わりに|をやめて|より|대신|대신에|вместо|без|sans|ohne|sin|senza|bez|sem|\bnie|(?<![а-яё])не|отказались от|не используем|не используется|no usamos|no utilizamos|não usamos|não utilizamos|n'utilisons pas|nutzen kein\w*|verwenden kein\w*|nie używamy|non usiamo|non utilizziamo|en lugar de|en vez de|em vez de|ao invés de|no lugar de|statt|anstatt|anstelle von|au lieu de|plutôt que|contrairement (?:à|au|aux)|à la différence d[eu']|a diferencia de|ao contrário d[eoa]|im gegensatz zu|в отличие от|w przeciwieństwie do|a differenza d[ie]|zamiast|invece di|anziché|al posto di|بدلا من|بدلاً من)\s*$/
      .source,
  ].join("|"),
  "i",
);
// Words right after a name that pass it over: "Y was rejected", "Y (deprecated)", "Y ❌".
const PASSED_OVER_AFTER =
  /^\s*(\([^()]{1,30}\))?\s*(에 비해|보다|과 비교|와 비교|に比べ|と比べ|と比較して|に対して|より(も)?(?=[\u3040-\u30ff\u4e00-\u9fff]))|^(과|와) 같은 다른[^.。]{0,30}(에 비해|보다)|^\s*(\(|,|:|—|-)?\s*(was|is|were|has been|have been|got|are)?\s*(rejected|deprecated|dropped|replaced|removed|abandoned|discarded|ruled out|excluded|not adopted|declined|not chosen|not selected|too\b)|^\s*\(?\s*(❌|✗|⛔)|^\s*(は|を|が)?(却下|不採用|見送り)|^\s*(の)?(代替|代わり)|^\s*(的)?(替代品|替代方案)|^\s*(被)?(弃用|放弃|淘汰)|^\s*(는|은|을|를)?\s*(채택하지|제외)|^\s*(был[аио]? )?(отклонен|отброшен)|^\s*(fue |foi )?(descartad|rechazad)|^\s*(wurde )?(verworfen|abgelehnt)|^\s*(a été )?(rejeté|écarté)|^\s*(został[aoy]? )?odrzucon|^\s*(è stato )?scartat/i;
const PLANNED_BEFORE =
  /\b(will (use|adopt|add|introduce|migrate to|move to|switch to|evaluate)|(plan|planning|intend|aim|want)s? to (use|adopt|add|introduce|migrate to|move to|switch to)|migrat(e|ing) to|mov(e|ing) to|switch(ing)? to|later(,)?|in the future|eventually|considering|evaluating|looking into|exploring|investigating|experimenting with|trying out|future|roadmap|phase \d+[:,]?|next step[s:]?|stretch goal[s:]?|maybe|possibly|potentially)\s+(the\s+|using\s+)?$|(将来|計画|予定|今後|迁移到|迁移至|切换到|향후|예정|계획|планируем|будем|planeamos|planejamos|vamos a|vamos|geplant|später|prévu|nous allons|planujemy|pianifichiamo|سوف)\s*\S{0,12}$/i;
const PLANNED_AFTER =
  /^\s*(\(|,|—|-)?\s*(is |are )?(planned|later|in the future|coming soon|soon|eventually|not (yet|currently) implemented|on the roadmap|\(planned\)|tbd|stretch goals?)\b|^\s*(を)?(予定|計画|検討中)|^\s*(计划|待定)|^\s*(예정|도입 예정)|^\s*\(\s*(proposed|target|to be adopted|propuesto|proposto|proposé|vorgeschlagen|proponowan[ey]|предлагаем\w*|提案|提议|제안)\s*\)|^\s*(に|へ)(移行|切り替え|乗り換え)|^\s*(로|으로)\s*(이전|전환|마이그레이션)/i;
// "iOS postponed", "iOS reporté": put off, so planned.
const DEFERRED_AFTER = new RegExp(
  `^\\s*(\\(|,|—|-)?\\s*(is |was |are |were )?(${DEFERRED_WORDS})`,
  "i",
);
// "we chose X", "Chosen option: X", "X is recommended": a verdict for X.
const CHOSEN_BEFORE =
  /\b(chose|chosen( option)?|choose|selected|picked|decided (on|to use|to go with)|went with|go with|opted for|settled on|recommend(ed|ation)?|empfehlung|recomendaci[óo]n|recomenda[çc][ãa]o|recommandation|rekomendacja|raccomandazione|we use|we'll use|we will use|adopt(ed)?|winner|decision|verdict)\s*[:"“'`*]*\s*$|(рекомендация|选择了?|选用|采用|決定|採用|選択|선택(한|했다)?|채택(한|했다)?|выбрали|выбран[ао]?|elegimos|elegida|escolhemos|escolhida|gewählte option|gewählt|entschieden für|option choisie|nous avons choisi|wybrano|wybraliśmy|scelto|abbiamo scelto|اخترنا|الخيار المختار)\s*[:："“'`*]*\s*$/i;
const CHOSEN_AFTER =
  /^\s*[`"”'*]*\s*(is|was|has been)?\s*(chosen|selected|recommended|the winner|the clear winner|our choice|preferred)\b|^\s*(を)?(採用|選定)(する|した|します)|^\s*(을|를)?\s*(채택|선택)/i;

/** "used by WeChat", "developed by Meta": who uses or makes a thing is not a choice. */
export const MADE_BY =
  /\b(used|developed|built|made|created|maintained|trusted|loved|sponsored|acquired|owned) by\s+(the\s+)?$/i;

export type Cue = "passed-over" | "planned" | "chosen";

/** "FastAPI over Flask", "Vite vs webpack": only between two names does "over" pass the second one over. */
export const PREFERRED_OVER = /^\s*(over|vs\.?|versus)\s+(the\s+)?$/i;

/** After "X over Y", Y ends the phrase ("FastAPI over Flask, because…"), it does not go on ("SQL over Parquet files"). */
export function endsPhrase(after: string): boolean {
  return /^\s*([,.;:!?)—–-]|$|(because|since|as|for|due|and|but|in|on|to|with)\b)/i.test(after);
}

// "If the database is hosted by a provider (Neon, Supabase)…": a condition weighs what it names.
const IF_WORD = /(?:^|[\s(])(if|whether|jeśli|jeżeli|wenn|falls|si|если|如果|만약|もし)\s/giu;

/** Whether a name stands in an "if" clause: after an "if" in its sentence, before that clause ends. */
export function inCondition(before: string): boolean {
  const sentence = before.split(/[.;!?。]\s|\n\s*\n/).pop() ?? "";
  const ifs = [...sentence.matchAll(IF_WORD)];
  const last = ifs[ifs.length - 1];
  if (!last) return false;
  // Within an open aside the commas list names; otherwise a comma or dash ends the condition.
  let clause = sentence.slice((last.index ?? 0) + last[0].length).replace(/\([^()]*\)/g, "");
  const open = clause.lastIndexOf("(");
  if (open >= 0) clause = clause.slice(0, open);
  return !/[,—–:]|\s-\s|\bthen\b/.test(clause);
}

// In a decision, "we will use X" states the verdict, not a plan.
const DECIDED_BEFORE =
  /\b(we|team)\s+(will|shall|are going to)\s+(use|adopt|go with)\s+(the\s+)?$/i;

/** What the words around a name in running text say about it. */
export function cueAround(before: string, after: string): Cue | undefined {
  const b = before.slice(-60);
  const a = after.slice(0, 60);
  if (PASSED_OVER_BEFORE.test(b) || PASSED_OVER_AFTER.test(a)) return "passed-over";
  if (DECIDED_BEFORE.test(b)) return "chosen";
  if (PLANNED_BEFORE.test(b) || PLANNED_AFTER.test(a) || DEFERRED_AFTER.test(a)) return "planned";
  if (CHOSEN_BEFORE.test(b) || CHOSEN_AFTER.test(a)) return "chosen";
  return undefined;
}

// "migrate from X to Y": X is current and retiring, Y planned; "migrated from X to Y": Y replaced X.
// "port Content Store from its legacy MongoDB, to PostgreSQL": the thing moved may stand between.
const MIGRATION =
  /\b(migrat(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|transition(?:s|ed|ing)?|port(?:s|ed|ing)?|upgrad(?:e|es|ed|ing))\s+(?:[^.;,]{1,40}?\s+)?(away\s+)?from\s+(.+?),?\s+(to|onto|towards)\s+(.+)$/di;

export interface Migration {
  /** Where, in the clause, the retiring side starts and the target side starts. */
  fromStart: number;
  toStart: number;
  done: boolean;
}

export function findMigration(clause: string): Migration | undefined {
  const m = MIGRATION.exec(clause);
  if (!m?.indices?.[3] || !m.indices[5]) return undefined;
  const planned = /\b(will|plan|planning|going to|need to|should|must|want|intend)\b/i.test(
    clause.slice(0, m.index + 12),
  );
  return {
    fromStart: m.indices[3][0],
    toStart: m.indices[5][0],
    done: /ed$/.test(m[1]) && !planned,
  };
}

/** The cue a migration gives a name at this position of its clause. */
export function migrationCue(migration: Migration | undefined, at: number): Cue | undefined {
  if (!migration || at < migration.fromStart) return undefined;
  if (at >= migration.toStart) return migration.done ? "chosen" : "planned";
  return migration.done ? "passed-over" : undefined;
}
