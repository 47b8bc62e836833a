// The words list items are read by: labels that add to a choice, that say when, that decide.
import { WHY_WORDS } from "./text";

const VERSION_WORDS = "versions?|バージョン|版本|버전|версия|versión|versão|wersja|versione";
// "Description:" under a name, in the languages the parser reads: what the name is.
const DESCRIPTION_WORDS =
  "description|descrizione|beschreibung|descripción|descrição|opis|описание|説明|概要|描述|简介|설명";
export const DESCRIPTION = new RegExp(`^(${DESCRIPTION_WORDS})$`, "i");
export const ATTRIBUTE = new RegExp(
  `^(${WHY_WORDS}|${VERSION_WORDS}|${DESCRIPTION_WORDS}|purpose|use cases?|usage|used for|features?|notes?|pros|cons|benefits|scopes)$`,
  "i",
);
export const VERSION_LABEL = new RegExp(`^(${VERSION_WORDS})$`, "i");
export const RATIONALE = new RegExp(`^(${WHY_WORDS}|pros|benefits)$`, "i");

// Words that praise (why it was chosen) rather than say what a thing does.
export const QUALITY =
  /\b(fast|faster|quick|light(weight)?|simple|easy|mature|stable|popular|reliable|flexible|powerful|modern|minimal\w*|scalab\w*|secure|robust|performan\w*|efficient|cheap|free|familiar|excellent|great|best|veloc\w*|legger\w*|matur\w*|semplic\w*|facil\w*|affidabil\w*|potent\w*|modern\w*|eccellent\w*|ottim\w*|schnell\w*|leicht\w*|einfach\w*|stabil\w*|rápid\w*|liger\w*|sencill\w*|fácil\w*|rapide|léger|szybk\w*|lekk\w*|prost\w*)\b|быстр|лёгк|легк|прост|надёжн|軽量|高速|簡単|シンプル|安定|轻量|快速|简单|稳定|빠르|가볍|간단|안정/i;

// A label that says when, not what: "**Now:** Docker", "**Later:** Kubernetes".
export const TIME_LABEL =
  /^(now|today|current(ly)?|mvp|v1|later|next|future|phase \d+|v2|v3|someday|eventually)$/i;

// "Options:", "選択肢:", "Варианты:" — the names after it are weighed; "Decision:", "決定:" — the verdict.
// "By default:", "Par défaut :" names the choice made unless something else is asked for.
export const DECISION_LABEL =
  /^((by )?default|par défaut|por defecto|por padrão|standardmäßig|domyślnie|predefinito|di default|по умолчанию|默认|デフォルト|기본값|decision|decided|chosen|choice|verdict|selected|recommendation|recommended|empfehlung|recommandation|recomendación|recomendação|raccomandazione|rekomendacja|рекомендация|推荐|推奨|추천|決定|採用|决定|决策|选择|결정|선택|решение|выбор|decisión|elegido|decisão|escolhido|entscheidung|gewählt|décision|choisi|decyzja|wybrano|decisione|scelto|القرار)$/i;

// What a description says a product is: "Toast notifications library", "Serverless PostgreSQL hosting".
export const PRODUCT_WORD =
  /\b(library|libraries|framework|tool|toolkit|sdk|database|db|service|platform|client|engine|orm|package|plugin|extension|cli|api|runtime|server|hosting|provider|component library|ui kit|bundler|compiler|linter|formatter|driver|module|crate|gem|middleware|integration)\b|库|框架|工具|ライブラリ|フレームワーク|ツール|라이브러리|프레임워크|도구|библиотек|фреймворк|инструмент|librer|bibliotec|bibliothek|bibliothèque|bibliotek|librer|ferrament|herramient|utilit|outil|werkzeug|narzędzi|strument|middlewares?|implementa|conjunto de/i;
// Words that make a label a category however it is capitalised.
export const CATEGORY_WORD =
  /^(access|integrations?|pricing|costs?|limits?|availability|coverage|maintenance|documentation|docs|community|status|format|contents?|licensing|management|layer|tools?|frameworks?|librar(y|ies)|services?|systems?|engines?|platforms?|support|stack|solutions?|providers?|primary|main|core|other|and|&|\/|\+|the|of|for|in|on|with|state|data|fetching|routing|navigation|styling|forms?|icons?|charts?|utilities|utils|hooks|components?|testing|quality|deployment|hosting|storage|runtime|language|package|manager|build|type|checking|validation|schema|caching|realtime|notifications?|payments?|email|analytics|monitoring|logging|security|authentication|authorization|auth|api|apis|server|client|web|mobile|ui|ux|design|database|orm|queue|jobs?|search|files?|uploads?|media|images?)$/i;

// "Koa (routing) or Hapi (speed)": the praise may belong to the other one.
export const WEIGHED = /\s(or|oder|ou|o|lub|albo|oppure|или|или же)\s|或|または|또는/i;

// "License: Apache 2.0" says how something may be used, not what it is built with.
export const LICENCE =
  /^(licen[cs]es?|lizenz|licencia|licença|licenza|licencja|лицензия|许可证?|ライセンス|라이선스)$/i;

// "Package", "Dependencies", "Gem", "パッケージ", "依赖"…: a label that says its value names packages.
export const PACKAGE_LABEL =
  /\b(packages?|librar(y|ies)|dependenc(y|ies)|plugins?|gems?|crates?|modules?|paquetes?|pacotes?|pakete?|pakiety?|bibliothek(en)?|librairies?|bibliotecas?|biblioteki)\b|пакет|библиотек|зависимост|パッケージ|ライブラリ|依存|依赖|库|패키지|라이브러리/i;
