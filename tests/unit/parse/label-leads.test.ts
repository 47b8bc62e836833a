import { describe, expect, it } from "vitest";
import { allChoices, parse, readsOf } from "../helpers";

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

/** The technologies a document's Backend section yields, sorted. */
const backendNames = (body: string) => readsOf(`# App\n\n## Backend\n\n${body}\n`, []).sort();

describe("a name the registry marks as an everyday modifier (Serverless, Local)", () => {
  it.each([
    ["- Serverless functions for the API", []],
    ["- **AWS Lambda**\n  - Serverless functions for the API", ["aws-lambda"]],
    ["We use Serverless functions on AWS.", ["aws"]],
    ["- Box storage for uploads", []],
  ])("before a noun only describes it: %s", (body, expected) => {
    expect(backendNames(body)).toEqual(expected);
  });

  it.each([
    ["We deploy with Serverless to AWS.", ["aws", "serverless"]],
    ["- Deploys: Serverless", ["serverless"]],
    ["- Serverless for deploys", ["serverless"]],
    // Only the word right after it is what it could describe.
    ["- Deploys: Serverless, then Terraform for the rest", ["serverless", "terraform"]],
    ["- Serverless, with functions per route", ["serverless"]],
    ["We deploy with Serverless, then run Terraform.", ["serverless", "terraform"]],
    ["We deploy with Serverless; functions run per route.", ["serverless"]],
    ["We run Serverless. It deploys each function.", ["serverless"]],
  ])("standing alone it still names the product: %s", (body, expected) => {
    expect(backendNames(body)).toEqual(expected);
  });
});

describe("a capitalised everyday product name opening a sentence", () => {
  it.each([
    ["Vault holds secrets.", ["vault"]],
    ["Consul stores the service catalogue.", ["consul"]],
    ["Helm manages the releases.", ["helm"]],
  ])("counts when a verb says what it does: %s", (body, expected) => {
    expect(backendNames(body)).toEqual(expected);
  });

  it("does not count without one: 'Vault is where it goes.'", () => {
    expect(backendNames("Vault is where it goes.")).toEqual([]);
  });
});
