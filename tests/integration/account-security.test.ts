import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createApiToken, listApiTokens, MAX_ACTIVE_TOKENS, revokeApiToken } from "@/lib/account/tokens";
import { confirmTotp, disableTotp, getTotpEnrolment } from "@/lib/account/totp";
import type { AuditActor, RequestContext } from "@/lib/audit/record-audit";
import { getApiViewer } from "@/lib/auth/api-viewer";
import { hashPassword } from "@/lib/auth/passwords";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { currentTotp } from "@/lib/auth/totp";
import { getPrisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashApiToken } from "@/lib/auth/api-token-hash";

const PASSWORD = "Zx9!mountain-river";
const settings = readAuthSettings({ ...process.env, MFA_REQUIRED_ROLES: "ADMIN,AUDITOR,SUPERVISOR,LEADER" });
let passwordHash: Promise<string> | undefined;

/** Each test its own account and client address: the database is shared by the whole tier. */
async function createUser(role: Role, options: { isDemo?: boolean } = {}) {
  const db = getPrisma();
  const unit = await db.unit.findUniqueOrThrow({ where: { code: "city" }, select: { id: true } });
  const username = `sec-${role.toLowerCase()}-${randomUUID().slice(0, 8)}`;
  const user = await db.user.create({
    data: {
      username,
      displayName: "安全测试",
      role,
      unitId: unit.id,
      passwordHash: await (passwordHash ??= hashPassword(PASSWORD)),
      mustChangePassword: false,
      isDemo: options.isDemo ?? false,
    },
  });
  const actor: AuditActor = { userId: user.id, username, role, unitCode: "city" };
  const context: RequestContext = {
    clientAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    requestId: randomUUID(),
  };
  return { id: user.id, username, actor, context };
}

type TestUser = Awaited<ReturnType<typeof createUser>>;

async function enrol(user: TestUser) {
  const enrolment = await getTotpEnrolment(getPrisma(), user.id, settings);
  if (enrolment.enabled) throw new Error("already enrolled");
  await confirmTotp(getPrisma(), user.actor, user.context, { code: currentTotp(enrolment.secret, user.username) });
  return enrolment.secret;
}

const signIn = (user: TestUser, totpCode?: string) =>
  signInWithPassword(
    getPrisma(),
    { username: user.username, password: PASSWORD, totpCode, context: user.context },
    settings,
  );

const bearer = (token: string) =>
  getApiViewer(new Request("http://portal.test/api/v1/plans/2022", { headers: { authorization: `Bearer ${token}` } }));

async function auditRows(userId: number) {
  return getPrisma().auditEvent.findMany({
    where: { userId, action: { startsWith: "account." } },
    orderBy: { id: "asc" },
  });
}

describe("second factor (TOTP)", () => {
  it("keeps one pending secret until it is confirmed, and sign-in ignores it meanwhile", async () => {
    const user = await createUser("DEPARTMENT");
    const first = await getTotpEnrolment(getPrisma(), user.id, settings);
    const again = await getTotpEnrolment(getPrisma(), user.id, settings);
    expect(first.enabled).toBe(false);
    expect(again).toEqual(first);
    expect(await signIn(user)).toMatchObject({ ok: true });
  });

  it("enables only with a valid code, and then sign-in requires the code", async () => {
    const user = await createUser("LEADER");
    const enrolment = await getTotpEnrolment(getPrisma(), user.id, settings);
    if (enrolment.enabled) throw new Error("unexpected");
    expect(enrolment.required).toBe(true);
    const wrong = currentTotp(enrolment.secret, user.username) === "000000" ? "111111" : "000000";
    await expect(confirmTotp(getPrisma(), user.actor, user.context, { code: wrong })).rejects.toThrow(UserError);
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();

    await confirmTotp(getPrisma(), user.actor, user.context, { code: currentTotp(enrolment.secret, user.username) });
    const after = await getTotpEnrolment(getPrisma(), user.id, settings);
    expect(after).toMatchObject({ enabled: true });
    expect(JSON.stringify(after)).not.toContain(enrolment.secret);

    expect(await signIn(user)).toEqual({ ok: false, error: "TOTP_REQUIRED" });
    expect(await signIn(user, currentTotp(enrolment.secret, user.username))).toMatchObject({ ok: true });
  });

  it("counts a wrong code at sign-in as a failed attempt", async () => {
    const user = await createUser("AUDITOR");
    const secret = await enrol(user);
    const wrong = currentTotp(secret, user.username) === "000000" ? "111111" : "000000";
    expect(await signIn(user, wrong)).toEqual({ ok: false, error: "TOTP_INVALID" });
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(1);
    expect(await signIn(user, currentTotp(secret, user.username))).toMatchObject({ ok: true });
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(0);
  });

  it("refuses to turn off a second factor the role requires", async () => {
    const user = await createUser("ADMIN");
    const secret = await enrol(user);
    await expect(
      disableTotp(
        getPrisma(),
        user.actor,
        user.context,
        { currentPassword: PASSWORD, code: currentTotp(secret, user.username) },
        settings,
      ),
    ).rejects.toThrow("您的角色按规定必须使用两步验证");
    expect(await signIn(user)).toEqual({ ok: false, error: "TOTP_REQUIRED" });
  });

  it("lets a demo account of a required role turn it off", async () => {
    const user = await createUser("ADMIN", { isDemo: true });
    const secret = await enrol(user);
    await disableTotp(
      getPrisma(),
      user.actor,
      user.context,
      { currentPassword: PASSWORD, code: currentTotp(secret, user.username) },
      settings,
    );
    expect(await signIn(user)).toMatchObject({ ok: true });
  });

  it("turns off only with the current password and a valid code, then shows a fresh secret", async () => {
    const user = await createUser("DEPARTMENT");
    const secret = await enrol(user);
    const code = currentTotp(secret, user.username);
    await expect(
      disableTotp(getPrisma(), user.actor, user.context, { currentPassword: "not-my-password", code }, settings),
    ).rejects.toThrow("当前密码不正确");
    await expect(
      disableTotp(
        getPrisma(),
        user.actor,
        user.context,
        { currentPassword: PASSWORD, code: code === "000000" ? "111111" : "000000" },
        settings,
      ),
    ).rejects.toThrow("动态口令不正确");
    expect(await signIn(user)).toEqual({ ok: false, error: "TOTP_REQUIRED" });

    await disableTotp(getPrisma(), user.actor, user.context, { currentPassword: PASSWORD, code }, settings);
    expect(await signIn(user)).toMatchObject({ ok: true });
    const next = await getTotpEnrolment(getPrisma(), user.id, settings);
    expect(next.enabled).toBe(false);
    expect(next.enabled === false && next.secret).not.toBe(secret);
  });

  it("audits enabling and disabling without the secret", async () => {
    const user = await createUser("COUNTY_REPORTER");
    const secret = await enrol(user);
    await disableTotp(
      getPrisma(),
      user.actor,
      user.context,
      { currentPassword: PASSWORD, code: currentTotp(secret, user.username) },
      settings,
    );
    const rows = await auditRows(user.id);
    expect(rows.map((row) => [row.action, row.result])).toEqual([
      ["account.totp-enable", "SUCCESS"],
      ["account.totp-disable", "SUCCESS"],
    ]);
    expect(
      rows.every((row) => row.requestId === user.context.requestId && row.clientAddress === user.context.clientAddress),
    ).toBe(true);
    expect(JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? String(value) : value))).not.toContain(
      secret,
    );
  });
});

describe("API tokens", () => {
  it("creates a token that the API accepts as its owner, storing only its hash and prefix", async () => {
    const user = await createUser("DEPARTMENT");
    const created = await createApiToken(getPrisma(), user.actor, user.context, { name: "数据大屏" }, settings);
    expect(created.token).toMatch(/^ptk_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 12));
    const stored = await getPrisma().apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(created.token) } });
    expect(stored).toMatchObject({ userId: user.id, name: "数据大屏", prefix: created.prefix, revokedAt: null });
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const viewer = await bearer(created.token);
    expect(viewer).toMatchObject({ userId: user.id, username: user.username, role: "DEPARTMENT" });
  });

  it("lists the person's own tokens without their hashes", async () => {
    const user = await createUser("DEPARTMENT");
    const other = await createUser("DEPARTMENT");
    const created = await createApiToken(getPrisma(), user.actor, user.context, { name: "统计报表" }, settings);
    await createApiToken(getPrisma(), other.actor, other.context, { name: "别人的令牌" }, settings);
    const tokens = await listApiTokens(getPrisma(), user.id);
    expect(tokens.map((token) => token.name)).toEqual(["统计报表"]);
    expect(Object.keys(tokens[0]).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt"]);
    expect(JSON.stringify(tokens)).not.toContain(hashApiToken(created.token));
  });

  it("lets only the owner revoke a token, and a revoked token is refused", async () => {
    const owner = await createUser("DEPARTMENT");
    const intruder = await createUser("ADMIN");
    const created = await createApiToken(getPrisma(), owner.actor, owner.context, { name: "对接系统" }, settings);

    await expect(revokeApiToken(getPrisma(), intruder.actor, intruder.context, { id: created.id })).rejects.toThrow(
      "令牌不存在",
    );
    expect((await getPrisma().apiToken.findUniqueOrThrow({ where: { id: created.id } })).revokedAt).toBeNull();
    expect(await bearer(created.token)).toMatchObject({ userId: owner.id });

    await revokeApiToken(getPrisma(), owner.actor, owner.context, { id: created.id });
    expect(await bearer(created.token)).toBeNull();
    await expect(revokeApiToken(getPrisma(), owner.actor, owner.context, { id: created.id })).rejects.toThrow(
      "该令牌已撤销",
    );
  });

  it(`refuses the ${MAX_ACTIVE_TOKENS + 1}th active token, and frees a place when one is revoked`, async () => {
    const user = await createUser("COUNTY_APPROVER");
    const created = [];
    for (let i = 1; i <= MAX_ACTIVE_TOKENS; i++)
      created.push(await createApiToken(getPrisma(), user.actor, user.context, { name: `令牌${i}` }, settings));
    await expect(createApiToken(getPrisma(), user.actor, user.context, { name: "多余的" }, settings)).rejects.toThrow(
      `最多保留 ${MAX_ACTIVE_TOKENS} 个有效令牌`,
    );
    expect(await getPrisma().apiToken.count({ where: { userId: user.id } })).toBe(MAX_ACTIVE_TOKENS);

    await revokeApiToken(getPrisma(), user.actor, user.context, { id: created[0].id });
    await createApiToken(getPrisma(), user.actor, user.context, { name: "替换的" }, settings);
    expect(await getPrisma().apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(MAX_ACTIVE_TOKENS);
  });

  it("holds the limit when requests arrive at the same time", async () => {
    const user = await createUser("COUNTY_APPROVER");
    const results = await Promise.allSettled(
      Array.from({ length: MAX_ACTIVE_TOKENS + 3 }, (_, i) =>
        createApiToken(getPrisma(), user.actor, user.context, { name: `并发${i}` }, settings),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(MAX_ACTIVE_TOKENS);
    expect(await getPrisma().apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(MAX_ACTIVE_TOKENS);
  });

  it("is not handed out before a required second factor is enrolled", async () => {
    const user = await createUser("SUPERVISOR");
    await expect(createApiToken(getPrisma(), user.actor, user.context, { name: "督查" }, settings)).rejects.toThrow(
      "请先开启两步验证",
    );
    await enrol(user);
    await expect(
      createApiToken(getPrisma(), user.actor, user.context, { name: "督查" }, settings),
    ).resolves.toMatchObject({ name: "督查" });
  });

  it("audits creation and revocation without the token or its hash", async () => {
    const user = await createUser("DEPARTMENT");
    const created = await createApiToken(getPrisma(), user.actor, user.context, { name: "审计检查" }, settings);
    await revokeApiToken(getPrisma(), user.actor, user.context, { id: created.id });
    const rows = await auditRows(user.id);
    expect(rows.map((row) => [row.action, row.result, row.objectType, row.objectId])).toEqual([
      ["account.token-create", "SUCCESS", "ApiToken", String(created.id)],
      ["account.token-revoke", "SUCCESS", "ApiToken", String(created.id)],
    ]);
    const text = JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? String(value) : value));
    expect(text).toContain("审计检查");
    expect(text).not.toContain(created.token);
    expect(text).not.toContain(hashApiToken(created.token));
  });
});
