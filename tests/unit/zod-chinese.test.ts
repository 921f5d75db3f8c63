import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as accountSchemas from "@/lib/account/schemas";
import * as securitySchemas from "@/lib/account/security-schemas";
import * as adminSchemas from "@/lib/admin/schemas";
import * as auditSchemas from "@/lib/audit/schemas";
import * as extensionSchemas from "@/lib/extensions/schemas";
import * as notificationSchemas from "@/lib/notifications/schemas";
import { indicatorScheduleSchema } from "@/lib/plans/schedules";
import * as planSchemas from "@/lib/plans/schemas";
import { planWeightsSchema } from "@/lib/plans/weights";
import * as reminderSchemas from "@/lib/reminders/schemas";
import * as importSchemas from "@/lib/reports/import-schemas";
import * as reportSchemas from "@/lib/reports/schemas";
import { idSchema, idTextSchema } from "@/lib/validation/id";

// Every schema a caller can reach, fed wrong values at every depth: whatever it answers must be
// Chinese. English words allowed are the API's own parameter names, which the caller typed.
const MODULES = {
  accountSchemas,
  securitySchemas,
  adminSchemas,
  auditSchemas,
  extensionSchemas,
  notificationSchemas,
  planSchemas,
  reminderSchemas,
  importSchemas,
  reportSchemas,
  plansEditing: { planWeightsSchema, indicatorScheduleSchema },
  ids: { idSchema: idSchema(), idTextSchema: idTextSchema() },
};
const BAD_VALUES: unknown[] = [
  undefined,
  null,
  true,
  -1,
  1.5,
  1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "",
  "x",
  "99999999999",
  "字".repeat(600_000),
  [],
  Array.from({ length: 6000 }, () => ({})),
  {},
  { nested: "x" },
];
const ENGLISH_WORD = /[A-Za-z]{4,}/g;

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Inputs that put each bad value in each field, down to nested objects and list elements. */
function badInputs(schema: z.ZodType, depth = 0): unknown[] {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === "pipe" ? (def as unknown as { in: z.ZodType }).in : undefined);
  if (inner) return badInputs(inner, depth);
  if (depth > 4) return BAD_VALUES;
  if (def.type === "object" && def.shape)
    return [
      ...BAD_VALUES,
      ...Object.entries(def.shape).flatMap(([key, field]) =>
        badInputs(field, depth + 1).map((value) => ({ [key]: value })),
      ),
    ];
  if (def.type === "array" && def.element)
    return [...BAD_VALUES, ...badInputs(def.element, depth + 1).map((value) => [value])];
  return BAD_VALUES;
}

const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === "object" && value !== null && "safeParse" in value && "_zod" in value;

const schemas = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isSchema(value))
    .map(([name, schema]) => [`${module}.${name}`, schema as z.ZodType] as const),
);

describe("validation messages", () => {
  it("covers the schemas callers reach", () => {
    expect(schemas.length).toBeGreaterThan(20);
  });

  it.each(schemas)("%s answers bad input in Chinese", (_name, schema) => {
    const english = new Set<string>();
    let refusals = 0;
    for (const input of badInputs(schema)) {
      const parsed = schema.safeParse(input);
      if (parsed.success) continue;
      refusals++;
      for (const issue of parsed.error.issues) {
        expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
        for (const word of issue.message.match(ENGLISH_WORD) ?? []) english.add(`${word}: ${issue.message}`);
      }
    }
    expect(refusals).toBeGreaterThan(0);
    expect([...english]).toEqual([]);
  });

  it("names the limit in words a person reads, not zod's", () => {
    const tooMany = reportSchemas.saveReportSchema.safeParse({
      pointId: 1,
      period: "2022-10",
      expectedVersion: null,
      narrative: {},
      values: Array.from({ length: 51 }, () => ({ indicatorId: 1 })),
    });
    expect(tooMany.error?.issues.map((issue) => issue.message)).toEqual(["一份报告最多 50 项指标"]);
  });

  it("refuses ids beyond PostgreSQL's integer range as a field message", () => {
    const parsed = notificationSchemas.markReadSchema.safeParse({ id: 1e20 });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["id", "通知编号无效"],
    ]);
    expect(idTextSchema("令牌编号").safeParse("2147483648").success).toBe(false);
    expect(idTextSchema("令牌编号").safeParse("2147483647").data).toBe(2147483647);
  });
});

describe("the house rule behind it", () => {
  // Start-up settings are read by the operator, not a caller; everything else parses with the Chinese zod.
  const ALLOWED = new Set(["lib/env.ts", "lib/auth/settings.ts", "lib/validation/zod.ts"]);

  it("every module that validates takes z from lib/validation/zod", () => {
    const offenders = ["app", "components", "lib"]
      .flatMap((folder) =>
        readdirSync(folder, { recursive: true, encoding: "utf8" }).map((file) => `${folder}/${file}`),
      )
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith("lib/generated/") && !ALLOWED.has(file))
      .filter((file) => /^import \{[^}]*\} from "zod";?$/m.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
