import { describe, expect, it } from "vitest";
import { createRegistry, slugify, toKey } from "@/lib/content/registry";
import { type Technology, technologySchema } from "@/lib/content/schema";

// A registry built here, not the memoised bundled one, so each test builds what it reads.
const tech = (t: Partial<Technology> & { id: string; name: string }): Technology =>
  technologySchema.parse({ layer: "tooling", ...t });
const small = () =>
  createRegistry([
    tech({ id: "react-router", name: "React Router", layer: "frontend" }),
    tech({ id: "vue", name: "Vue", layer: "frontend", aliases: ["vue.js"] }),
    tech({ id: "express", name: "Express", layer: "backend", ambiguous: true }),
    tech({ id: "postgresql", name: "PostgreSQL", layer: "data", aliases: ["postgres"] }),
    tech({ id: "trpc", name: "tRPC", layer: "backend" }),
    tech({ id: "sveltekit", name: "SvelteKit", layer: "frontend", aliases: ["svelte kit"] }),
    tech({ id: "ruff", name: "ruff", layer: "tooling" }),
    tech({ id: "swift-ui", name: "Swift UI", layer: "frontend", ambiguous: true }),
    tech({ id: "lets-encrypt", name: "Let's Encrypt", layer: "security" }),
    // An alias that is another entry's name loses to the name.
    tech({ id: "knex", name: "Knex", layer: "data", aliases: ["vue"] }),
  ]);

describe("keys and slugs", () => {
  it.each([
    ["Ruby on Rails", "rubyonrails"],
    ["AT&T", "atandt"],
    ["C++", "c++"],
    ["@scope/pkg", "@scopepkg"],
  ])("toKey(%s) is %s", (name, key) => expect(toKey(name)).toBe(key));

  it.each([
    ["Ruby on Rails", "ruby-on-rails"],
    ["C++", "cpp"],
    ["F#", "fsharp"],
    ["  --Crème brûlée--  ", "creme-brulee"],
    ["!!!", "item"],
    [`${"a".repeat(79)}-b`, "a".repeat(79)],
  ])("slugify(%s) is %s", (text, slug) => expect(slugify(text)).toBe(slug));
});

describe("lookup", () => {
  it.each([
    ["React Router", "react-router"],
    ["react-router", "react-router"],
    ["Vue.js", "vue"],
    ["vuejs", "vue"],
    ["Postgres", "postgresql"],
    ["trpcjs", "trpc"],
    ["vue", "vue"],
  ])("%s is %s", (name, id) => expect(small().lookup(name)?.id).toBe(id));

  it.each([[""], ["js"], ["nothing here"], ["ruff format"]])("%s is nothing", (name) =>
    expect(small().lookup(name)).toBeUndefined(),
  );

  it("keeps a lower-case one-word name out of a phrase but finds it alone", () => {
    expect(small().lookup("ruff")?.id).toBe("ruff");
    expect(small().lookup("the ruff")).toBeUndefined();
  });
});

describe("scan", () => {
  const found = (text: string) =>
    small()
      .scan(text)
      .map((h) => `${h.text}@${h.index}`);

  it("finds names in running text with their place, longest first", () => {
    expect(found("We use SvelteKit and Postgres.")).toEqual(["SvelteKit@7", "Postgres@21"]);
    expect(found("routes via react-router, views in vue")).toEqual(["react-router@11", "vue@34"]);
  });

  it("reads an everyday word only with its capital, and says it needs a signal", () => {
    expect(found("an express delivery")).toEqual([]);
    const [hit] = small().scan("Express serves it");
    expect(hit).toMatchObject({ text: "Express", exact: true });
    expect(small().scan("Vue renders it")[0].exact).toBe(false);
  });

  it("reads a curly apostrophe as the straight one a registry name has", () => {
    expect(found("TLS from Let’s Encrypt.")).toEqual(["Let’s Encrypt@9"]);
    expect(small().scan("(Let‘s Encrypt)")[0].tech.id).toBe("lets-encrypt");
  });

  it("spells a multi-word name as its package, unless the name is an everyday phrase", () => {
    expect(found("screens in swift-ui")).toEqual([]);
    expect(found("screens in Swift UI")).toEqual(["Swift UI@11"]);
  });
});

describe("family and nearest", () => {
  it.each([
    ["@trpc/client", "trpc"],
    ["react-router-dom", "react-router"],
    ["postgresql-client", "postgresql"],
  ])("%s belongs to %s", (name, id) => expect(small().family(name)?.id).toBe(id));

  it("finds a family from three letters on, never an everyday word", () => {
    expect(small().family("vuex")?.id).toBe("vue");
    expect(small().family("vu")).toBeUndefined();
    expect(small().family("expressive")).toBeUndefined();
  });

  it.each([
    ["Postgress", "PostgreSQL"],
    ["SvelteKot", "SvelteKit"],
    ["React Ruter", "React Router"],
  ])("%s is close to %s", (name, near) => expect(small().nearest(name)).toBe(near));

  it.each([["Vux"], ["Quasar"], ["Postgrexxx"]])("%s is close to nothing", (name) =>
    expect(small().nearest(name)).toBeUndefined(),
  );
});
