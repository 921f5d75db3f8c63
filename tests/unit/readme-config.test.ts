// README's configuration tables are the operator's manual: they must name every setting lib/env.ts
// reads, nothing it does not know, and the defaults it really applies.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INTERNAL_VARIABLES, readEnv, USER_VARIABLES } from "@/lib/env";

const README = readFileSync(path.resolve("README.md"), "utf8");
const section = README.slice(
  README.indexOf("## Configuration"),
  README.indexOf("\n## ", README.indexOf("## Configuration") + 1),
);
const rows = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]*)` +\| ([^|]*?) +\|/gm)].map(([, name, fallback]) => ({
  name,
  fallback,
}));
// Read by the test tiers, never by the portal.
const TEST_VARIABLES = ["TEST_DATABASE_URL", "E2E_PORT", "CHROMIUM_PATH"];

describe("README's configuration tables", () => {
  it("document every variable an operator may set", () => {
    expect(rows.length).toBeGreaterThan(0);
    const documented = rows.map((row) => row.name);
    expect(USER_VARIABLES.filter((name) => !documented.includes(name))).toEqual([]);
  });

  it("document only variables the portal reads as settings", () => {
    expect(rows.map((row) => row.name).filter((name) => !(USER_VARIABLES as string[]).includes(name))).toEqual([]);
  });

  it("name no variable anywhere that lib/env.ts does not know", () => {
    const named = [...README.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)].map(([, name]) => name);
    const known = [...USER_VARIABLES, ...INTERNAL_VARIABLES, ...TEST_VARIABLES] as string[];
    expect([...new Set(named.filter((name) => !known.includes(name)))]).toEqual([]);
  });

  it("give the defaults lib/env.ts applies", () => {
    const defaults = readEnv({}) as unknown as Record<string, unknown>;
    for (const { name, fallback } of rows) {
      const value = defaults[name];
      const shown = fallback.replaceAll("`", "");
      if (shown === "—") {
        const empty =
          value === undefined || (value instanceof Set && !value.size) || (value instanceof Map && !value.size);
        expect(empty, `${name}: README says no default`).toBe(true);
      } else if (value !== undefined) {
        const actual = Array.isArray(value) ? value.join(",") : String(value);
        expect(
          actual === shown || actual === path.normalize(shown),
          `${name}: README ${shown}, lib/env.ts ${actual}`,
        ).toBe(true);
      }
    }
  });
});
