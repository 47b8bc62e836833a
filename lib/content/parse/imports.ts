import type { Code } from "mdast";
import type { Atom } from "./compound";
import { parseSetApart } from "./compound";
import type { Extraction, Section } from "./context";
import { resolveName } from "./names";

// Import lines of the languages stack documents show: Go module paths, JS/TS packages, Python modules.
const GO =
  /^\s*(?:import\s+)?(?:[\w.]+\s+)?"((?:github\.com|gitlab\.com|go\.uber\.org|gorm\.io|golang\.org\/x|google\.golang\.org|gopkg\.in)\/[^"]+)"/;
// `import x from "pkg"`, `import "pkg"`, `const x = require("pkg")` and a bare `require("pkg")`.
const JS =
  /^\s*(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?|(?:(?:const|let|var)\s+[\w{}\s,]+=\s*)?require\()\s*["']([^"'./][^"']*)["']/;
// A go.mod `require` line: module path and version.
const GO_MOD =
  /^\s*(?:require\s+)?((?:github\.com|gitlab\.com|go\.uber\.org|gorm\.io|golang\.org\/x|google\.golang\.org|gopkg\.in)\/\S+)\s+(v\d[\w.+-]*)/;
const PY = /^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))/;

/** `github.com/gin-gonic/gin/binding` → `gin-gonic/gin`; `@scope/pkg/sub` → `@scope/pkg`; `pkg/sub` → `pkg`. */
function packageOf(line: string, lang: string): { pkg: string; version?: string } | undefined {
  const go = GO.exec(line) ?? GO_MOD.exec(line);
  if (go) return { pkg: goProject(go[1]), version: go[2]?.replace(/^v/, "") };
  if (/^(js|jsx|ts|tsx|javascript|typescript|mjs)$/i.test(lang)) {
    const js = JS.exec(line)?.[1];
    if (js)
      return { pkg: js.startsWith("@") ? js.split("/").slice(0, 2).join("/") : js.split("/")[0] };
  }
  if (/^(py|python)$/i.test(lang)) {
    const py = PY.exec(line);
    const mod = (py?.[1] ?? py?.[2])?.split(".")[0];
    return mod ? { pkg: mod } : undefined;
  }
  return undefined;
}

/**
 * The project a Go module path belongs to: `owner/repo` on a code host; the name after an
 * umbrella host (`go.uber.org/zap`, `golang.org/x/crypto`, `gopkg.in/yaml.v3`); else the
 * project's own domain (`gorm.io/driver/postgres` is GORM's).
 */
function goProject(path: string): string {
  const parts = path.replace(/\/v\d+$/, "").split("/");
  const [host] = parts;
  if (host === "github.com" || host === "gitlab.com") return parts.slice(1, 3).join("/");
  if (host === "golang.org") return parts[2] ?? host;
  if (host === "gopkg.in") return (parts.at(-1) ?? host).replace(/\.v\d+$/, "");
  // Kept whole, so the registry can tell `go.uber.org/zap` (a logger) from ZAP (a scanner).
  if (host === "go.uber.org" || host === "google.golang.org") return parts.slice(0, 2).join("/");
  return host.split(".")[0];
}

// Standard libraries' modules (`fmt`, `os`, `json`): a language's own, not a choice.
const STANDARD =
  /^(fmt|os|io|net|log|time|context|errors|strings|sync|math|json|sys|re|typing|path|fs|http|util|crypto)$/i;

/** The repository name of a module path names the technology: `gagliardetto/solana-go` is solana-go. */
function toAtom(ex: Extraction, pkg: string): Atom | undefined {
  if (pkg.startsWith("@")) return parseSetApart(ex.registry, pkg)[0];
  const [owner, last] = pkg.split("/").slice(-2);
  // `golang-migrate/migrate`, `go-redis/redis`: the owner that spells out the repository is the known name.
  const repo = last && owner.split("-").includes(last) ? owner : (pkg.split("/").pop() ?? pkg);
  if (STANDARD.test(repo)) return undefined;
  const tech = resolveName(ex.registry, pkg) ?? resolveName(ex.registry, repo);
  if (tech) return { name: tech.name, tech, raw: pkg };
  return parseSetApart(ex.registry, repo).map((a) => ({ ...a, raw: pkg }))[0];
}

/** A code sample in a stack section that imports packages: each package is a choice. True when it was one. */
export function extractImports(ex: Extraction, code: Code, section: Section): boolean {
  if (section.skip || section.nonStack || !(section.stackProse || section.layer)) return false;
  const lang = code.lang ?? "";
  const found = code.value.split("\n").flatMap((l) => packageOf(l, lang) ?? []);
  if (!found.length) return false;
  const atoms = found.flatMap((p) => {
    const atom = toAtom(ex, p.pkg);
    return atom ? [{ ...atom, version: p.version }] : [];
  });
  ex.add(atoms, { section, line: ex.lineOf(code), role: ex.defaultRole(section) });
  return true;
}
