import { describe, expect, it } from "vitest";
import {
  findClientReachOfServerOnly,
  findFolderCircles,
  findUnmarkedServerModules,
  findUpwardImports,
  libFolderEdges,
} from "./helpers/graph-rules";
import { readSourceFile, readSourceGraph, type SourceFile } from "./helpers/source-graph";

describe("the project's import graph", () => {
  const graph = readSourceGraph();

  it("reads the whole tree", () => {
    expect(graph.size).toBeGreaterThan(300);
    expect(graph.get("lib/db.ts")?.serverOnly).toBe(true);
  });

  it("has no circle between lib folders (a top-level lib/*.ts file counts as a folder of its own)", () => {
    expect(findFolderCircles(libFolderEdges(graph))).toEqual([]);
  });

  it("flows one way: lib never imports app, components or scripts; components never import app", () => {
    expect(findUpwardImports(graph)).toEqual([]);
  });

  it("keeps every server-only module out of the browser: no client component reaches one", () => {
    expect(findClientReachOfServerOnly(graph)).toEqual([]);
  });

  it("marks every lib module that reaches the database, a secret or a node-only service as server-only", () => {
    expect(findUnmarkedServerModules(graph)).toEqual([]);
  });
});

// The rules above pass on today's tree; these prove each one fails on the mistake it is there for.
function file(path: string, imports: string[], flags: Partial<SourceFile> = {}): SourceFile {
  return {
    path,
    imports: imports.map((entry) => {
      const [target, kind] = entry.split(" ");
      return { specifier: `@/${target}`, target, typeOnly: kind === "type" };
    }),
    useClient: false,
    useServer: false,
    serverOnly: false,
    text: "",
    ...flags,
  };
}
const graphOf = (...files: SourceFile[]) => new Map(files.map((f) => [f.path, f]));

describe("the rules catch what they are for", () => {
  it("reports a circle auth → audit → org → auth with the imports that make it, type-only ones included", () => {
    const circle = graphOf(
      file("lib/auth/viewer.ts", ["lib/audit/record-audit.ts"]),
      file("lib/audit/record-audit.ts", ["lib/org/queries.ts", "lib/db.ts"]),
      file("lib/org/queries.ts", ["lib/auth/viewer.ts type", "lib/db.ts"]),
      file("lib/db.ts", []),
    );
    const circles = findFolderCircles(libFolderEdges(circle));
    expect(circles).toHaveLength(1);
    expect(circles[0]).toMatch(/^lib\/(auth|audit|org) → .* → .* → lib\/\1\n/);
    expect(circles[0]).toContain("lib/org/queries.ts → lib/auth/viewer.ts");
  });

  it("reports lib importing a component and a component importing a page", () => {
    const upward = graphOf(
      file("lib/format.ts", ["components/ui/badge.tsx"]),
      file("components/ui/badge.tsx", ["app/page.tsx"]),
      file("app/page.tsx", ["components/ui/badge.tsx", "lib/format.ts"]),
    );
    expect(findUpwardImports(upward)).toEqual([
      "lib/format.ts → components/ui/badge.tsx",
      "components/ui/badge.tsx → app/page.tsx",
    ]);
  });

  it("follows a client component's value imports to a server-only module, but not type imports or server actions", () => {
    const client = graphOf(
      file("components/form.tsx", ["lib/labels.ts", "lib/queries.ts type", "lib/actions.ts"], { useClient: true }),
      file("lib/labels.ts", ["lib/queries.ts"]),
      file("lib/queries.ts", [], { serverOnly: true }),
      file("lib/actions.ts", ["lib/queries.ts"], { useServer: true }),
    );
    expect(findClientReachOfServerOnly(client)).toEqual(["components/form.tsx → lib/labels.ts → lib/queries.ts"]);
  });

  it("asks a module that reads the database or the session secret to say server-only", () => {
    const unmarked = graphOf(
      file("lib/reports/queries.ts", ["lib/db.ts"]),
      file("lib/auth/token.ts", [], { text: "const key = process.env.AUTH_SECRET;" }),
      file("lib/reports/actions.ts", ["lib/db.ts"], { useServer: true }),
      file("lib/plans/labels.ts", []),
    );
    expect(findUnmarkedServerModules(unmarked)).toEqual([
      "lib/reports/queries.ts (@/lib/db.ts)",
      "lib/auth/token.ts (AUTH_SECRET)",
    ]);
  });

  it("reads directives, server-only markers and type-only imports from the source text", () => {
    const parsed = readSourceFile(
      "components/example.tsx",
      `"use client";\nimport "server-only";\nimport type { Viewer } from "@/lib/auth/viewer";\nimport { can } from "../lib/policy";\nimport { z } from "zod";\n`,
    );
    expect(parsed).toMatchObject({ useClient: true, useServer: false, serverOnly: true });
    expect(parsed.imports).toEqual([
      { specifier: "server-only", target: undefined, typeOnly: false },
      { specifier: "@/lib/auth/viewer", target: "lib/auth/viewer.ts", typeOnly: true },
      { specifier: "../lib/policy", target: "lib/policy.ts", typeOnly: false },
      { specifier: "zod", target: undefined, typeOnly: false },
    ]);
  });
});
