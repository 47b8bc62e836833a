import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/content/load";
import { getRegistry } from "@/lib/content/registry";
import { searchStacks } from "@/lib/search/filter";
import { FUSE_OPTIONS } from "@/lib/search/options";
import { toSearchData } from "@/lib/search/records";
import { EMPTY_QUERY } from "@/lib/search/url-state";

/**
 * What a person expects the catalog's search to find in the bundled content, query by query:
 * names, aliases, layers and slots in several languages. Judged from the documents, not from the
 * search's output.
 */
const EXPECTED: Record<string, string[]> = {
  // The guide's EKS, GKE and k3s are Kubernetes too.
  k8s: [
    "ai-age-infrastructure-guide",
    "backend-template",
    "go-realtime-services",
    "nargis-future",
    "software-backend-example",
  ],
  kubernetes: [
    "ai-age-infrastructure-guide",
    "backend-template",
    "go-realtime-services",
    "nargis-future",
    "software-backend-example",
  ],
  mongo: ["backend-template", "mean", "mern", "software-backend-example"],
  postgres: [
    "ai-age-infrastructure-guide",
    "ai-backend-example",
    "backend-template",
    "django",
    "fastapi",
    "go-realtime-services",
    "nargis-future",
    "rails-hotwire",
    "software-backend-example",
    "spring-boot-enterprise",
    "supabase",
    "t3-stack",
    "what-we-will-use",
  ],
  "vector database": [
    "ai-age-infrastructure-guide",
    "ai-backend-example",
    "langchain-langgraph",
    "nargis-future",
  ],
  security: [
    "ai-age-infrastructure-guide",
    "fastapi-langchain-gemini-mvp",
    "mern",
    "mobile-react-native",
    "nargis-future",
    "nextjs-saas-starter",
    "software-backend-example",
    "spring-boot-enterprise",
    "supabase",
    "t3-stack",
  ],
  auth: [
    "ai-age-infrastructure-guide",
    "mern",
    "mobile-react-native",
    "nargis-future",
    "nextjs-saas-starter",
    "software-backend-example",
    "spring-boot-enterprise",
    "supabase",
    "t3-stack",
    "fastapi-langchain-gemini-mvp",
  ],
  // Message queues, and task queues (Celery, Sidekiq).
  queue: [
    "go-realtime-services",
    "nargis-future",
    "software-backend-example",
    "django",
    "rails-hotwire",
  ],
  orm: [
    "backend-template",
    "fastapi",
    "fastapi-langchain-gemini-mvp",
    "mern",
    "nextjs-saas-starter",
    "spring-boot-enterprise",
    "supabase",
    "t3-stack",
    "what-we-will-use",
  ],
  ai: [
    "ai-age-infrastructure-guide",
    "ai-backend-example",
    "fastapi-langchain-gemini-mvp",
    "langchain-langgraph",
    "nargis-current",
    "nargis-future",
    "python-data-science",
    "what-we-will-use",
  ],
  claude: ["ai-age-infrastructure-guide", "nargis-future"],
  react: [
    "django",
    "fastapi",
    "mern",
    "nargis-current",
    "nargis-future",
    "supabase",
    "t3-stack",
    "mobile-react-native",
  ],
  tailwind: ["nargis-current", "nargis-future", "nextjs-saas-starter", "t3-stack"],
  python: [
    "backend-template",
    "django",
    "fastapi",
    "fastapi-langchain-gemini-mvp",
    "langchain-langgraph",
    "nargis-future",
    "python-data-science",
    "what-we-will-use",
  ],
  go: ["go-realtime-services", "nargis-current", "nargis-future", "backend-template"],
  kafka: [
    "ai-age-infrastructure-guide",
    "ai-backend-example",
    "software-backend-example",
    "spring-boot-enterprise",
  ],
  redis: [
    "ai-age-infrastructure-guide",
    "backend-template",
    "django",
    "go-realtime-services",
    "nargis-future",
    "rails-hotwire",
    "software-backend-example",
  ],
  cache: [
    "ai-age-infrastructure-guide",
    "backend-template",
    "django",
    "go-realtime-services",
    "nargis-future",
    "rails-hotwire",
    "software-backend-example",
  ],
  docker: [
    "backend-template",
    "fastapi-langchain-gemini-mvp",
    "nargis-future",
    "python-data-science",
    "rails-hotwire",
    "software-backend-example",
  ],
  stripe: ["nextjs-saas-starter"],
  payments: ["nextjs-saas-starter"],
  email: ["jamstack", "nextjs-saas-starter"],
  monitoring: [
    "ai-age-infrastructure-guide",
    "backend-template",
    "data-platform-lakehouse",
    "go-realtime-services",
    "nargis-future",
    "mobile-react-native",
  ],
  testing: [
    "fastapi-langchain-gemini-mvp",
    "mean",
    "mern",
    "mobile-react-native",
    "nargis-current",
    "rails-hotwire",
    "spring-boot-enterprise",
  ],
  ci: [
    "backend-template",
    "edge-serverless",
    "mobile-react-native",
    "nargis-future",
    "spring-boot-enterprise",
  ],
  fastapi: [
    "ai-backend-example",
    "fastapi",
    "fastapi-langchain-gemini-mvp",
    "langchain-langgraph",
    "nargis-current",
    "nargis-future",
    "python-data-science",
    "software-backend-example",
    "what-we-will-use",
    "backend-template",
  ],
  langchain: [
    "ai-age-infrastructure-guide",
    "ai-backend-example",
    "fastapi-langchain-gemini-mvp",
    "langchain-langgraph",
    "what-we-will-use",
  ],
  spring: ["spring-boot-enterprise", "backend-template"],
  django: ["django", "software-backend-example"],
  rails: ["rails-hotwire"],
  mobile: ["mobile-react-native"],
  serverless: ["edge-serverless", "fastapi-langchain-gemini-mvp", "python-data-science"],
  "next.js": [
    "jamstack",
    "nargis-current",
    "nextjs-saas-starter",
    "supabase",
    "t3-stack",
    "what-we-will-use",
  ],
  whisper: ["nargis-current", "nargis-future"],
  speech: ["nargis-current", "nargis-future"],
  warehouse: ["ai-age-infrastructure-guide", "data-platform-lakehouse", "python-data-science"],
  voice: ["nargis-current", "nargis-future"],
  java: ["spring-boot-enterprise"],
  airflow: ["ai-age-infrastructure-guide", "data-platform-lakehouse"],
  cloudflare: ["ai-age-infrastructure-guide", "edge-serverless"],
  数据库: [
    "ai-age-infrastructure-guide",
    "ai-backend-example",
    "backend-template",
    "django",
    "edge-serverless",
    "go-realtime-services",
    "mean",
    "mern",
    "nargis-future",
    "nextjs-saas-starter",
    "rails-hotwire",
    "software-backend-example",
    "spring-boot-enterprise",
    "supabase",
    "t3-stack",
    "what-we-will-use",
    "fastapi",
  ],
  "база данных": [
    "ai-age-infrastructure-guide",
    "ai-backend-example",
    "backend-template",
    "django",
    "edge-serverless",
    "go-realtime-services",
    "mean",
    "mern",
    "nargis-future",
    "nextjs-saas-starter",
    "rails-hotwire",
    "software-backend-example",
    "spring-boot-enterprise",
    "supabase",
    "t3-stack",
    "what-we-will-use",
    "fastapi",
  ],
};

describe("search relevance on the bundled content", () => {
  const catalog = buildCatalog("content");
  const { records, fuzzy, tokens } = toSearchData(catalog.stacks, getRegistry("content"));
  const fuse = new Fuse(
    records,
    FUSE_OPTIONS,
    Fuse.parseIndex(fuzzy.index as Parameters<typeof Fuse.parseIndex>[0]),
  );
  const top = (q: string) =>
    searchStacks(records, fuse, { ...EMPTY_QUERY, q }, tokens)
      .slice(0, 10)
      .map((h) => h.record.s);

  const scores = Object.entries(EXPECTED).map(([q, expected]) => {
    const got = top(q);
    const hits = got.filter((s) => expected.includes(s)).length;
    return {
      q,
      got,
      precision: got.length ? hits / got.length : 0,
      recall: hits / Math.min(expected.length, 10),
    };
  });

  it("has at least 40 queries", () => {
    expect(scores.length).toBeGreaterThanOrEqual(40);
  });

  it("averages precision and recall of the top ten at 0.9 or more", () => {
    const mean = (k: "precision" | "recall") =>
      scores.reduce((n, s) => n + s[k], 0) / scores.length;
    const weak = scores
      .filter((s) => s.precision < 0.9 || s.recall < 0.9)
      .map(
        (s) => `${s.q}: P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} → ${s.got.join(" ")}`,
      );
    if (process.env.SHOW_RELEVANCE) console.log(mean("precision"), mean("recall"), weak);
    expect({
      precision: mean("precision") >= 0.9,
      recall: mean("recall") >= 0.9,
      weak,
    }).toMatchObject({ precision: true, recall: true });
  });

  it("ranks an exact name first and never matches a two-letter word inside another name", () => {
    expect(top("go")).not.toContain("edge-serverless");
    expect(top("ai")).not.toContain("data-platform-lakehouse");
    expect(top("claude")).not.toContain("edge-serverless");
    expect(top("java")[0]).toBe("spring-boot-enterprise");
  });
});
