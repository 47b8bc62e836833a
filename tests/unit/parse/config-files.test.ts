import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

/** The technologies a document's "Tooling" list names through their configuration files. */
const toolsOf = (item: string) =>
  allChoices(parse(`# App\n\n## Tooling\n\n- ${item}\n`)).map((c) => c.technology);

describe("a tool's own configuration file names the tool", () => {
  it.each([
    ["Dev services: `docker-compose.yml`", "docker-compose"],
    ["Dev services: `deploy/compose.prod.yaml`", "docker-compose"],
    ["Images: `services/api/Dockerfile`", "docker"],
    ["Images: `Dockerfile.dev`", "docker"],
    ["Pipeline: `Jenkinsfile`", "jenkins"],
    ["Pipeline: `.gitlab-ci.yml`", "gitlab-ci"],
    ["Hosting: `fly.toml`", "fly-io"],
    ["Hosting: `netlify.toml`", "netlify"],
    ["Hosting: `vercel.json`", "vercel"],
    ["Schema: `prisma\\schema.prisma`", "prisma"],
    ["Bundler: `vite.config.ts`", "vite"],
    ["E2E: `playwright.config.mts`", "playwright"],
    ["Lint: `.eslintrc.json`", "eslint"],
    ["Format: `biome.json`", "biome"],
    ["Charts: `charts/api/Chart.yaml`", "helm"],
  ])("%s → %s", (item, id) => {
    expect(toolsOf(item)).toContain(id);
  });

  it.each([
    ["Notes: `notes/chart.yaml`"],
    ["Notes: `docs/dockerfile-guide.md`"],
    ["Notes: `my-vercel.json.bak`"],
    ["Notes: `unknown.config.ts`"],
  ])("%s names no tool", (item) => {
    expect(toolsOf(item)).toEqual([]);
  });
});
