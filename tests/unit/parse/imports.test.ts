import { describe, expect, it } from "vitest";
import { allChoices, parse } from "../helpers";

/** `technology[@version]` of each choice a code sample in a stack section yields, sorted. */
function importsOf(lang: string, lines: string[], heading = "Backend"): string[] {
  const doc = `# App\n\n## ${heading}\n\n\`\`\`${lang}\n${lines.join("\n")}\n\`\`\`\n`;
  return allChoices(parse(doc))
    .map((c) => (c.version ? `${c.technology}@${c.version}` : c.technology))
    .sort();
}

describe("a code sample's imports are the stack's packages", () => {
  it.each([
    [
      "Go, on a code host, sub-package and major version dropped",
      "go",
      ['import "github.com/gin-gonic/gin/binding"', '"github.com/go-redis/redis/v9"'],
      ["gin", "go-redis"],
    ],
    [
      "Go, an owner that spells out the repository",
      "go",
      ['"github.com/golang-migrate/migrate/v4"'],
      ["golang-migrate"],
    ],
    [
      "Go, a project's own domain",
      "go",
      ['gormpg "gorm.io/driver/postgres"', '"gorm.io/gorm"'],
      ["gorm"],
    ],
    [
      "Go, standard library only",
      "go",
      ['"fmt"', '"net/http"', '"golang.org/x/crypto/bcrypt"'],
      [],
    ],
    [
      "Go, an umbrella host: Uber's logger is not the ZAP scanner; gRPC by its name",
      "go",
      ['"go.uber.org/zap"', '"google.golang.org/grpc"', '"github.com/rs/zerolog/log"'],
      ["grpc", "uber-zap", "zerolog"],
    ],
    [
      "Go, GitLab and a major version in the path",
      "go",
      [
        '"gitlab.com/acme/toolkit/pkg"',
        '"github.com/labstack/echo/v4"',
        'import "github.com/spf13/cobra"',
      ],
      ["cobra", "echo", "toolkit"],
    ],
    [
      "a go.mod require block",
      "",
      ["require (", "\tgithub.com/gin-gonic/gin v1.9.1", "\tgo.uber.org/zap v1.26.0", ")"],
      ["gin@1.9.1", "uber-zap@1.26.0"],
    ],
    [
      "TypeScript: type-only, namespace, side-effect and bare require",
      "ts",
      [
        'import type { Z } from "zod";',
        'import * as React from "react";',
        'import "reflect-metadata";',
        "require('dotenv').config();",
      ],
      ["env", "react", "reflect-metadata", "zod"],
    ],
    ["an ES module file", "mjs", ["import fastify from 'fastify'"], ["fastify"]],
    [
      "Python, an alias and a relative import",
      "py",
      ["import numpy as np", "from . import local"],
      ["numpy"],
    ],
    ["go.mod, with versions", "", ["require github.com/gin-gonic/gin v1.9.1"], ["gin@1.9.1"]],
    [
      "TypeScript, default, named, scoped, deep and CommonJS",
      "ts",
      [
        'import express from "express";',
        'import { z } from "zod";',
        'const { PrismaClient } = require("@prisma/client");',
        'import x from "@tanstack/react-query/devtools";',
      ],
      ["express", "prisma-client", "tanstack-react-query", "zod"],
    ],
    [
      "JavaScript, relative and built-in modules skipped",
      "js",
      ['import "./local";', 'import fs from "fs";'],
      [],
    ],
    [
      "Python, from and import, sub-modules, standard library skipped",
      "python",
      [
        "from fastapi import FastAPI",
        "import sqlalchemy.orm",
        "import os",
        "import json",
        "from pydantic import BaseModel",
      ],
      ["fastapi", "pydantic", "sqlalchemy"],
    ],
    ["JavaScript lines in an untagged block", "", ['import express from "express";'], []],
  ])("%s", (_, lang, lines, expected) => {
    expect(importsOf(lang, lines)).toEqual(expected);
  });

  it("only in a section about the stack", () => {
    expect(importsOf("python", ["import fastapi"], "References")).toEqual([]);
  });
});
