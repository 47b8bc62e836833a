import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

/** The technologies one `Label: value` item yields, sorted. */
function namesIn(item: string): string[] {
  return allChoices(parse(`# App\n\n## Tooling\n\n- ${item}\n`))
    .map((c) => c.technology)
    .sort();
}

describe("a label that starts with a product's name", () => {
  it.each([
    ["Android app: Kotlin", ["android", "kotlin"]],
    ["Go services: Gin", ["gin", "go"]],
    ["Java backend: Spring Boot", ["java", "spring-boot"]],
    ["Unity client: C#", ["csharp", "unity"]],
    ["Hugo site: Netlify", ["hugo", "netlify"]],
    ["Composer packages: Laravel", ["composer", "laravel"]],
  ])("names it too: %s", (item, expected) => {
    expect(namesIn(item)).toEqual(expected);
  });

  it.each([
    ["Local services: `docker-compose.yml`", ["docker-compose"]],
    ["Local development: Docker Compose", ["docker-compose"]],
    ["Fresh install: Homebrew", ["homebrew"]],
    ["Basic auth: nginx", ["nginx"]],
    ["Box storage: S3", ["amazon-s3"]],
  ])("but an everyday word leading it only describes it: %s", (item, expected) => {
    expect(namesIn(item)).toEqual(expected);
  });
});
