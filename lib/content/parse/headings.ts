// What a heading's words say about the section under it, in the languages the parser reads.

/** Links, references, targets: nothing under them is a stack choice. */
export const SKIP =
  /\b(related (documentation|docs|links|reading)|references?|see also|table of contents|contents|changelog|change log|licen[cs]e|performance targets?|glossary|faq|acknowledg\w*|appendix|skill\s?set|decision drivers|links|((my|our) )?other (oss |open[- ]source )?(projects|repos(itories)?)|(related|similar|more) projects)\b|目次|参考|参照|참고|목차|ссылки|содержание|referencias|referências|verweise|inhaltsverzeichnis|références|sommaire|bibliografia|spis treści|riferimenti|المراجع/i;

/** Sections whose running text describes the stack. */
export const STACK_HEADING =
  /\b(tech(nology|nical)?[\s-]*stack|stacks?|technolog(y|ies)|architecture|built with|made with|powered by|tools( used)?|tooling|infrastructure|dependencies|decisions?|platform|languages?|frameworks?|libraries|services|components|pre-?requisites?)\b|voraussetzungen|prérequis|requisitos previos|pré-requisitos|wymagania wstępne|prerequisiti|前提条件|前置条件|사전 요구 사항|предварительные требования|技术|架构|選型|选型|技術|アーキテクチャ|構成|기술|스택|아키텍처|стек|технолог|архитектур|инструмент|tecnolog|arquitectura|arquitetura|ferramentas|herramientas|technologie|architektur|werkzeuge|architecture|outils|stos|narzędzia|tecnologie|architettura|strumenti|التقنيات|التقنية|البنية|الأدوات/i;

/** Sections about using or contributing to the project, not about what it is built with. */
export const NON_STACK =
  /\b(install\w*|getting started|get started|setup|set up|usage|how to|contribut\w*|credits?|authors?|team members?|screenshots?|demo|commands?|scripts|environment variables|env vars|running|run locally|local development|quick ?start|requirements|support|contact|todo|api reference|endpoints?|folder structure|project structure|directory structure|file structure|troubleshoot\w*|known issues|bugs?)\b|安装|快速开始|インストール|使い方|설치|사용법|установка|запуск|instalaci|instala|uso|installation|nutzung|utilisation|instalacja|installazione|التثبيت/i;

/** "Considered options", "Alternatives evaluated": the options of one decision. */
export const OPTIONS_HEADING =
  /\b(considered options|options considered|options|candidates|evaluated|evaluation|comparison|compared|pros and cons( of the options)?|trade-?offs|versus|vs\.?)\b|候选|备选|方案对比|选项|比较|検討した選択肢|選択肢|候補|比較|고려한 옵션|옵션|후보|비교|рассмотренные варианты|варианты|сравнение|opciones consideradas|opciones|opções consideradas|opções|comparação|comparación|betrachtete optionen|optionen|vergleich|options envisagées|options considérées|comparaison|rozważane opcje|opcje|porównanie|opzioni considerate|opzioni|confronto|الخيارات/i;

/** "Decision", "Decision outcome": the section that states the verdict. */
// Not `\b`: without the u flag it only knows Latin letters, so "решение" and "結論" never ended a word.
export const DECISION_HEADING =
  /^(decision|decision outcome|the decision|our decision|outcome|verdict|recommendation|conclusion|决策|决定|结论|決定|結論|決定事項|결정|결론|решение|итог|вывод|decisión|decisão|resultado de la decisión|entscheidung|ergebnis|décision|decyzja|decisione|القرار)(?![\p{L}\p{N}])/iu;

/** Headings an architecture decision record is made of. */
export const ADR_HEADING = new RegExp(
  [
    /^(status|context|context and problem statement|problem|problem statement|proposal|proposed solution|drawbacks|decision|decision outcome|consequences|considered options|decision drivers)$/
      .source,
    // MADR's headings as German, French, Spanish, Portuguese, Polish, Italian and Russian teams write them.
    /^(kontext|kontext und problem(stellung)?|entscheidung|entscheidungsergebnis|entscheidungstreiber|betrachtete optionen|konsequenzen|contexto|contexto y problema|contexto e problema|decisión|decisão|resultado de la decisión|resultado da decisão|opciones consideradas|opções consideradas|consecuencias|consequências|contexte|contexte et problème|décision|résultat de la décision|options (envisagées|considérées)|conséquences|kontekst|kontekst i problem|decyzja|rozważane opcje|konsekwencje|contesto|contesto e problema|decisione|opzioni considerate|conseguenze|статус|контекст|контекст и проблема|решение|рассмотренные варианты|последствия)$/
      .source,
    /^(背景|决策|后果|コンテキスト|決定|結果|상태|맥락|결정|결과|السياق|القرار|العواقب)$/.source,
    // A decision written as premise, reasoning and conclusion: "前提", "結論", "判断結果", "Conclusion".
    /^(premise|premises|前提|前提条件|전제|conclusion|outcome|verdict|结论|結論|判断結果|决定结果|결론|결정 결과|вывод|заключение|conclusión|conclusão|fazit|schlussfolgerung|wniosek|wnioski|conclusione|الخلاصة)$/
      .source,
  ].join("|"),
  "i",
);

/** "Next", "What's next": a heading for what comes next, never Next.js. */
export const NEXT_HEADING = /^(what'?s |up )?next( up)?$/i;

/** "Target architecture", "Proposed stack": what comes next, not what runs now. */
export const TARGET_HEADING =
  /^(what'?s |up )?next( up)?$|\b(target|proposed|to-be|future state|new stack|migration target|next generation)\b|目标|目標|목표|целев|objetivo|ziel|cible|docelow|obiettivo/i;

/** `services/checkout`, `apps/web`, "Billing service", "Notifications worker": one part of a monorepo. */
export const SERVICE =
  /^`?(?:services?|apps?|packages?|modules?|microservices?|libs?)\/[\w.@-]+`?$|^[\w .-]{2,40}?[\s-](service|svc|api|worker|gateway|bot|dashboard|portal|server|microservice)$|^[\w.-]+-(service|svc|api|worker|app|web|server)$|^[\p{L}\w .-]{1,30}?\s?(服务|サービス|서비스|сервис|servicio|serviço|dienst)$/iu;
