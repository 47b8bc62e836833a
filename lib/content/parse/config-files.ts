import type { Registry } from "../registry";
import type { Technology } from "../schema";

// A tool's own configuration file, named in a document, says the tool is used:
// `deploy/docker-compose.yml` is Docker Compose, `fly.toml` is Fly.io.
const CONFIG_FILES: Array<[RegExp, string]> = [
  [/^([\w-]+\.)?(docker-)?compose(\.[\w-]+)*\.ya?ml$/i, "Docker Compose"],
  [/^Dockerfile(\.[\w-]+)?$/, "Docker"],
  [/^Jenkinsfile$/, "Jenkins"],
  [/^\.gitlab-ci\.ya?ml$/i, "GitLab CI"],
  [/^fly\.toml$/i, "Fly.io"],
  [/^netlify\.toml$/i, "Netlify"],
  [/^vercel\.json$/i, "Vercel"],
  [/^render\.ya?ml$/i, "Render"],
  [/^schema\.prisma$/i, "Prisma"],
  [/^(vite|vitest|playwright|tailwind|next|nuxt|astro|svelte)\.config\.[cm]?[jt]s$/i, "$1"],
  [/^\.?(eslint|prettier|biome)(rc)?(\.[\w]+)?$/i, "$1"],
  [/^Chart\.ya?ml$/, "Helm"],
];

/** The tool a configuration file belongs to, when the registry knows it. */
export function toolOfFile(registry: Registry, text: string): Technology | undefined {
  // Callers pass a code span's value or a path from a sentence: no backticks, no outer spaces.
  const base = text.replace(/^.*[\\/]/, "");
  for (const [re, name] of CONFIG_FILES) {
    const m = re.exec(base);
    // "$1": the tool is named by the file itself (vite.config.ts is Vite).
    if (m) return registry.lookup(name === "$1" ? m[1] : name);
  }
  return undefined;
}
