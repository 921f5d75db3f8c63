// Every audit action code the portal writes has a Chinese label: the codes are found in the source
// (action: "…", the admin helpers' codes, and report.<step> for every workflow step).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_CODES, actionLabel } from "@/lib/audit/labels";
import { RIGHTS } from "@/lib/policy";
import { STEPS } from "@/lib/reports/workflow";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated") return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith(".ts") ? [full] : [];
  });
}

const CODE = /"((?:auth|account|user|unit|plan|report|attachment|extension|audit)\.[a-zA-Z.-]+)"/g;

function codesWritten(): string[] {
  const found = new Set<string>();
  for (const file of [...sourceFiles("lib"), ...sourceFiles("app")]) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!/action|audit/i.test(line)) continue;
      for (const match of line.matchAll(CODE)) found.add(match[1]);
    }
  }
  for (const step of Object.keys(STEPS)) found.add(`report.${step}`);
  return [...found].sort();
}

describe("audit action labels", () => {
  it("finds the codes the portal writes", () => {
    expect(codesWritten()).toEqual(expect.arrayContaining(["auth.sign-in", "report.approve", "user.create"]));
  });

  it("labels every code written and every right in Chinese", () => {
    const unlabelled = [...codesWritten(), ...RIGHTS].filter((code) => !/[\u4e00-\u9fa5]/.test(actionLabel(code)));
    expect(unlabelled).toEqual([]);
  });

  it("keeps the labels of codes older rows carry", () => {
    for (const old of [
      "account.manageOwn",
      "user.manage",
      "unit.manage",
      "report.act",
      "dashboard.read",
      "plan.import",
    ])
      expect(AUDIT_ACTION_CODES).toContain(old);
  });
});
