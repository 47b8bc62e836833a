import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium: Playwright's own browser download is not reachable here.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Another checkout can run its own browser tests beside this one: E2E_PORT_BASE=5173.
const BASE = Number(process.env.E2E_PORT_BASE ?? 4173);

/** Four exported sites: the bundled catalog, the user's seed documents, hostile documents, and a git history. */
const SITES = [
  {
    name: "site",
    dir: "out",
    port: BASE,
    testIgnore: ["**/hostile.spec.ts", "**/seeds.spec.ts", "**/history.spec.ts"],
  },
  { name: "seeds", dir: ".e2e/out-seeds", port: BASE + 1, testMatch: "**/seeds.spec.ts" },
  { name: "hostile", dir: ".e2e/out-hostile", port: BASE + 2, testMatch: "**/hostile.spec.ts" },
  // Built from the repository tests/history-repo.ts creates: dated commits, a rename, 62 stacks.
  { name: "history", dir: ".e2e/out-history", port: BASE + 3, testMatch: "**/history.spec.ts" },
].filter((s) => !process.env.E2E_SITES || process.env.E2E_SITES.split(",").includes(s.name));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 120_000,
  use: {
    trace: "off",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    ...SITES.map((s) => ({
      name: s.name,
      testMatch: s.testMatch,
      testIgnore: s.testIgnore,
      use: {
        ...devices["Desktop Chrome"],
        channel: undefined,
        baseURL: `http://localhost:${s.port}`,
      },
    })),
    // The journeys tagged @phone again at 390 px: on the bundled catalog and on the seed site.
    ...SITES.filter((s) => s.name === "site" || s.name === "seeds").map((s) => ({
      name: s.name === "site" ? "phone" : `${s.name}-phone`,
      grep: /@phone/,
      testMatch: s.testMatch,
      testIgnore: s.testIgnore,
      use: {
        ...devices["Desktop Chrome"],
        channel: undefined,
        viewport: { width: 390, height: 844 },
        baseURL: `http://localhost:${s.port}`,
      },
    })),
  ],
  webServer: SITES.map((s) => ({
    command: `node --conditions=react-server --import tsx scripts/serve.ts ${s.dir}`,
    env: { PORT: String(s.port) },
    url: `http://localhost:${s.port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
