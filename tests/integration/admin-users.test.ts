import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  createUser,
  disableUser,
  enableUser,
  resetUserPassword,
  revokeUserApiToken,
  unlockUser,
  updateUser,
} from "@/lib/admin/users";
import type { AuditActor } from "@/lib/audit/record-audit";
import { verifyPassword } from "@/lib/auth/passwords";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";
import { createSession } from "@/lib/auth/sessions";
import { getPrisma } from "@/lib/db";
import { UserError } from "@/lib/errors";

const db = getPrisma();
const context = () => ({ clientAddress: "10.9.0.1", requestId: randomUUID() });
const uniqueUsername = (label: string) => `t-admin-${label}-${randomUUID().slice(0, 8)}`;

async function actorOf(userId: number): Promise<AuditActor> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, username: true, role: true, unit: { select: { code: true } } },
  });
  return { userId: user.id, username: user.username, role: user.role, unitCode: user.unit.code };
}

let admin: AuditActor;

beforeAll(async () => {
  const seeded = await db.user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } });
  const created = await createUser(db, await actorOf(seeded.id), context(), {
    username: uniqueUsername("actor"),
    displayName: "测试管理员",
    role: "ADMIN",
    unitCode: "city",
  });
  admin = await actorOf(created.userId);
});

async function newUser(role: Role = "COUNTY_REPORTER", unitCode = "licheng") {
  return createUser(db, admin, context(), {
    username: uniqueUsername(role.toLowerCase().slice(0, 6)),
    displayName: "测试用户",
    role,
    unitCode,
  });
}

const userRow = (id: number) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: {
      displayName: true,
      role: true,
      passwordHash: true,
      mustChangePassword: true,
      failedAttempts: true,
      lockedUntil: true,
      disabledAt: true,
      unit: { select: { code: true } },
    },
  });

/** The audit rows of one request, checked to carry no secret of the account. */
async function auditRows(requestId: string, secrets: string[] = []) {
  const rows = await db.auditEvent.findMany({
    where: { requestId },
    select: { action: true, result: true, username: true, objectType: true, objectId: true, before: true, after: true },
  });
  for (const row of rows) {
    const text = JSON.stringify([row.before, row.after]);
    for (const forbidden of ["passwordHash", "totpSecret", "tokenHash", "$argon2", ...secrets])
      expect(text).not.toContain(forbidden);
  }
  return rows;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof UserError ? error.message : error),
  );

describe("creating an account", () => {
  it("gives a one-time temporary password that meets the policy and must be changed at first sign-in", async () => {
    const ctx = context();
    const username = uniqueUsername("new");
    const created = await createUser(db, admin, ctx, {
      username,
      displayName: "张三",
      role: "COUNTY_APPROVER",
      unitCode: "xianyou",
    });
    expect(checkPasswordPolicy(created.temporaryPassword, username)).toEqual([]);
    const user = await userRow(created.userId);
    expect(user).toMatchObject({
      displayName: "张三",
      role: "COUNTY_APPROVER",
      mustChangePassword: true,
      disabledAt: null,
      unit: { code: "xianyou" },
    });
    expect(await verifyPassword(user.passwordHash, created.temporaryPassword)).toBe(true);

    const [row] = await auditRows(ctx.requestId, [created.temporaryPassword, user.passwordHash]);
    expect(row).toMatchObject({
      action: "user.create",
      result: "SUCCESS",
      username: admin.username,
      objectType: "User",
      objectId: username,
      before: null,
    });
    expect(row.after).toMatchObject({
      username,
      displayName: "张三",
      role: "COUNTY_APPROVER",
      unitCode: "xianyou",
      mustChangePassword: true,
      disabledAt: null,
    });
  });

  it("refuses a username that is taken, in Chinese, and creates nothing", async () => {
    const first = await newUser();
    const taken = (await db.user.findUniqueOrThrow({ where: { id: first.userId }, select: { username: true } }))
      .username;
    const ctx = context();
    expect(
      await refusal(
        createUser(db, admin, ctx, { username: taken, displayName: "重名", role: "LEADER", unitCode: "city" }),
      ),
    ).toBe(`用户名「${taken}」已被使用,请换一个。`);
    expect(await userRow(first.userId)).toMatchObject({ displayName: "测试用户", role: "COUNTY_REPORTER" });
    expect(await auditRows(ctx.requestId)).toEqual([]);
  });

  it("refuses a username taken by another administrator at the same moment with the Chinese message, not a database error", async () => {
    const username = uniqueUsername("race");
    const unit = await db.unit.findUniqueOrThrow({ where: { code: "city" }, select: { id: true } });
    let inserted!: () => void;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    // The other administrator's row exists but is not committed yet, so the name check cannot see it; the unique index must.
    const other = db.$transaction(async (tx) => {
      await tx.user.create({
        data: { username, displayName: "先到", role: "LEADER", unitId: unit.id, passwordHash: "x" },
      });
      inserted();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    });
    await insertedSignal;
    const mine = refusal(
      createUser(db, admin, context(), { username, displayName: "后到", role: "LEADER", unitCode: "city" }),
    );
    await other;
    expect(await mine).toBe(`用户名「${username}」已被使用,请换一个。`);
    expect(await db.user.findUniqueOrThrow({ where: { username }, select: { displayName: true } })).toEqual({
      displayName: "先到",
    });
  });

  it("refuses a role that does not fit the unit and creates nothing", async () => {
    const username = uniqueUsername("misfit");
    const ctx = context();
    expect(
      await refusal(
        createUser(db, admin, ctx, { username, displayName: "错配", role: "DEPARTMENT", unitCode: "licheng" }),
      ),
    ).toBe("「科室」角色只能属于市局科室,不能设在「荔城区」。");
    expect(await db.user.findUnique({ where: { username } })).toBeNull();
    expect(await auditRows(ctx.requestId)).toEqual([]);
  });
});

describe("editing an account", () => {
  it("changes name, role and unit together and records before and after", async () => {
    const { userId, username } = await newUser("COUNTY_REPORTER", "licheng");
    await db.user.update({ where: { id: userId }, data: { totpSecret: "JBSWY3DPEHPK3PXP" } });
    const ctx = context();
    expect(
      await updateUser(db, admin, ctx, { userId, displayName: "李四", role: "DEPARTMENT", unitCode: "yanglao" }),
    ).toEqual({ changed: true });
    expect(await userRow(userId)).toMatchObject({ displayName: "李四", role: "DEPARTMENT", unit: { code: "yanglao" } });
    const [row] = await auditRows(ctx.requestId, ["JBSWY3DPEHPK3PXP"]);
    expect(row).toMatchObject({ action: "user.update", objectId: username });
    expect(row.before).toMatchObject({ displayName: "测试用户", role: "COUNTY_REPORTER", unitCode: "licheng" });
    expect(row.after).toMatchObject({ displayName: "李四", role: "DEPARTMENT", unitCode: "yanglao" });
  });

  it("refuses a role that does not fit the unit and leaves the account as it was", async () => {
    const { userId } = await newUser("DEPARTMENT", "jiuzhu");
    const ctx = context();
    expect(
      await refusal(
        updateUser(db, admin, ctx, { userId, displayName: "改了名", role: "SUPERVISOR", unitCode: "jiuzhu" }),
      ),
    ).toBe("「督查」角色只能属于市民政局或办公室,不能设在「社会救助科」。");
    expect(await userRow(userId)).toMatchObject({
      displayName: "测试用户",
      role: "DEPARTMENT",
      unit: { code: "jiuzhu" },
    });
    expect(await auditRows(ctx.requestId)).toEqual([]);
  });

  it("does not let an administrator change their own role, but lets them fix their own name", async () => {
    expect(
      await refusal(
        updateUser(db, admin, context(), {
          userId: admin.userId,
          displayName: "测试管理员",
          role: "LEADER",
          unitCode: "city",
        }),
      ),
    ).toBe("不能修改自己账号的角色,请由另一位系统管理员操作。");
    expect((await userRow(admin.userId)).role).toBe("ADMIN");
    expect(
      await updateUser(db, admin, context(), {
        userId: admin.userId,
        displayName: "测试管理员甲",
        role: "ADMIN",
        unitCode: "city",
      }),
    ).toEqual({ changed: true });
  });
});

describe("disabling and re-enabling", () => {
  it("ends every active session of the account at once and leaves its API tokens alone", async () => {
    const { userId } = await newUser();
    const sessions = [await createSession(db, userId, "10.9.0.2"), await createSession(db, userId, "10.9.0.3")];
    const token = await db.apiToken.create({
      data: { userId, name: "测试令牌", tokenHash: randomBytes(32).toString("hex"), prefix: "ptk_test" },
    });
    const ctx = context();
    await disableUser(db, admin, ctx, { userId });

    expect((await userRow(userId)).disabledAt).not.toBeNull();
    const ended = await db.session.findMany({
      where: { id: { in: sessions } },
      select: { endedAt: true, endedReason: true },
    });
    expect(ended).toHaveLength(2);
    for (const session of ended)
      expect(session).toMatchObject({ endedAt: expect.any(Date), endedReason: "account-disabled" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
    const [row] = await auditRows(ctx.requestId, [token.tokenHash]);
    expect(row).toMatchObject({
      action: "user.disable",
      before: { disabledAt: null },
      after: { disabledAt: expect.any(String) },
    });

    const again = context();
    await enableUser(db, admin, again, { userId });
    expect((await userRow(userId)).disabledAt).toBeNull();
    expect((await auditRows(again.requestId))[0]).toMatchObject({
      action: "user.enable",
      before: { disabledAt: expect.any(String) },
      after: { disabledAt: null },
    });
  });

  it("refuses to let an administrator disable their own account", async () => {
    const session = await createSession(db, admin.userId, "10.9.0.4");
    const ctx = context();
    expect(await refusal(disableUser(db, admin, ctx, { userId: admin.userId }))).toBe("不能停用自己的账号。");
    expect((await userRow(admin.userId)).disabledAt).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: session } })).endedAt).toBeNull();
    expect(await auditRows(ctx.requestId)).toEqual([]);
  });
});

describe("unlocking", () => {
  it("clears the lock and the failure count", async () => {
    const { userId } = await newUser();
    await db.user.update({
      where: { id: userId },
      data: { lockedUntil: new Date(Date.now() + 30 * 60_000), failedAttempts: 2 },
    });
    const ctx = context();
    await unlockUser(db, admin, ctx, { userId });
    expect(await userRow(userId)).toMatchObject({ lockedUntil: null, failedAttempts: 0 });
    expect((await auditRows(ctx.requestId))[0]).toMatchObject({
      action: "user.unlock",
      before: { lockedUntil: expect.any(String), failedAttempts: 2 },
      after: { lockedUntil: null, failedAttempts: 0 },
    });
  });

  it("says so when the account is not locked", async () => {
    const { userId } = await newUser();
    expect(await refusal(unlockUser(db, admin, context(), { userId }))).toBe("该账号未被锁定,无需解锁。");
  });
});

describe("resetting a password", () => {
  it("sets a new temporary password, requires a change at next sign-in and ends the account's sessions", async () => {
    const { userId, username, temporaryPassword: first } = await newUser();
    await db.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
    const session = await createSession(db, userId, "10.9.0.5");
    const ctx = context();
    const { temporaryPassword } = await resetUserPassword(db, admin, ctx, { userId });

    expect(temporaryPassword).not.toBe(first);
    expect(checkPasswordPolicy(temporaryPassword, username)).toEqual([]);
    const user = await userRow(userId);
    expect(user.mustChangePassword).toBe(true);
    expect(await verifyPassword(user.passwordHash, temporaryPassword)).toBe(true);
    expect(await verifyPassword(user.passwordHash, first)).toBe(false);
    expect(
      await db.session.findUniqueOrThrow({ where: { id: session }, select: { endedAt: true, endedReason: true } }),
    ).toMatchObject({ endedAt: expect.any(Date), endedReason: "password-reset" });
    const [row] = await auditRows(ctx.requestId, [temporaryPassword, first, user.passwordHash]);
    expect(row).toMatchObject({
      action: "user.password-reset",
      objectId: username,
      before: { mustChangePassword: false },
      after: { mustChangePassword: true },
    });
  });

  it("refuses an administrator's own account: their own password is changed on the account page", async () => {
    const before = (await userRow(admin.userId)).passwordHash;
    expect(await refusal(resetUserPassword(db, admin, context(), { userId: admin.userId }))).toBe(
      "不能在此重置自己的密码,请在“我的账号”中修改密码。",
    );
    expect((await userRow(admin.userId)).passwordHash).toBe(before);
  });
});

describe("revoking an API token", () => {
  it("revokes the one token named, and only with its owner's id", async () => {
    const owner = await newUser("LEADER", "city");
    const other = await newUser("LEADER", "city");
    const token = await db.apiToken.create({
      data: { userId: owner.userId, name: "报表程序", tokenHash: randomBytes(32).toString("hex"), prefix: "ptk_abcd" },
    });
    const kept = await db.apiToken.create({
      data: { userId: owner.userId, name: "另一个", tokenHash: randomBytes(32).toString("hex"), prefix: "ptk_efgh" },
    });

    expect(await refusal(revokeUserApiToken(db, admin, context(), { userId: other.userId, tokenId: token.id }))).toBe(
      "该令牌不存在。",
    );
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();

    const ctx = context();
    await revokeUserApiToken(db, admin, ctx, { userId: owner.userId, tokenId: token.id });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: kept.id } })).revokedAt).toBeNull();
    const [row] = await auditRows(ctx.requestId, [token.tokenHash]);
    expect(row).toMatchObject({
      action: "user.api-token-revoke",
      objectType: "ApiToken",
      objectId: String(token.id),
      before: { name: "报表程序", revokedAt: null },
      after: { revokedAt: expect.any(String) },
    });

    expect(await refusal(revokeUserApiToken(db, admin, context(), { userId: owner.userId, tokenId: token.id }))).toBe(
      "该令牌已撤销。",
    );
  });
});
