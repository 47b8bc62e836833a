import { describe, expect, it } from "vitest";
import { allChoices, parse, readsOf } from "../helpers";

/** `technology[@version]:role` of each choice a sentence yields as a list value, sorted. */
function sentenceReads(sentence: string): string[] {
  const doc = `# App\n\n## Backend\n\n- API: ${sentence}\n`;
  return readsOf(doc, ["version", "role"]).sort();
}

describe("names inside a sentence, and what the words around them make of them", () => {
  it.each([
    // paths: a name inside a path is part of it; a tool's own file names the tool
    ["We run everything from `docker/docker-compose.yml` locally.", ["docker-compose:primary"]],
    ["The API lives in src/express/app.js and uses PostgreSQL.", ["postgresql:primary"]],
    // a slash or "or" between names makes them options
    [
      "We deploy the dashboard to Vercel/Netlify and the API to Fly.io.",
      ["fly-io:primary", "netlify:option", "vercel:option"],
    ],
    ["Hosting is Vercel or Netlify for the dashboard.", ["netlify:option", "vercel:option"]],
    // licences named after products are not the products
    ["Licensed under the Apache 2.0 license, built with Kotlin.", ["kotlin:primary"]],
    ["Released under the MIT License and written in Go.", ["go:primary"]],
    // a vendor before another capitalised word names that product, not the vendor
    [
      "We use Apache Tika to read documents and Apache Kafka for events.",
      ["apache-tika:primary", "kafka:primary"],
    ],
    ["Text comes from AWS Textract; files sit in AWS S3.", ["amazon-s3:primary"]],
    // who uses or makes something is not a choice
    ["Protocol used by WeChat; we chose Kotlin.", ["kotlin:primary"]],
    // preferences, plans and moves give roles
    ["We chose Svelte over React because it is smaller.", ["react:alternative", "svelte:primary"]],
    [
      "If traffic grows we may move to Kubernetes; today it is Docker Compose.",
      ["docker-compose:primary", "kubernetes:planned"],
    ],
    [
      "We plan to adopt Temporal next quarter, and we use Redis.",
      ["redis:primary", "temporal:planned"],
    ],
    ["We moved away from MongoDB to PostgreSQL.", ["mongodb:alternative", "postgresql:primary"]],
    // a version right after a name is that name's
    ["We use .NET 8 with PostgreSQL 16.", ["dotnet@8:primary", "postgresql@16:primary"]],
    ["We use Node.js 20.x and Python 3.12.", ["nodejs@20.x:primary", "python@3.12:primary"]],
    // a scoped package is a name wherever it stands
    ["NestJS with @nestjs/axios for aggregation.", ["nestjs-axios:primary", "nestjs:primary"]],
  ])("%s", (sentence, expected) => {
    expect(sentenceReads(sentence)).toEqual(expected);
  });

  it.each([
    [
      "If the database is hosted by a provider (Neon, Supabase) we pay per use.",
      ["neon:option", "supabase:option"],
    ],
    ["We use Redis. If it fails we fall back to Memcached", ["memcached:option", "redis:primary"]],
    ["If load grows (say 10x) Kafka takes over", ["kafka:option"]],
  ])("a name in an if-clause is weighed, not chosen: %s", (sentence, expected) => {
    expect(sentenceReads(sentence)).toEqual(expected);
  });
});

/** `technology:role` of each choice a paragraph yields in a stack section, sorted. */
function paragraphReads(paragraph: string): string[] {
  return allChoices(parse(`# App\n\n## Backend\n\n${paragraph}\n`))
    .map((c) => `${c.technology}:${c.role}`)
    .sort();
}

describe("a migration: what is left and what is next", () => {
  it.each([
    [
      "We migrated from MongoDB to PostgreSQL last year.",
      ["mongodb:alternative", "postgresql:primary"],
    ],
    ["We switched from Webpack to Vite.", ["vite:primary", "webpack:alternative"]],
    [
      "We moved the Content Store from its legacy MongoDB, to PostgreSQL.",
      ["mongodb:alternative", "postgresql:primary"],
    ],
    [
      "We will migrate from MongoDB to PostgreSQL next year.",
      ["mongodb:primary", "postgresql:planned"],
    ],
    ["We are migrating from MongoDB to PostgreSQL.", ["mongodb:primary", "postgresql:planned"]],
    ["We need to move from Heroku to Fly.io.", ["fly-io:planned", "heroku:primary"]],
    ["We plan to migrate from Heroku to Render.", ["heroku:primary", "render:planned"]],
  ])("%s", (paragraph, expected) => {
    expect(paragraphReads(paragraph)).toEqual(expected);
  });
});

/** `technology:role(purpose)` of each choice a paragraph yields in a stack section, in order. */
function paragraphDetails(paragraph: string): string[] {
  return allChoices(parse(`# App\n\n## Backend\n\n${paragraph}\n`)).map(
    (c) => `${c.technology}:${c.role}${c.purpose ? `(${c.purpose})` : ""}`,
  );
}

describe("running text in a stack section", () => {
  it.each([
    [
      "The service is built with Rust and stores data in PostgreSQL.",
      ["rust:primary", "postgresql:primary"],
    ],
    ["Axios was used to call the API.", ["axios:primary(call the API)"]],
    ["Meilisearch powers the search box.", ["meilisearch:primary(search box)"]],
    ["Secrets live in Vault and configs in Consul.", ["vault:primary", "consul:primary"]],
    ["Redis and Postgres were dropped.", ["redis:alternative", "postgresql:alternative"]],
    ["Postgres or MySQL will do.", ["postgresql:option", "mysql:option"]],
    // the word that joins the next name is not part of what a name is for
    [
      "We rely on SearXNG for meta search and GeoLite2 for locations.",
      ["searxng:primary(meta search)", "geolite2:primary(locations)"],
    ],
    [
      "We use Kafka for events or Redis for caching.",
      ["redis:primary(caching)", "kafka:primary(events)"],
    ],
    [
      "We use Kafka for events with Redis for caching.",
      ["redis:primary(caching)", "kafka:primary(events)"],
    ],
    // a slash list of names, even at the start of a sentence
    [
      "Vault/SSM/Secrets Manager hold secrets.",
      ["vault:option", "aws-ssm:option", "aws-secrets-manager:option"],
    ],
    // saying no to a name passes it over
    ["We will not use Kubernetes for now.", ["kubernetes:alternative"]],
    ["We won't use MongoDB here.", ["mongodb:alternative"]],
    ["We decided against MongoDB.", ["mongodb:alternative"]],
    [
      "We decided for Meilisearch and neglected Elasticsearch, to achieve speed.",
      ["meilisearch:primary", "elasticsearch:alternative"],
    ],
    // licences named after products are not the products, full stop or not
    ["License: Apache 2.0.", []],
    ["Licence: MIT. Runs on Apache Kafka.", ["kafka:primary"]],
    ["We use the Elastic License for the server.", []],
    // a recommendation of two decides for neither
    ["Recommended: Neon or Supabase.", ["neon:option", "supabase:option"]],
    ["- Recommendation: Neon or Supabase", ["neon:option", "supabase:option"]],
    ["We recommend Neon or Supabase.", ["neon:option", "supabase:option"]],
    ["- Recommendation: Neon", ["neon:primary"]],
  ])("%s", (paragraph, expected) => {
    expect(paragraphDetails(paragraph)).toEqual(expected);
  });
});

describe("what the words after a name say it is for", () => {
  it.each([
    ["We use Redux for state management.", ["redux:primary(state management)"]],
    ["We use Valkey (sessions, cache).", ["valkey:primary(sessions, cache)"]],
    ["We use Redis 7 (sessions).", ["redis:primary(sessions)"]],
    ["Axios was used to fetch data.", ["axios:primary(fetch data)"]],
    ["We run Redis as the session store.", ["redis:primary(session store)"]],
    ["Wir nutzen Caddy als Reverse Proxy.", ["caddy:primary(Reverse Proxy)"]],
    ["SearXNG powers the search widget.", ["searxng:primary(search widget)"]],
    ["We run nginx serving the built frontend.", ["nginx:primary(serving the built frontend)"]],
    ["Używamy Serilog dla logowania.", ["serilog:primary(logowania)"]],
    ["Service discovery via Consul.", ["consul:primary(Service discovery)"]],
    ["We use Kafka for events because it is durable.", ["kafka:primary(events)"]],
    ["We use Kafka for events which we replay.", ["kafka:primary(events)"]],
    ["We use Redis for abc.", ["redis:primary(abc)"]],
    ["Vitest and Jest are used for tests.", ["vitest:primary(tests)", "jest:primary(tests)"]],
  ])("%s", (paragraph, expected) => {
    expect(paragraphDetails(paragraph)).toEqual(expected);
  });

  it.each([
    "We use Valkey (v8).",
    "We use Valkey (current).",
    "We use Redis (Apache 2.0).",
    "We run nginx serving on port 80.",
    "We use Redis for it.",
    "We use Redis do the caching.",
    "We deploy through Fly.io.",
    "Generated via Vite.",
  ])("nothing: %s", (paragraph) => {
    expect(paragraphDetails(paragraph).every((c) => !c.includes("("))).toBe(true);
  });
});
