// What follows a name says what it is for: "Redux for state management", "Serilog dla logowania",
// "Valkey (sessions, cache)", "was used to fetch data", "SearXNG powers the search widget".
const PURPOSE_AFTER = [
  /^\s*v?[\d.x]*\s*\(([^()]{3,90})\)/,
  /^\s*v?[\d.x]*\s*(?:is |are |was |were )?(?:used |utilisé |usado |utilizzato |verwendet )?(?:for|dla|do(?!\s+(?:not|the|it|this|that|so|we|you|they|a|an|with)\b)|für|pour|per|para|для|zur|zum)\s+([^,.;:()]{3,70})/i,
  /^\s*(?:is |are |was |were )?used to\s+([^,.;:()]{3,70})/i,
  // "Vitest and RTL were used for tests": two names, one job.
  /^\s*(?:and|&|y|et|und|e|i|и)\s+[^\s,.;:()]+(?:\s[^\s,.;:()]+)?\s+(?:are|were|sont|sind|son|sono|są|были)\s+(?:used\s+|utilisés\s+|verwendet\s+|usados\s+|utilizzati\s+|używane\s+)?(?:for|to|pour|für|para|per|dla|для)\s+([^,.;:()]{3,70})/i,
  // "Redis as the session store", "PM2 comme gestionnaire de process", "Caddy als Reverse Proxy".
  /^\s*(?:as|als|comme|como|come|jako|в качестве)\s+(?:(?:a|an|the|un|une|el|la|le|il|lo|ein|eine|der|die|das|o|a)\s+)?([^,.;:()]{3,70})/i,
  /^\s*(?:powers|handles|manages|provides|serves|runs|stores)\s+(?:the\s+|all\s+|our\s+)?([^,.;:()]{3,70})/i,
  // "nginx serving the built frontend": the job, told with its verb.
  /^\s*((?:powering|handling|managing|providing|serving|running|storing|caching|hosting|signing)\s+(?!(?:on|in|at|as|with|from|to|under|inside)\b)[^,.;:()]{3,70})/i,
];
const PURPOSE_END =
  /\s+(since|because|as|which|that|and then|but|while|so|weil|car|porque|perché|ponieważ|потому)(?![\p{L}\p{N}]).*$/iu;

// "(current)", "(proposed)", "(deprecated)": an aside that gives a role or a time, not a job.
const STATUS_ASIDE =
  /^(current(ly)?|proposed|planned|target|legacy|deprecated|new|old|existing|optional|recommended|chosen|rejected|future|now|later|today)$/i;

/** A bare version, a status or a licence in brackets says nothing about the job. */
function saysNothing(text: string): boolean {
  return /^v?\d[\w.]*$/i.test(text) || STATUS_ASIDE.test(text);
}

function asideAfter(text: string): string | undefined {
  const inside = PURPOSE_AFTER[0].exec(text)?.[1].trim();
  return inside && !saysNothing(inside) ? inside : undefined;
}

function purposeAfter(gap: string, asides = true): string | undefined {
  for (const re of asides ? PURPOSE_AFTER : PURPOSE_AFTER.slice(1)) {
    const m = re.exec(gap);
    if (!m) continue;
    const text = m[1].replace(/\s+/g, " ").replace(PURPOSE_END, "").trim();
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
