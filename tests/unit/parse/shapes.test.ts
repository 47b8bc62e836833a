import { describe, expect, it } from "vitest";
import type { Choice, ParseResult } from "@/lib/content/schema";
import { allChoices, parseFixture } from "../helpers";

/** The choice whose name (or id) is this, in any stack of the result. */
function named(result: ParseResult, name: string): Choice | undefined {
  const key = name.toLowerCase();
  return allChoices(result).find((c) => c.name.toLowerCase() === key || c.technology === key);
}

type Expect = Partial<Pick<Choice, "role" | "layer" | "version" | "known">> & {
  purpose?: string;
  rationale?: string;
};

/** Table-driven: each fixture is one document shape, each row one thing a reader would see in it. */
const CASES: Array<[fixture: string, name: string, expected: Expect]> = [
  // 1. `Label: value` lines, definition lists, stacks written as data, blockquotes
  ["label-lines.md", "Svelte", { role: "primary", layer: "frontend", version: "5" }],
  ["label-lines.md", "PostgreSQL", { version: "16", layer: "data" }],
  ["label-lines.md", "Lucia", { role: "primary", layer: "security" }],
  ["label-lines.md", "Better Auth", { role: "planned" }],
  ["label-lines.md", "Fastify", { layer: "backend", purpose: "schema-first routes" }],
  ["label-lines.md", "Fly.io", { layer: "infra" }],
  ["label-lines.md", "BullMQ", { layer: "messaging" }],
  ["label-lines.md", "Sentry", { layer: "observability" }],
  ["label-lines.md", "Vitest", { layer: "testing" }],
  ["label-lines.md", "pnpm", { role: "primary" }],
  ["label-lines.md", "GitHub Actions", { layer: "delivery" }],
  // a label that says "package" (any language) names the code spans after it, known or not
  ["label-lines.md", "lantern-hooks", { known: false, role: "primary" }],
  // 2. plain prose, with roles from the words around each name
  ["prose.md", "Remix", { role: "primary", layer: "frontend" }],
  ["prose.md", "Tailwind CSS", { role: "primary" }],
  ["prose.md", "PostgreSQL", { version: "16" }],
  ["prose.md", "Drizzle ORM", { role: "primary" }],
  ["prose.md", "Prisma", { role: "alternative" }],
  ["prose.md", "Go", { version: "1.22", layer: "language" }],
  ["prose.md", "Heroku", { role: "alternative" }],
  ["prose.md", "Render", { role: "primary" }],
  ["prose.md", "Mailgun", { role: "primary" }],
  ["prose.md", "Postmark", { role: "planned" }],
  // a name the registry lacks, told by its shape (a capital inside it); "looking into" plans it
  ["prose.md", "TileCraft", { known: false, role: "primary", purpose: "vector tiles, styles" }],
  ["prose.md", "TicketForge", { known: false, role: "planned" }],
  // a tool's own configuration file, named in a sentence, says the tool is used
  ["prose.md", "Docker Compose", { role: "primary", layer: "infra" }],
  ["prose.md", "Jenkins", { role: "primary", layer: "delivery" }],
  // "with Traefik serving the static bundle": the job, told with its verb
  ["prose.md", "Traefik", { role: "primary", purpose: "serving the static bundle" }],
  // 3. decisions: MADR, a comparison matrix, cue phrases in several languages
  ["madr.md", "ClickHouse", { role: "primary", layer: "data" }],
  ["madr.md", "Apache Druid", { role: "alternative" }],
  ["madr.md", "TimescaleDB", { role: "alternative" }],
  ["matrix.md", "RabbitMQ", { role: "primary" }],
  ["matrix.md", "Apache Kafka", { role: "alternative" }],
  ["matrix.md", "NATS", { role: "alternative" }],
  ["cues.md", "FastAPI", { role: "primary" }],
  ["cues.md", "Flask", { role: "alternative" }],
  ["cues.md", "Vue.js", { role: "primary" }],
  ["cues.md", "Angular", { role: "alternative" }],
  ["cues.md", "CouchDB", { role: "alternative" }],
  ["cues.md", "Memcached", { role: "alternative" }],
  ["cues.md", "Oracle Database", { role: "alternative" }],
  ["cues.md", "Ceph", { role: "alternative" }],
  ["cues.md", "Nomad", { role: "alternative" }],
  ["cues.md", "Vercel", { role: "option" }],
  ["cues.md", "Netlify", { role: "option" }],
  ["cues.md", "PostgreSQL", { role: "primary" }],
  ["cues.md", "MariaDB", { role: "alternative" }],
  ["cues.md", "SQLite", { role: "alternative" }],
  ["cues.md", "npm", { role: "option" }],
  ["cues.md", "Apache Parquet", { role: "primary" }],
  ["cues.md", "Docker", { role: "primary" }],
  ["cues.md", "Caddy", { role: "planned" }],
  ["cues.md", "pnpm", { role: "option" }],
  // "no X", and comparisons whose particle follows the name (에 비해, と比べて)
  ["cues.md", "webpack", { role: "alternative" }],
  ["cues.md", "Babel", { role: "alternative" }],
  ["cues.md", "Gatsby", { role: "alternative" }],
  ["cues.md", "Astro", { role: "primary" }],
  ["cues.md", "PurgeCSS", { role: "alternative" }],
  // a decision compares its choice with others: "similar … to", "improves on", "lighter than"
  ["cues.md", "Day.js", { role: "primary" }],
  ["cues.md", "Lodash", { role: "primary" }],
  ["cues.md", "Underscore.js", { role: "alternative" }],
  ["cues.md", "date-fns", { role: "alternative" }],
  // a decision's outcome list: "is not selected: …" is a sentence, not a label; "excluded"; a stretch goal
  ["cues.md", "Typesense", { role: "primary" }],
  ["cues.md", "Meilisearch", { role: "alternative" }],
  ["cues.md", "OpenSearch", { role: "alternative" }],
  ["cues.md", "Qdrant", { role: "planned" }],
  // "Background jobs" is a layer of work, not a story about earlier projects
  ["background.md", "BullMQ", { role: "primary" }],
  ["background.md", "SvelteKit", { role: "primary" }],
  // a decision's outcome as a numbered list of bold names: each is the verdict unless marked otherwise
  ["outcome-list.md", "sharp", { role: "primary" }],
  ["outcome-list.md", "ImageMagick", { role: "primary", known: false }],
  ["outcome-list.md", "MagickWand", { role: "primary", known: false }],
  ["outcome-list.md", "Squoosh", { role: "planned" }],
  ["outcome-list.md", "Cloudinary", { role: "alternative" }],
  // "X/Yの代替" (a replacement for X and Y): the words glued after the names pass them over
  ["cues.md", "Biome", { role: "primary" }],
  ["cues.md", "ESLint", { role: "alternative" }],
  ["cues.md", "Prettier", { role: "alternative" }],
  // "**Empfehlung: X**": the verdict and its label in one bold run
  ["cues.md", "DragonflyDB", { role: "primary" }],
  ["cues.md", "KeyDB", { role: "alternative" }],
  // "A albo B" across a line break of a wrapped paragraph: both are options, neither the verdict
  ["wrapped.md", "Neon", { role: "option" }],
  ["wrapped.md", "Supabase", { role: "option" }],
  ["wrapped.md", "Prisma", { role: "primary" }],
  // 4. tables: no layer column, blank category cells, a first row of data, nested, HTML, status
  ["tables.md", "Phoenix", { version: "1.7", layer: "backend", purpose: "Web framework" }],
  ["tables.md", "ex_money", { known: false, version: "5.15" }],
  // an aside in the purpose cell that says "later" or "optional" (any language) plans the row
  ["tables.md", "Cypress", { role: "planned", version: "13" }],
  ["tables.md", "Typesense", { role: "planned" }],
  ["tables.md", "Wallaby", { layer: "testing" }],
  // a product and its kin joined by a slash are both used; a slash inside an aside weighs only
  // the names it joins; two hosts joined by a slash are still options
  ["tables.md", "Docker Compose", { role: "primary" }],
  ["tables.md", "Vite", { role: "primary" }],
  ["tables.md", "TypeScript", { role: "option" }],
  ["tables.md", "Render", { role: "option" }],
  ["tables.md", "Elixir", { layer: "language" }],
  ["tables.md", "PostgreSQL", { purpose: "ledger rows" }],
  ["tables.md", "Tailwind CSS", { version: "v3.4" }],
  ["tables.md", "Grafana", { role: "planned" }],
  ["tables.md", "New Relic", { role: "alternative" }],
  // `| The job | Today | Next |`: the job is the purpose, what is next is planned
  ["tables.md", "Stripe", { role: "primary", purpose: "card payments" }],
  ["tables.md", "Adyen", { role: "planned", purpose: "card payments" }],
  ["tables.md", "Postmark", { role: "primary", purpose: "transactional email" }],
  // a cell written only in code spans holds package names, lower case and all
  ["tables.md", "nanoid", { role: "primary", purpose: "Short ids" }],
  ["tables.md", "defu", { role: "primary" }],
  // a table turned on its side: one technology per column, one attribute per row
  ["tables.md", "Deno", { version: "2.1", purpose: "runtime for the API" }],
  ["tables.md", "Hono", { version: "4.6", purpose: "routing" }],
  ["tables.md", "Drizzle ORM", { version: "0.36" }],
  // 5. badges
  ["badges.md", "Vue.js", { version: "3.5" }],
  ["badges.md", "Python", { version: "3.12" }],
  ["badges.md", "FastAPI", { role: "primary" }],
  ["badges.md", "Liquidsoap", { version: "2.2" }],
  // 6. names the registry does not know, where a technology is expected
  ["unknown.md", "bincode", { known: false, layer: "backend" }],
  ["unknown.md", "ransack", { known: false }],
  ["unknown.md", "tagkit", { known: false, purpose: "reads audio tags" }],
  ["unknown.md", "wavepipe", { known: false }],
  ["unknown.md", "Oggsmith", { known: false }],
  ["unknown.md", "go-chi/httprate", { known: false }],
  ["unknown.md", "@ant-design/icons", { known: false }],
  ["unknown.md", "tileforge", { version: "0.4", purpose: "vector tile rendering library" }],
  ["unknown.md", "react-pdf", { purpose: "printable maps" }],
  // versions however they are written
  ["versions.md", "Node.js", { version: "22.x" }],
  ["versions.md", "Redis", { version: "7.x" }],
  ["versions.md", "BullMQ", { version: "5.x" }],
  ["versions.md", "Bun", { version: "v1.1" }],
  ["versions.md", ".NET", { version: "8" }],
  ["versions.md", "Jest", { version: "29.7.0", purpose: "unit tests" }],
  ["versions.md", "Hono", { role: "primary", rationale: "tiny and fast" }],
  ["versions.md", "Express.js", { role: "alternative" }],
  ["versions.md", "Koa", { role: "alternative" }],
  ["versions.md", "Mocha", { role: "alternative", rationale: "Jest already covers it" }],
  // a known name inside a longer product name, and a scoped package with a version
  ["versions.md", "Lucide React Native", { version: "0.400.0", purpose: "icons drawn for phones" }],
  ["versions.md", "@clerk/expo", { version: "2.4.1", role: "primary" }],
  // "v4" after a name the registry spells with it, and a fuller version in a sub-bullet (any language)
  ["versions.md", "Tailwind CSS", { version: "v4" }],
  ["versions.md", "Astro", { version: "5.2.1" }],
  // a version in an aside belongs to the name beside it; a package keeps its scope before "SDK"
  ["versions.md", "JVM", { version: "21" }],
  ["versions.md", "@aws-sdk/client-s3", { role: "primary" }],
  ["precision.md", "Litestar", { role: "primary" }],
  // one heading per technology, known or not, with its version line, description and reasons
  [
    "headings.md",
    "Realm",
    {
      layer: "data",
      version: "12.3.0",
      purpose: "offline-first",
      rationale: "syncs when the network returns",
    },
  ],
  ["headings.md", "Tamagui", { layer: "frontend", purpose: "compiles styles" }],
  // a numbered heading made only of names, and a name in a heading's aside
  ["headings.md", "Astro", { role: "primary", layer: "frontend" }],
  ["headings.md", "Svelte", { role: "primary" }],
  ["headings.md", "k6", { layer: "testing", purpose: "Load tests" }],
  // 9. purpose beside the name, not in it
  ["details.md", "Redis", { purpose: "Timeweb Managed" }],
  // `| Layer | What |`: a column of short cells naming technologies holds the choices; `·` lists them
  ["layer-what.md", "SvelteKit", { role: "primary", version: "2.5" }],
  ["layer-what.md", "TypeScript", { version: "5.6" }],
  ["layer-what.md", "Drizzle ORM", { layer: "data" }],
  [
    "layer-what.md",
    "Trigger.dev",
    { purpose: "4 tasks: nightly-sync, invoice-reminder, fx-refresh" },
  ],
  ["layer-what.md", "Hono", { version: "4" }],
  ["layer-what.md", "Zod", { role: "primary" }],
  // considered options that start with a name, then how it is reached and its licence
  ["considered-options.md", "Imgproxy", { role: "primary", known: false }],
  ["considered-options.md", "Thumbor", { role: "alternative", known: false }],
  ["considered-options.md", "Sharp", { role: "alternative" }],
  // an unknown name in a decision record sits in the layer the record's title names
  ["adr-title.md", "Calamari", { role: "primary", layer: "ai", known: false }],
  ["adr-title.md", "Ocrad", { role: "alternative", layer: "ai" }],
  // what an "if" clause names is weighed, in a list item's aside or in a sentence; the rest is chosen
  ["conditions.md", "Fly.io", { role: "primary", layer: "infra" }],
  ["conditions.md", "Neon", { role: "option", layer: "data" }],
  ["conditions.md", "Railway", { role: "option" }],
  ["conditions.md", "Hetzner", { role: "option" }],
  // a known name then what it serves ("Let's Encrypt SSL", "Caddy TLS") is that name
  ["conditions.md", "Let's Encrypt", { role: "primary", layer: "security" }],
  ["conditions.md", "Caddy", { role: "primary", layer: "infra" }],
  // a Dockerfile is Docker at work, not a language anyone chose
  ["conditions.md", "Docker", { role: "primary", layer: "infra" }],
  // "(can migrate later)" says a choice in use may change one day; "(add later)" plans one
  ["conditions.md", "Drizzle ORM", { role: "primary", purpose: "can migrate later" }],
  ["conditions.md", "Meilisearch", { role: "primary" }],
  ["conditions.md", "Redis", { role: "planned" }],
  // a describing word before a known name ("Separate", "Modelli") qualifies it
  ["conditions.md", "Node.js", { role: "primary" }],
  ["conditions.md", "SQLModel", { role: "primary", layer: "data" }],
  ["conditions.md", "TypeScript", { purpose: "The embeddable booking widget" }],
  // a kind written after a dash ("-CDN") is the kind, not part of the name
  ["conditions.md", "jsDelivr", { role: "primary", layer: "infra" }],
  // a migration plan's title settles both sides (a short form the text spells out counts);
  // "(unchanged)" and "(already in use)" under the target stack keep what runs today
  ["migration-plan.md", "Elasticsearch", { role: "alternative", layer: "data" }],
  ["migration-plan.md", "Meilisearch", { role: "planned" }],
  ["migration-plan.md", "Sidekiq", { role: "primary" }],
  ["migration-plan.md", "PostgreSQL", { role: "primary", version: "16" }],
  // "## Next" holds what comes next: Fly.io is planned, and the heading is not Next.js
  ["migration-plan.md", "Fly.io", { role: "planned" }],
  // "from X to Y" in Cyrillic ("с Heroku на Render"): the same settling
  ["migration-ru.md", "Heroku", { role: "alternative", layer: "infra" }],
  ["migration-ru.md", "Render", { role: "planned" }],
  // a platform and the product it runs, both known, are both used; one name per environment too
  ["platforms.md", "Supabase", { role: "primary", layer: "data" }],
  ["platforms.md", "PostgreSQL", { role: "primary", layer: "data" }],
  ["platforms.md", "RedisInsight", { role: "primary" }],
  ["platforms.md", "Upstash Redis", { role: "primary" }],
  ["platforms.md", "Sentry", { layer: "observability" }],
  // a known name then "Web API" is that name; a spaced-out spelling the registry keeps as an alias
  ["nested-backend.md", "ASP.NET Core", { role: "primary", layer: "backend" }],
  ["nested-backend.md", "Entity Framework Core", { layer: "data" }],
  ["nested-backend.md", "FluentValidation", { layer: "backend", purpose: "formularzy" }],
  // a multi-word name written as its package is spelled, in a sentence
  ["nested-backend.md", "React Router", { layer: "frontend", purpose: "nawigacji" }],
  // a decision heading in Cyrillic decides; the set-apart name its sentence opens by using is the verdict
  ["decision-ru.md", "seaweedfs", { role: "primary", known: false }],
  // premise, reasoning, conclusion: a decision without ADR headings; a joined subject's cue reaches each name
  ["conclusion.md", "Elixir", { role: "primary", layer: "language" }],
  ["conclusion.md", "Oban", { role: "primary", layer: "messaging" }],
  ["conclusion.md", "Kotlin", { role: "alternative" }],
  ["conclusion.md", "Sidekiq", { role: "alternative" }],
  ["conclusion.md", "Ruby", { role: "alternative" }],
  // options lettered in a table's Option column: the verdict settles them all
  ["lettered-options.md", "Socket.IO", { role: "primary" }],
  ["lettered-options.md", "Centrifugo", { role: "alternative" }],
  ["lettered-options.md", "Mercure", { role: "alternative" }],
  ["considered-options.md", "libvips", { role: "alternative" }],
  ["considered-options.md", "Apache Kvasir", { role: "alternative", known: false }],
  // a bold name with bullets under it that name nothing: the bullets say why it was chosen
  ["explained.md", "PostgreSQL", { role: "primary", rationale: "Transazioni affidabili" }],
  ["explained.md", "Kotlin", { rationale: "Il team lo conosce" }],
  // "**X** for what. Why, in more sentences.": the first says what it does, the rest why
  [
    "explained.md",
    "DuckDB",
    { purpose: "for the nightly reports", rationale: "nothing to operate" },
  ],
  ["explained.md", "MinIO", { purpose: "with versioning" }],
  // a short first bullet that praises nothing says what it does; the bullets stay the reasons
  ["explained.md", "Caddy", { purpose: "Reverse proxy e TLS", rationale: "Certificati rinnovati" }],
  ["explained.md", "Ktor", { role: "primary" }],
  // `**Why:**` under a heading that names one technology is its rationale, and names in it still count
  ["explained.md", "Valkey", { version: "8", rationale: "drop-in for our old cache" }],
  ["explained.md", "Caddy", { role: "primary" }],
  // a slash joins names that do different jobs (a UI framework and a bundler); names for one job are options
  ["explained.md", "SolidJS", { role: "primary" }],
  ["explained.md", "Vite", { role: "primary" }],
  ["explained.md", "Netlify", { role: "option" }],
  // a "reasons" heading over headings that each name one technology
  ["explained.md", "Fastify", { role: "primary", rationale: "スキーマ検証" }],
  ["explained.md", "Drizzle ORM", { rationale: "型が付く" }],
  // a bullet that opens with a name and praises it is that name's rationale
  ["explained.md", "Rollup", { role: "primary", rationale: "설정이 간단하고" }],
  // a list of `**Product** - what it does` items: the unknown products among known ones count too
  [
    "product-list.md",
    "Glitchtip",
    { known: false, layer: "observability", purpose: "отчёты об ошибках" },
  ],
  ["product-list.md", "Docker Swarm", { role: "primary" }],
  ["product-list.md", "Pingwatch", { known: false }],
  // a language after a library names the flavour it comes in: the library is the choice
  ["product-list.md", "LangChain", { layer: "ai", purpose: "цепочки для бота поддержки" }],
  ["product-list.md", "Svelte", { role: "alternative" }],
  ["product-list.md", "Commit-guard", { known: false, layer: "testing" }],
  // `package (what it reaches)`: both are choices; a known name in an aside is one too
  ["product-list.md", "pgxkit", { known: false, layer: "data" }],
  ["product-list.md", "rueidis", { known: false }],
  ["product-list.md", "Redis", { role: "primary" }],
  ["product-list.md", "Spring Boot", { role: "primary" }],
  ["details.md", "BullMQ", { role: "primary" }],
  ["details.md", "ioredis", { known: false }],
  ["details.md", "Next.js", { version: "14", purpose: "App Router" }],
  ["details.md", "PostgreSQL", { purpose: "マネージド" }],
  // 10. what a choice is for, read beside it: "X for …", "(…)", "was used to …", "powers …", a narrow label
  ["purposes.md", "Pinia", { purpose: "client state management" }],
  ["purposes.md", "Axios", { purpose: "call the harbour authority" }],
  ["purposes.md", "Meilisearch", { purpose: "route search box" }],
  ["purposes.md", "Valkey", { purpose: "sessions, rate limits" }],
  ["purposes.md", "Serilog", { purpose: "logowania strukturalnego" }],
  ["purposes.md", "Traefik", { purpose: "Reverse Proxy mit automatischen Zertifikaten" }],
  ["purposes.md", "Pagewise", { known: false, purpose: "Pagination" }],
  // a rationale label in another language under a choice, and an aside's full stop left behind
  ["purposes.md", "SQLite", { layer: "data", rationale: "nada que administrar" }],
  ["purposes.md", "Hono", { purpose: "Deployed as one long-running process" }],
  // a list item "X dla / for / do …", a two-part purpose header, a category that names one job
  ["purposes.md", "Polly", { purpose: "ponawiania zapytań" }],
  ["purposes.md", "AutoMapper", { purpose: "mapowania obiektów" }],
  ["purposes.md", "Expo", { purpose: "over-the-air updates" }],
  ["purposes.md", "Zustand", { purpose: "状态管理", version: "4.x" }],
  // `**Husky** - Git hooks …`: a name then words describes the label, it lists nothing
  ["purposes.md", "Husky", { purpose: "Git hooks shared" }],
  // two places say what one choice is for: both are kept
  ["purposes.md", "Railway", { purpose: "API and worker" }],
  ["purposes.md", "Railway", { purpose: "managed hosting" }],
  // a requirement pin is a name and its version
  ["precision.md", "FastAPI", { version: "0.110.0" }],
  // a known name before a feature of it, and a German compound joined by a dash before a capital
  ["precision.md", "Jenkins", { layer: "delivery" }],
  ["precision.md", "Babel", { role: "primary" }],
  ["precision.md", "Vite", { role: "primary" }],
  // a Latin name joined to a Cyrillic word by a dash, and a scoped package inside a sentence
  ["scripts.md", "Helm", { role: "primary", layer: "infra" }],
  ["scripts.md", "@nestjs/throttler", { known: false, role: "primary" }],
  // a bold "Why not X (a/b):" lead passes over every name in it, known or not, and says why
  ["considered-options.md", "SQLite", { role: "alternative", rationale: "a megabyte more" }],
  ["considered-options.md", "sqlite-wasm", { known: false, role: "alternative" }],
  ["considered-options.md", "absurd-sql", { known: false, role: "alternative" }],
  ["considered-options.md", "Stylus", { role: "alternative" }],
  // packages imported by code samples in a stack section; an owner that spells out the repository names it
  ["imports.md", "chi", { role: "primary", layer: "backend" }],
  ["imports.md", "golang-migrate", { role: "primary" }],
  ["imports.md", "Zustand", { layer: "frontend" }],
  ["imports.md", "@radix-ui/react-slot", { role: "primary" }],
  ["imports.md", "Celery", { role: "primary" }],
  // "Option N: X" headings, then a bold "Recommendation:" verdict with its reason
  [
    "recommendation.md",
    "River",
    { known: false, role: "primary", rationale: "one database to run" },
  ],
  ["recommendation.md", "Asynq", { known: false, role: "alternative" }],
  // what a README asks you to install is what the project is built with
  ["prerequisites.md", "Node.js", { role: "primary", version: "20" }],
  ["prerequisites.md", "Rust", { role: "primary", version: "1.78" }],
  // linked names in a sentence under "Pre-requisites" are part of the stack too
  ["prerequisites.md", "Deno", { role: "primary", version: "2" }],
  ["prerequisites.md", "Podman", { role: "primary" }],
  // an RFC (Problem, Proposal) is a decision record: its running text is read
  ["rfc.md", "Amazon RDS", { known: true }],
  ["rfc.md", "PostgreSQL", { known: true }],
  // 11. Chinese: a full-width colon with no space after it, and an appendix of alternatives
  ["cjk.md", "Hono", { role: "primary", layer: "backend" }],
  ["cjk.md", "PostgreSQL", { role: "primary", layer: "data" }],
  ["cjk.md", "Koa", { role: "alternative" }],
  ["cjk.md", "Fastify", { role: "alternative" }],
  // a known name in a descriptive aside, and 或 ("or") between two names
  ["cjk.md", "React", { role: "primary" }],
  ["cjk.md", "pnpm", { role: "option" }],
  ["cjk.md", "Yarn", { role: "option" }],
  // a heading "备选：A / B" (alternatives: …) names the options it passes over
  ["cjk.md", "MinIO", { role: "primary" }],
  ["cjk.md", "Cloudflare R2", { role: "alternative" }],
  // 12. migration phases: a phase marked done is the current stack, a later one is planned
  ["phases.md", "CouchDB", { role: "primary", layer: "data" }],
  ["phases.md", "RabbitMQ", { role: "primary" }],
  ["phases.md", "Memcached", { role: "primary", purpose: "hot lookups" }],
  ["phases.md", "Knex", { role: "alternative" }],
  ["phases.md", "Netlify", { role: "planned" }],
  // 13. outside a stack section, a sentence that says a known name was used names a choice
  ["used-sentences.md", "Zustand", { role: "primary", purpose: "the little state there is" }],
  ["used-sentences.md", "Vitest", { role: "primary", layer: "testing" }],
  ["used-sentences.md", "Playwright", { role: "primary", layer: "testing", purpose: "the tests" }],
  // a Cyrillic "we use" is a signal too (a word boundary without the u flag never saw it end)
  ["used-sentences.md", "SQLite", { role: "primary", layer: "data" }],
  // 14. a numbered heading that names a resource, then a Description line (any language) about it
  [
    "resources.md",
    "Avibase",
    { known: false, purpose: "a reference list of the world's bird names" },
  ],
  ["resources.md", "EBird", { known: false, purpose: "osservazioni" }],
  // 15. a README's short "Stack" list: a line of names with one known names them all, and a name
  // linked to its own repository is one; an unknown name takes the layer of the known ones beside it
  ["readme-list.md", "quartzlib/tidepool", { known: false, role: "primary", layer: "backend" }],
  ["readme-list.md", "tidecert", { known: false, role: "primary", layer: "infra" }],
  ["readme-list.md", "DigitalOcean", { role: "primary", layer: "infra" }],
  // a tool's configuration file inside a path names the tool; the folder's name is no mention
  ["readme-list.md", "Docker Compose", { role: "primary", layer: "infra" }],
  // 16. a name put off ("reporté", postponed) is planned; a bold "Label : value" pair is split inside
  // the bold; "Par défaut" (by default) names the choice, known or not; "contrairement à" passes over
  ["defaults-fr.md", "macOS", { role: "planned" }],
  ["defaults-fr.md", "Cloudflare R2", { role: "primary", purpose: "copie nocturne" }],
  ["defaults-fr.md", "Nestbox DNS", { known: false, role: "primary" }],
  ["defaults-fr.md", "Railway", { role: "alternative" }],
  // what the text after a bold name mentions is part of the stack too (not in a decision record)
  ["defaults-fr.md", "Let's Encrypt", { role: "primary", layer: "security" }],
  // 17. "Move X to Y" as a title: the text says what is left ("from its CouchDB, to PostgreSQL")
  ["migration-rfc.md", "CouchDB", { role: "alternative", layer: "data" }],
  ["migration-rfc.md", "PostgreSQL", { role: "planned" }],
  // 18. a major version glued to a known name; "AWS X" and "Amazon X" are one service
  ["bullets-it.md", "OkHttp", { version: "4.12.0", layer: "backend" }],
  ["bullets-it.md", "Amazon Kinesis", { role: "primary" }],
  ["bullets-it.md", "AWS Fargate", { role: "primary", layer: "infra" }],
  // 19. "X に移行する" (move to X) plans X; "(proposed)" after a name plans it and is no purpose
  ["moves.md", "Turso", { role: "planned", layer: "data" }],
  ["moves.md", "SQLite", { role: "primary" }],
  ["moves.md", "Koyeb", { role: "planned" }],
  ["moves.md", "Render", { role: "primary" }],
  // 20. a known name and a lower-case package joined by "e" (and) in a bold lead are two names;
  // a package's own name labels what follows it, even when that names a known product
  ["packages-pt.md", "pinoflux", { known: false, role: "primary", layer: "observability" }],
  ["packages-pt.md", "@hono/zod-validator", { known: false, role: "primary", layer: "backend" }],
  // a scoped package in a table's notes ("Notas", any language) is used too
  ["packages-pt.md", "@stripe/stripe-js", { known: false, role: "primary", layer: "integrations" }],
  ["packages-pt.md", "Stripe", { purpose: "Cartões" }],
  // 21. a heading that starts with a known name and is followed by a Version line names a product of
  // up to four words, in its parent's layer even when a word of it ("Vector") hints another
  [
    "product-headings.md",
    "React Native Haptic Feedback",
    { known: false, version: "2.3.1", purpose: "Short vibrations when a tide alarm fires" },
  ],
  ["product-headings.md", "Expo Vector Toolkit", { known: false, layer: "frontend" }],
  // a one-row table of versions under technology headers gives each its version, weighing nothing
  ["product-headings.md", "Node.js", { version: "20+", role: "primary" }],
  ["product-headings.md", "React Native", { version: "0.74.x", role: "primary" }],
  // an HTML logo table whose first column labels its rows ("Tool", "Version") versions each logo
  ["logo-table.md", "SvelteKit", { version: "2.5.0", role: "primary", layer: "frontend" }],
  ["logo-table.md", "PocketBase", { version: "0.22.4", role: "primary" }],
  ["logo-table.md", "Vite", { version: "5.4.1" }],
  // a full-width aside after a bold name is its aside: "（予定）" plans it, "（ローカル開発）" says what for;
  // "長期的な展望" (the long-term outlook) holds plans; a name glued to words describing the label
  // ("Node.js代替ランタイム") is what the label is, not a second choice
  ["outlook-ja.md", "Plausible", { role: "planned", layer: "observability" }],
  ["outlook-ja.md", "SQLite", { role: "primary", purpose: "ローカル開発" }],
  ["outlook-ja.md", "WebAssembly", { role: "planned", purpose: "画像処理の高速化" }],
  ["outlook-ja.md", "Deno", { role: "planned", purpose: "Node.js代替ランタイム" }],
  ["outlook-ja.md", "Node.js", { role: "primary", version: "22" }],
  ["outlook-ja.md", "Vite", { role: "primary", purpose: "内蔵ビルド" }],
  // what a name does, said in a sentence: "X используется для …", "X выполняет …", and the job
  // written first, then "через" / "through" and the name; "We deploy through" says who, not what for
  ["jobs-ru.md", "Prometheus", { purpose: "Метрики" }],
  ["jobs-ru.md", "GitHub Actions", { purpose: "выполняет линтинг и сборку образов" }],
  ["jobs-ru.md", "NATS", { purpose: "рассылки событий между сервисами" }],
  ["jobs-ru.md", "Sentry", { purpose: "Error reports" }],
  ["jobs-ru.md", "Heroku", { purpose: undefined, role: "primary" }],
  ["jobs-ru.md", "Vercel", { purpose: undefined, role: "primary" }],
  // short pasted items under a lead-in say what their one name does
  ["jobs-ru.md", "Memcached", { purpose: "кеша страниц" }],
  ["jobs-ru.md", "HAProxy", { purpose: "Балансировка нагрузки" }],
  // a table that rates technologies on criteria (High / Low / ⭐⭐) and names no winner weighs
  // options; what the stack states elsewhere stays chosen
  ["rating-table.md", "NATS", { role: "option", purpose: "Fan-out of scan events" }],
  ["rating-table.md", "Amazon SQS", { role: "option", layer: "messaging" }],
  ["rating-table.md", "CockroachDB", { role: "option", purpose: "Multi-region writes" }],
  ["rating-table.md", "SQLite", { role: "option" }],
  ["rating-table.md", "PostgreSQL", { role: "primary", version: "16" }],
  // 22. text pasted without its bullets: "Dependencias:" leads one short paragraph per item
  ["pasted.txt", "MariaDB", { role: "primary", layer: "data" }],
  ["pasted.txt", "RabbitMQ", { role: "primary", purpose: "avisos a los hoteles" }],
  // 23. under a record's Decision, a labelled value is what was chosen, known or not; an unknown
  // package beside known names takes their layer when the label is a loose one ("Web framework")
  ["decision-list-ja.md", "squirrelly/lite", { known: false, role: "primary" }],
  ["decision-list-ja.md", "@fastify/websocket", { known: false, layer: "backend" }],
  // 24. under "Considered Options", a heading whose aside settles it names that option, known or not
  ["option-headings.md", "Colima", { known: false, role: "primary" }],
  ["option-headings.md", "Rancher Nest", { known: false, role: "alternative" }],
  ["option-headings.md", "Podman", { role: "alternative" }],
  // a bold package identifier among the alternatives is the alternative; what it requires is not
  ["option-headings.md", "tidewater_fdw", { known: false, role: "alternative" }],
  // 25. an aside listing providers: a capitalised everyday word among two or more names is a name,
  // and a colon inside the aside separates items like a comma
  ["aside-list.md", "Mistral", { role: "option", layer: "ai" }],
  ["aside-list.md", "Replicate", { role: "option" }],
  ["aside-list.md", "Cohere", { role: "option" }],
  // 26. "或" (or) after a name and words in the script weighs it against the name after it
  ["cjk.md", "el-lite-kit", { known: false, role: "option", layer: "frontend" }],
  ["cjk.md", "Element Plus", { role: "option" }],
  // "to be evaluated later" (da valutare, zu prüfen, à évaluer, …) plans what the heading holds
  ["resources.md", "Xeno-canto Archive", { role: "planned" }],
];

describe("document shapes", () => {
  it.each(CASES)("%s: %s", (fixture, name, expected) => {
    const choice = named(parseFixture(`shapes/${fixture}`), name);
    expect(choice, `${name} was not read from ${fixture}`).toBeDefined();
    const { purpose, rationale, ...rest } = expected;
    expect(choice).toMatchObject(rest);
    if (purpose) expect(choice?.purpose).toContain(purpose);
    // `purpose: undefined` written out says the choice is given none.
    else if ("purpose" in expected) expect(choice?.purpose).toBeUndefined();
    if (rationale) expect(choice?.rationale).toContain(rationale);
  });
});

/** Words that look like names but are not choices: each must stay out of the records. */
const NOT_TAKEN: Array<[fixture: string, word: string]> = [
  ["conditions.md", "Vanilla TypeScript"],
  ["outlook-ja.md", "Vite内蔵ビルド"],
  ["conditions.md", "Separate Node.js API"],
  ["conditions.md", "Modelli SQLModel"],
  // sentences that use everyday words and say nothing was used, and setup steps under "How to run"
  ["used-sentences.md", "go"],
  ["used-sentences.md", "express"],
  ["used-sentences.md", "spring-boot"],
  ["used-sentences.md", "npm"],
  // an attribute label whose value mentions an API is not a product; a heading that names nothing
  ["resources.md", "Access"],
  ["resources.md", "Weekly summary"],
  ["label-lines.md", "Note"],
  ["label-lines.md", "harbour"],
  ["label-lines.md", "useTide"],
  // a technique named by a hyphenated modifier and what it does, even in a Technology column
  ["precision.md", "Row-Level Security"],
  ["precision.md", "Multi-Stage Docker Builds"],
  ["precision.md", "Server-Side Rendering"],
  ["prose.md", "rocket"],
  ["prose.md", "spring-boot"],
  ["prose.md", "node-js"],
  ["prose.md", "docker"],
  ["badges.md", "License"],
  ["tables.md", "Version"],
  // "Background": the stacks of earlier projects, told as a story, are not this stack's
  ["background.md", "Meteor"],
  ["background.md", "MongoDB"],
  ["background.md", "Ember.js"],
  // a licence named after a product ("License: Apache 2.0"), and "X via Y" where X is no name
  ["outcome-list.md", "apache-http-server"],
  ["outcome-list.md", "ChildProcess"],
  ["badges.md", "coverage"],
  ["badges.md", "build"],
  ["unknown.md", "rules"],
  ["unknown.md", "authentication"],
  ["madr.md", "zookeeper"],
  ["headings.md", "Key Features"],
  ["headings.md", "unittest"],
  ["cues.md", "Now"],
  ["precision.md", "Running locally"],
  ["product-list.md", "Тестирование"],
  ["considered-options.md", "Apache HTTP Server"],
  ["considered-options.md", "Good"],
  ["considered-options.md", "Bad"],
  ["considered-options.md", "MIT"],
  ["considered-options.md", "full-stack"],
  ["layer-what.md", "nightly-sync"],
  ["layer-what.md", "Invoicing"],
  ["layer-what.md", "Payroll"],
  ["layer-what.md", "Blueprint"],
  ["layer-what.md", "Gap"],
  ["product-list.md", "Eigene Lösung"],
  ["product-list.md", "Linux LTS"],
  ["product-list.md", "coroutines"],
  ["precision.md", "Architecture"],
  ["precision.md", "Custom Fonts"],
  ["precision.md", "In-house rate limiter"],
  ["precision.md", "Middleware"],
  ["precision.md", "MIT"],
  ["precision.md", "Apache 2.0"],
  ["precision.md", "apache-http-server"],
  ["precision.md", "GPL-3.0"],
  ["precision.md", "云存储"],
  ["precision.md", "待补充"],
  ["precision.md", "App Router"],
  ["precision.md", "Code Splitting"],
  ["purposes.md", "Justificación"],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal placeholder a document holds
  ["cjk.md", "${DEPLOY_TARGET}"],
  ["imports.md", "fmt"],
  ["precision.md", "Redis-based"],
  // a way of doing in a decision's list, not a product
  ["decision-ru.md", "Deterministic AEAD"],
  ["migration-plan.md", "Next.js"],
  // "architecture" or "support" first, as Polish puts it, then a name: a practice, not a product
  ["nested-backend.md", "Architektura Clean Modules"],
  ["nested-backend.md", "Obsługa CORS"],
  ["nested-backend.md", "Fluent"],
  // a numbered list of merits: each bold lead is a criterion, not a product
  ["precision.md", "Ecosystem"],
  ["precision.md", "Community"],
  // numbered steps in a plain fence are instructions, not a stack
  ["phases.md", "JSON"],
  // an option's letter is not the C or D language, in a cell or in running text
  ["lettered-options.md", "C"],
  ["lettered-options.md", "D"],
  ["phases.md", ".env"],
  ["precision.md", "2026"],
  ["precision.md", "Jenkins Multibranch Pipeline"],
  ["recommendation.md", "Recommendation"],
  ["recommendation.md", "Single VPS"],
  ["recommendation.md", "Entscheidung"],
  ["imports.md", "os"],
  ["imports.md", "migrate"],
  ["imports.md", "react-slot"],
  ["imports.md", "Cloudflare Workers"],
  ["prose.md", "ParkingApi"],
  ["prose.md", "RemoteTileLoader"],
  // a file, a host, a size, an env var, an emoji-led pro, "Option B", a rating, a format, a pattern, an address
  ...[
    "compose.prod.yml",
    "api.eu-west.example.com",
    "4 vCPU",
    "512Mi",
    "SENTRY_DSN",
    "👍 Quick",
    "Option B",
    "Excellent",
  ].map((w): [string, string] => ["precision.md", w]),
  ...["FLAC", "Repository Pattern", "reverse-proxy", "getting-started"].map(
    (w): [string, string] => ["precision.md", w],
  ),
  // a bare "Why?" tells the project's story; "Other OSS projects" and an e-mail are not the stack
  // a social badge, who uses a thing ("used by Shopify") and a licence in brackets are not choices
  ...[
    "Quillmoor",
    "Ruby",
    "Elixir",
    "Selenium",
    "mira@lanternfish.example",
    "Docker",
    "LinkedIn",
    "Shopify",
    "Apache HTTP Server",
  ].map((w): [string, string] => ["readme-list.md", w]),
  // "VM" is a virtual machine, not VictoriaMetrics (a dataset alias that names nothing)
  ["defaults-fr.md", "VictoriaMetrics"],
  // bullets under a bold name say what it does: only names the registry knows are taken from them
  ...["Automazione", "Content Delivery Network", "AWS"].map((w): [string, string] => [
    "bullets-it.md",
    w,
  ]),
  // a date is never a name, even where a decision's values are taken as names
  ["decision-list-ja.md", "2025-01-10"],
  ["option-headings.md", "NestJS"],
  ["option-headings.md", "PostgreSQL"],
  ["cjk.md", "团队成员更熟悉边缘运行时"],
  ["cjk.md", "框架：Hono"],
];

describe("precision", () => {
  it.each(NOT_TAKEN)("%s: %s is not taken for a technology", (fixture, word) => {
    expect(named(parseFixture(`shapes/${fixture}`), word)).toBeUndefined();
  });
});

describe("purposes", () => {
  it("never gives one name the praise a bullet spends on another", () => {
    expect(named(parseFixture("shapes/explained.md"), "Koa")?.rationale).toBeUndefined();
  });
  it("takes a table's category for the purpose only when it names one job, not a layer", () => {
    const result = parseFixture("shapes/purposes.md");
    expect(named(result, "Zustand")?.purpose).toBe("状态管理");
    expect(named(result, "React Native")).toBeDefined();
    expect(named(result, "React Native")?.purpose).toBeUndefined();
  });
  it("never takes a bullet that praises, or a long one, for what a choice does", () => {
    const result = parseFixture("shapes/explained.md");
    expect(named(result, "Traefik")?.purpose).toBeUndefined();
    expect(named(result, "Traefik")?.rationale).toContain("Veloce da configurare");
    expect(named(result, "Kotlin")?.purpose ?? "").not.toContain("Avvio rapido");
  });

  it("takes a label for the purpose only when the names stand alone after it", () => {
    const result = parseFixture("shapes/purposes.md");
    expect(named(result, "MobX")?.purpose ?? "").not.toContain("Patterns");
    expect(named(result, "Hono")?.purpose).toMatch(/^Deployed/);
    expect(named(parseFixture("shapes/recommendation.md"), "River")?.purpose ?? "").not.toContain(
      "Option 1",
    );
  });
});

describe("asides and emoji", () => {
  it("never takes a status aside ('current', 'proposed') for what a choice does", () => {
    const result = parseFixture("shapes/moves.md");
    expect(named(result, "Koyeb")).toBeDefined();
    expect(named(result, "Koyeb")?.purpose).toBeUndefined();
    expect(named(result, "Render")?.purpose).toBeUndefined();
  });
  it("gives no name in a sentence the aside that follows other words, and drops emoji codes", () => {
    const result = parseFixture("shapes/readme-list.md");
    expect(named(result, "SQLite")).toBeDefined();
    expect(named(result, "SQLite")?.purpose).toBeUndefined();
    expect(named(result, "Rust")?.purpose).toBeUndefined();
    expect(named(result, "Alpine.js")?.purpose).toBeUndefined();
  });
});

describe("decisions and several stacks", () => {
  it("puts a name the registry lacks in one layer of its stack, wherever it is mentioned", () => {
    const stack = parseFixture("shapes/outcome-list.md").stacks[0];
    const layers = stack.layers.filter((l) => l.choices.some((c) => c.name === "ImageMagick"));
    expect(layers.map((l) => l.id)).toHaveLength(1);
  });

  it("keeps a decision record's status", () => {
    expect(parseFixture("shapes/madr.md").stacks[0].status).toBe("accepted");
  });

  it("reads one stack per service, sharing the document's common choices", () => {
    const result = parseFixture("shapes/services.md");
    const titles = result.stacks.map((s) => s.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        "services/checkout",
        "services/search",
        "Tickets service",
        "Seats service",
      ]),
    );
    expect(result.stacks[0].kind).toBe("collection");
    const checkout = result.stacks.find((s) => s.title === "services/checkout");
    const ids = checkout?.layers.flatMap((l) => l.choices.map((c) => c.technology));
    expect(ids).toEqual(expect.arrayContaining(["kotlin", "ktor", "docker", "opentelemetry"]));
    const seats = result.stacks.find((s) => s.title === "Seats service");
    expect(seats?.layers.find((l) => l.id === "data")?.choices[0].name).toBe("ScyllaDB");
  });

  it("reads READMEs pasted one after another as a stack each, never mixing their choices", () => {
    const result = parseFixture("shapes/pasted-readmes.md");
    const ids = (title: string) =>
      result.stacks
        .find((s) => s.title === title)
        ?.layers.flatMap((l) => l.choices.map((c) => c.technology));
    expect(result.stacks.map((s) => s.title)).toEqual(["Route planner", "Driver app"]);
    expect(result.stacks[0].kind).toBe("collection");
    expect(ids("Route planner")).toEqual(
      expect.arrayContaining(["python", "fastapi", "postgresql"]),
    );
    expect(ids("Driver app")).toEqual(expect.arrayContaining(["flutter", "sqlite"]));
    expect(ids("Driver app")).not.toContain("fastapi");
  });
});
