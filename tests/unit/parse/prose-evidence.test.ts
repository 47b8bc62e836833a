import { describe, expect, it } from "vitest";
import { readsOf } from "../helpers";

const FIELDS = ["role", "purpose"] as const;

/** An architecture decision record whose Decision section says `decision`. */
const adr = (decision: string) =>
  [
    "# ADR 7: Column encryption",
    "## Status\n\nAccepted",
    "## Context\n\nWe store personal data.",
    `## Decision\n\n${decision}`,
  ].join("\n\n");

describe("a decision that opens with its verb names what it uses, known or not", () => {
  it.each([
    ["Use **pgsodium** for column encryption.", ["pgsodium:primary(column encryption)"]],
    ["We will use `quillforge` for column encryption.", ["quillforge:primary(column encryption)"]],
    ["Use `pg_tde` for encryption.", ["pg-tde:primary(encryption)"]],
    ["Использовать **pgsodium** для шифрования.", ["pgsodium:primary(шифрования)"]],
    ["Use **PostgreSQL** for it.", ["postgresql:primary"]],
  ])("%s", (decision, expected) => {
    expect(readsOf(adr(decision), FIELDS)).toEqual(expected);
  });

  it.each([
    "We like **pgsodium** a lot.",
    "Use **a sidecar process** for encryption.",
    "Use **config.yaml** for settings.",
  ])("but not when it is praise, a phrase or a file: %s", (decision) => {
    expect(readsOf(adr(decision), FIELDS)).toEqual([]);
  });
});

describe("a sentence outside the stack's sections counts when it says what is used", () => {
  const reads = (sentence: string) => readsOf(`# App\n\n## Notes\n\n${sentence}\n`, []);

  it.each([
    ["The API runs on Go 1.22.", ["go"]],
    ["Models run on Python 3.12 today.", ["python"]],
    ["The worker uses Redis for its queue.", ["redis"]],
    ["Search relies on Meilisearch.", ["meilisearch"]],
  ])("%s", (sentence, expected) => {
    expect(reads(sentence)).toEqual(expected);
  });

  it("and not when it only tells a story: 'We then moved to Heroku.'", () => {
    expect(reads("We then moved to Heroku.")).toEqual([]);
  });
});

describe("a one-letter language in running text", () => {
  const reads = (sentence: string) => readsOf(`# App\n\n## Core\n\n${sentence}\n`, []);

  it.each([
    ["The engine is written in C for speed.", ["c"]],
    ["Stats are written in R, plots in Python.", ["r", "python"]],
    ["Models run on R 4.3 today.", ["r"]],
    ["We use C code for the hot loop.", ["c"]],
    ["We use R language packages.", ["r"]],
    ["We use C++ and C# here.", ["cpp", "csharp"]],
  ])("counts where the text says it is one: %s", (sentence, expected) => {
    expect(reads(sentence)).toEqual(expected);
  });

  it.each(["Risk: A low, B medium, C high.", "We use R for stats.", "We use plan C instead."])(
    "is a plain letter elsewhere: %s",
    (sentence) => {
      expect(reads(sentence)).toEqual([]);
    },
  );
});

describe("a word shaped like a brand in running text", () => {
  const reads = (sentence: string) => readsOf(`# App\n\n## Search\n\n${sentence}\n`, []);

  it("is a product's name: SearXNG, GeoLite2", () => {
    expect(reads("SearXNG powers the search page and GeoLite2 maps IPs.")).toEqual([
      "searxng",
      "geolite2",
    ]);
  });

  it("but an identifier from the code is not: RemoteOcrEngine, WebAPI", () => {
    expect(reads("The RemoteOcrEngine class wraps WebAPI calls.")).toEqual([]);
  });
});

describe("MADR's chosen option", () => {
  const outcome = (line: string) => `# ADR 3: Images\n\n## Decision Outcome\n\n${line}\n`;

  it.each([
    ['Chosen option: "Imgproxy", because it is fast.', ["imgproxy:primary"]],
    ['Chosen option: "PostgreSQL", because it is there.', ["postgresql:primary"]],
    ["Gewählte Option: „Imgproxy“, weil es schnell ist.", ["imgproxy:primary"]],
    ['Chosen option: "resize on upload", because it is simple.', []],
  ])("%s", (line, expected) => {
    expect(readsOf(outcome(line), ["role"])).toEqual(expected);
  });
});

describe("an everyday word in a stack's running text", () => {
  const reads = (sentence: string) =>
    readsOf(`# App\n\n## Backend\n\n${sentence}\n`, ["role", "purpose", "rationale"]);

  it.each([
    ["We deploy on **Render**.", ["render:primary"]],
    ["Builds use **Make** targets.", ["make:primary"]],
    ["We serve it with nginx.", ["nginx:primary"]],
    ["We expose a REST API.", ["rest:primary"]],
  ])("names its product when set apart, or written as only a product is: %s", (s, expected) => {
    expect(reads(s)).toEqual(expected);
  });

  it.each([
    "We render pages on the server.",
    "We make builds reproducible.",
    "Postgres holds the data, files hold the rest.",
  ])("is the word otherwise: %s", (sentence) => {
    expect(reads(sentence).filter((r) => !r.startsWith("postgresql"))).toEqual([]);
  });
});

describe("a name the registry lacks, in running text", () => {
  const reads = (body: string) => readsOf(`# App\n\n## Backend\n\n${body}\n`, ["purpose"]);

  it("counts where the document links it to its own site", () => {
    expect(reads("We picked [Quillforge](https://quillforge.dev) for invoices.")).toEqual([
      "quillforge(invoices)",
    ]);
  });

  it("not from bold alone", () => {
    expect(reads("We picked **Quillforge**.")).toEqual([]);
  });
});

describe("the reason a sentence gives for its choice", () => {
  it.each([
    ["We chose Redis because it is fast.", "it is fast"],
    ["We chose Redis since it is simple.", "it is simple"],
    ["We chose Redis due to its speed...", "its speed"],
  ])("%s → %s", (sentence, reason) => {
    expect(readsOf(`# App\n\n## Backend\n\n${sentence}\n`, ["rationale"])).toEqual([
      `redis[${reason}]`,
    ]);
  });
});

describe("a product's name that is part of its maker's", () => {
  it.each([
    ["Logs go to Grafana Loki, written by Grafana Labs.", ["loki"]],
    ["We use Kafka, an Apache Software Foundation project.", ["kafka"]],
    ["We run on Linux, backed by the Linux Foundation.", ["linux"]],
    ["We pull Docker Inc. images with Docker.", ["docker"]],
  ])("names the company, not the product: %s", (sentence, expected) => {
    expect(readsOf(`# App\n\n## Backend\n\n${sentence}\n`, [])).toEqual(expected);
  });

  // The maker's name must end right before the product's: a capital earlier in the sentence is not one.
  it.each([
    ["We use Foundation for the CSS grid.", ["foundation", "css"]],
    ["We picked Foundation over Bootstrap.", ["foundation", "bootstrap"]],
  ])("names the product when no maker's name comes right before it: %s", (sentence, expected) => {
    expect(readsOf(`# App\n\n## Frontend\n\n${sentence}\n`, [])).toEqual(expected);
  });
});

describe("a licence said later in the sentence", () => {
  it("leaves the name before it a product: 'We use Redis, and its license is fine.'", () => {
    expect(readsOf("# App\n\n## Backend\n\nWe use Redis, and its license is fine.\n", [])).toEqual([
      "redis",
    ]);
  });
});

describe("what a sentence says of the names in it", () => {
  const reads = (sentence: string) =>
    readsOf(`# App\n\n## Backend\n\n${sentence}\n`, ["role", "rationale"]).sort();

  it.each([
    ["Redis and Postgres were dropped.", ["postgresql:alternative", "redis:alternative"]],
    [
      "Redis, Kafka and Postgres were rejected.",
      ["kafka:alternative", "postgresql:alternative", "redis:alternative"],
    ],
    ["Redis was dropped and Postgres kept.", ["postgresql:primary", "redis:alternative"]],
    ["We picked Redis over Memcached.", ["memcached:alternative", "redis:primary"]],
    ["We use Redis rather than Memcached.", ["memcached:alternative", "redis:primary"]],
    [
      "Instead of Kafka or NATS we use Redis.",
      ["kafka:alternative", "nats:alternative", "redis:primary"],
    ],
    ["We use Redis or Valkey.", ["redis:option", "valkey:option"]],
    ["We chose Redis weil es schnell ist.", ["redis:primary[es schnell ist]"]],
    ["We chose Redis, porque es rápido.", ["redis:primary[es rápido]"]],
    ["We chose Redis because it is fast。", ["redis:primary[it is fast]"]],
    ["Why Redis: it is fast.  ", ["redis:primary[it is fast.]"]],
  ])("%s → %j", (sentence, expected) => {
    expect(reads(sentence)).toEqual(expected);
  });
});
