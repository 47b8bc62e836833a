// What follows a name says what it is for: "Redux for state management", "Serilog dla logowania",
// "Valkey (sessions, cache)", "was used to fetch data", "SearXNG powers the search widget".
import { isLicence } from "./text";

const PURPOSE_AFTER = [
  /^\s*v?[\d.x]*\s*\(([^()]{3,90})\)/,
  /^\s*v?[\d.x]*\s*(?:is |are |was |were )?(?:used |utilisé |usado |utilizzato |verwendet |используется |используются |применяется |применяются |служит |служат )?(?:for|dla|do(?!\s+(?:not|the|it|this|that|so|we|you|they|a|an|with)\b)|für|pour|per|para|для|zur|zum)\s+([^,.;:()]{3,70})/i,
  /^\s*(?:is |are |was |were )?used to\s+([^,.;:()]{3,70})/i,
  // "Vitest and RTL were used for tests": two names, one job.
  /^\s*(?:and|&|y|et|und|e|i|и)\s+[^\s,.;:()]+(?:\s[^\s,.;:()]+)?\s+(?:are|were|sont|sind|son|sono|są|были)\s+(?:used\s+|utilisés\s+|verwendet\s+|usados\s+|utilizzati\s+|używane\s+)?(?:for|to|pour|für|para|per|dla|для)\s+([^,.;:()]{3,70})/i,
  // "Redis as the session store", "PM2 comme gestionnaire de process", "Caddy als Reverse Proxy".
  /^\s*(?:as|als|comme|como|come|jako|в качестве)\s+(?:(?:a|an|the|un|une|el|la|le|il|lo|ein|eine|der|die|das|o|a)\s+)?([^,.;:()]{3,70})/i,
  // "GitHub Actions выполняет сборку": the job, told with its verb, in Russian.
  /^\s*((?:выполняет|обеспечивает|обрабатывает|хранит|управляет|собирает|доставляет|публикует|отвечает за)\s+[^,.;:()]{3,70})/i,
  /^\s*(?:powers|handles|manages|provides|serves|runs|stores)\s+(?:the\s+|all\s+|our\s+)?([^,.;:()]{3,70})/i,
  // "nginx serving the built frontend": the job, told with its verb.
  /^\s*((?:powering|handling|managing|providing|serving|running|storing|caching|hosting|signing)\s+(?!(?:on|in|at|as|with|from|to|under|inside)\b)[^,.;:()]{3,70})/i,
];
const PURPOSE_END =
  /\s+(since|because|as|which|that|and then|but|while|so|weil|car|porque|perché|ponieważ|потому)(?![\p{L}\p{N}]).*$/iu;

// "Kafka for events and Redis for …": the word that joins the next name is not part of the job.
const JOINED_END =
  /[\s,]+(and|or|with|plus|as well as|und|oder|mit|et|ou|avec|y|o|con|e|com|i|lub|z|и|или|с)\s*$/iu;

// "(current)", "(proposed)", "(deprecated)": an aside that gives a role or a time, not a job.
const STATUS_ASIDE =
  /^(current(ly)?|proposed|planned|target|legacy|deprecated|new|old|existing|optional|recommended|chosen|rejected|future|now|later|today)$/i;

/** A bare version, a status or a licence in brackets says nothing about the job. */
function saysNothing(text: string): boolean {
  return /^v?\d[\w.]*$/i.test(text) || STATUS_ASIDE.test(text) || isLicence(text);
}

function asideAfter(text: string): string | undefined {
  const inside = PURPOSE_AFTER[0].exec(text)?.[1].trim();
  return inside && !saysNothing(inside) ? inside : undefined;
}

function purposeAfter(gap: string, asides = true): string | undefined {
  for (const re of asides ? PURPOSE_AFTER : PURPOSE_AFTER.slice(1)) {
    const m = re.exec(gap);
    if (!m) continue;
    const text = m[1].replace(/\s+/g, " ").replace(PURPOSE_END, "").replace(JOINED_END, "").trim();
    if (text.length >= 3 && !saysNothing(text)) return text;
  }
  return undefined;
}

/** The purpose the words after a name give it: up to the next name, or a whole bracketed aside. */
export function purposeNear(text: string, end: number, stop: number): string | undefined {
  return purposeAfter(text.slice(end, stop)) ?? asideAfter(text.slice(end, end + 120));
}

/** Only a phrase that says the job ("for sessions", "dla logowania"); an aside may name anything. */
export function purposeSaid(text: string, end: number, stop: number): string | undefined {
  return purposeAfter(text.slice(end, stop), false);
}

// "Service discovery via Consul", "Логи собираются через Promtail в Loki": the job comes first, then
// an optional passive verb, then "via" and the names that do it.
const PASSIVE =
  /(?:(?:is|are|was|were|wird|werden|est|sont|es|son|è|sono|jest|są)\s+\p{L}+\s+|\p{L}+(?:ется|ются|ится|ятся|ан|ана|ано|аны|ен|ена|ено|ены)\s+)?/u;
const VIA = /(?:via|through|через|с помощью|über|mittels|par|por|przez|tramite|mediante)\s+/u;
const JOB_VIA = new RegExp(
  `^\\s*(\\p{L}[\\p{L}\\p{N} '-]{2,50}?)\\s+${PASSIVE.source}${VIA.source}[^.;!?]{0,60}$`,
  "iu",
);

// "We deploy through …" says who, not what for.
const PERSON =
  /^(we|i|you|they|it|this|that|мы|я|вы|они|это|wir|ich|sie|es|nous|je|on|nosotros|yo|nós|eu|noi|io|my|ja)(?![\p{L}\p{N}])/iu;

// "Below are some snapshots via …", "Generated via …": a sentence or a bare participle, not a job.
const NO_JOB = /(?<![\p{L}\p{N}])(is|are|was|were|be)(?![\p{L}\p{N}])|^\s*\p{L}+ed\s*$/iu;

/** What the start of a sentence says a name after "via" does; no other name may stand in it. */
export function purposeBefore(text: string, start: number, named: number[]): string | undefined {
  const from =
    Math.max(...[".", "!", "?", ";", "\n", "。"].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const m = JOB_VIA.exec(text.slice(from, start));
  if (
    !m ||
    PERSON.test(m[1]) ||
    NO_JOB.test(m[1]) ||
    named.some((at) => at >= from && at < from + m[1].length)
  )
    return undefined;
  return m[1].trim();
}

/** `Redis для сессий`, `Service Discovery через Consul`: what a short item says its one name does. */
export function purposeAround(text: string, raw: string): string | undefined {
  const at = text.indexOf(raw);
  if (at < 0) return undefined;
  return purposeNear(text, at + raw.length, text.length) ?? purposeBefore(text, at, []);
}
