// A content folder in its own git repository, with commits on fixed dates: the unit tests and the
// browser tests' history site are built from it (npx tsx --conditions=react-server tests/history-repo.ts <dir>).
import { execFileSync } from "node:child_process";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface HistoryRepo {
  dir: string;
  write: (file: string, text: string) => void;
  move: (from: string, to: string) => void;
  /** Commits everything, dated `day` days after 2026-01-01 (each call a later day). */
  commit: (message: string) => void;
}

export function historyRepo(dir: string): HistoryRepo {
  mkdirSync(dir, { recursive: true });
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", ...args], {
      cwd: dir,
      stdio: "pipe",
      env: { ...process.env, ...env },
    });
  git(["init", "-q"]);
  let day = 0;
  return {
    dir,
    write: (file, text) => {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    move: (from, to) => renameSync(join(dir, from), join(dir, to)),
    commit: (message) => {
      const date = new Date(Date.UTC(2026, 0, 1 + day++, 12)).toISOString();
      git(["add", "-A"]);
      git(["commit", "-qm", message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    },
  };
}

/** A stack document with one bullet per line ("Database: PostgreSQL 15"). */
export function stackDoc(title: string, lines: string[]): string {
  return `# ${title}\n\n## Stack\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`;
}

const LINES = [
  "Language: Go",
  "Database: MySQL",
  "Cache: Redis",
  "Frontend: React",
  "CI: GitHub Actions",
];

/** The browser tests' site: an orders service that moves to PostgreSQL 16 and adds NATS, a renamed billing document, and 60 teams (more than a page of the matrix). */
export function buildHistorySite(dir: string): void {
  const repo = historyRepo(dir);
  repo.write(
    "orders.md",
    stackDoc("Orders service", ["Language: Go 1.22", "Database: PostgreSQL 15", "Cache: Redis"]),
  );
  repo.write("billing-v1.md", stackDoc("Billing", ["Language: Kotlin", "Database: MySQL 8"]));
  for (let i = 1; i <= 60; i++)
    repo.write(
      `teams/team-${String(i).padStart(2, "0")}.md`,
      stackDoc(`Team ${i}`, LINES.slice(0, 1 + (i % LINES.length))),
    );
  repo.commit("first versions");
  repo.write(
    "orders.md",
    stackDoc("Orders service", [
      "Language: Go 1.22",
      "Database: PostgreSQL 16",
      "Cache: Redis",
      "Messaging: NATS",
    ]),
  );
  repo.commit("orders: PostgreSQL 16, NATS");
  repo.move("billing-v1.md", "billing.md");
  repo.commit("billing: rename");
  repo.write("billing.md", stackDoc("Billing", ["Language: Kotlin", "Database: PostgreSQL 16"]));
  repo.commit("billing: MySQL to PostgreSQL");
}

if (process.argv[1]?.endsWith("history-repo.ts"))
  buildHistorySite(process.argv[2] ?? ".e2e/history-src");
