import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUnit, updateUnit } from "@/lib/admin/units";
import { createUser } from "@/lib/admin/users";
import type { AuditActor } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { UserError } from "@/lib/errors";

const db = getPrisma();
const context = () => ({ clientAddress: "10.9.1.1", requestId: randomUUID() });
const suffix = () => randomUUID().slice(0, 8);
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof UserError ? error.message : error),
  );
const auditRows = (requestId: string) =>
  db.auditEvent.findMany({
    where: { requestId },
    select: { action: true, objectType: true, objectId: true, username: true, before: true, after: true },
  });

let admin: AuditActor;
const createdCodes: string[] = [];

beforeAll(async () => {
  const user = await db.user.findUniqueOrThrow({
    where: { username: "admin" },
    select: { id: true, username: true, role: true, unit: { select: { code: true } } },
  });
  admin = { userId: user.id, username: user.username, role: user.role, unitCode: user.unit.code };
});

// Other files count the seeded units; the units added here leave with their accounts (the audit rows stay).
afterAll(async () => {
  await db.user.deleteMany({ where: { unit: { code: { in: createdCodes } } } });
  await db.unit.deleteMany({ where: { code: { in: createdCodes } } });
});

async function newUnit(kind: "DEPARTMENT" | "COUNTY" = "COUNTY") {
  const id = suffix();
  const input = { code: `t-${id}`, name: `测试单位${id}`, shortName: `测试${id.slice(0, 4)}`, kind };
  await createUnit(db, admin, context(), input);
  createdCodes.push(input.code);
  return input;
}

describe("adding a unit", () => {
  it("adds it, audited, after the last unit of its kind so departments stay before counties", async () => {
    const id = suffix();
    const ctx = context();
    const input = { code: `t-${id}`, name: `测试科室${id}`, shortName: "测试科", kind: "DEPARTMENT" as const };
    expect(await createUnit(db, admin, ctx, input)).toEqual({ code: input.code });
    createdCodes.push(input.code);

    const order = (await db.unit.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, kind: true } })).map(
      (unit) => unit.kind,
    );
    expect(order).toEqual(
      [...order].sort(
        (a, b) => ["BUREAU", "DEPARTMENT", "COUNTY"].indexOf(a) - ["BUREAU", "DEPARTMENT", "COUNTY"].indexOf(b),
      ),
    );
    expect(
      await db.unit.findUniqueOrThrow({
        where: { code: input.code },
        select: { name: true, shortName: true, kind: true },
      }),
    ).toEqual({ name: input.name, shortName: "测试科", kind: "DEPARTMENT" });
    expect(await auditRows(ctx.requestId)).toEqual([
      {
        action: "unit.create",
        objectType: "Unit",
        objectId: input.code,
        username: admin.username,
        before: null,
        after: { code: input.code, name: input.name, shortName: "测试科", kind: "DEPARTMENT" },
      },
    ]);
  });

  it("takes accounts whose role fits its kind", async () => {
    const unit = await newUnit("COUNTY");
    const created = await createUser(db, admin, context(), {
      username: `t-admin-unit-${suffix()}`,
      displayName: "新县区填报员",
      role: "COUNTY_REPORTER",
      unitCode: unit.code,
    });
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: created.userId }, select: { unit: { select: { code: true } } } }))
        .unit.code,
    ).toBe(unit.code);
  });

  it("refuses a code or a name that is taken, in Chinese, and adds nothing", async () => {
    const ctx = context();
    expect(
      await refusal(
        createUnit(db, admin, ctx, { code: "licheng", name: `另一个${suffix()}`, shortName: "另一个", kind: "COUNTY" }),
      ),
    ).toBe("单位代码「licheng」已被使用,请换一个。");
    const code = `t-${suffix()}`;
    expect(
      await refusal(createUnit(db, admin, ctx, { code, name: "养老服务科", shortName: "养老科", kind: "DEPARTMENT" })),
    ).toBe("单位名称「养老服务科」已被其他单位使用,请换一个。");
    expect(await db.unit.findUnique({ where: { code } })).toBeNull();
    expect(await auditRows(ctx.requestId)).toEqual([]);
  });
});

describe("renaming a unit", () => {
  it("changes name and short name, keeps code and kind, and records before and after", async () => {
    const unit = await newUnit("COUNTY");
    const ctx = context();
    const name = `改名后${suffix()}`;
    expect(await updateUnit(db, admin, ctx, { code: unit.code, name, shortName: "改名后" })).toEqual({ changed: true });
    expect(
      await db.unit.findUniqueOrThrow({
        where: { code: unit.code },
        select: { name: true, shortName: true, kind: true },
      }),
    ).toEqual({ name, shortName: "改名后", kind: "COUNTY" });
    const [row] = await auditRows(ctx.requestId);
    expect(row).toMatchObject({
      action: "unit.update",
      objectId: unit.code,
      before: { code: unit.code, name: unit.name, shortName: unit.shortName, kind: "COUNTY" },
      after: { code: unit.code, name, shortName: "改名后", kind: "COUNTY" },
    });
  });

  it("refuses a name another unit has, in Chinese, and leaves the unit as it was", async () => {
    const unit = await newUnit("COUNTY");
    const ctx = context();
    expect(await refusal(updateUnit(db, admin, ctx, { code: unit.code, name: "荔城区", shortName: "荔城" }))).toBe(
      "单位名称「荔城区」已被其他单位使用,请换一个。",
    );
    expect(
      await db.unit.findUniqueOrThrow({ where: { code: unit.code }, select: { name: true, shortName: true } }),
    ).toEqual({ name: unit.name, shortName: unit.shortName });
    expect(await auditRows(ctx.requestId)).toEqual([]);
  });

  it("writes nothing when nothing changed", async () => {
    const unit = await newUnit("DEPARTMENT");
    const ctx = context();
    expect(await updateUnit(db, admin, ctx, { code: unit.code, name: unit.name, shortName: unit.shortName })).toEqual({
      changed: false,
    });
    expect(await auditRows(ctx.requestId)).toEqual([]);
  });
});
