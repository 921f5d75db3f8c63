import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { loadViewer } from "@/lib/auth/load-viewer";
import { hashPassword } from "@/lib/auth/passwords";
import { endUserSessions } from "@/lib/auth/sessions";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";

const settings = readAuthSettings({ NODE_ENV: "test", LOGIN_IP_MAX_FAILURES: "3", MFA_REQUIRED_ROLES: "ADMIN" });
const PASSWORD = "Lanhua#Xianyou7";

async function createUser(role: "COUNTY_REPORTER" | "ADMIN" = "COUNTY_REPORTER", unitCode = "xianyou") {
  const unit = await getPrisma().unit.findUniqueOrThrow({ where: { code: unitCode } });
  return getPrisma().user.create({
    data: {
      username: `t-${randomUUID().slice(0, 8)}`,
      displayName: "测试",
      role,
      unitId: unit.id,
      passwordHash: await hashPassword(PASSWORD),
      mustChangePassword: false,
    },
  });
}

const context = () => ({
  clientAddress: `10.0.0.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`,
  requestId: randomUUID(),
});

describe("signing in", () => {
  it("opens a server-side session and audits the sign-in", async () => {
    const user = await createUser();
    const ctx = context();
    const result = await signInWithPassword(
      getPrisma(),
      { username: user.username, password: PASSWORD, context: ctx },
      settings,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      await getPrisma().session.findUnique({
        where: { id: result.sessionId },
        select: { userId: true, endedAt: true },
      }),
    ).toEqual({ userId: user.id, endedAt: null });
    expect(
      await getPrisma().auditEvent.findFirst({
        where: { requestId: ctx.requestId },
        select: { action: true, result: true, username: true },
      }),
    ).toEqual({ action: "auth.sign-in", result: "SUCCESS", username: user.username });
  });

  it("locks the account after five wrong passwords, and then refuses the right one", async () => {
    const user = await createUser();
    const results = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      results.push(
        await signInWithPassword(
          getPrisma(),
          {
            username: user.username,
            password: "wrong",
            context: { clientAddress: `lock-${user.id}-${attempt}`, requestId: randomUUID() },
          },
          settings,
        ),
      );
    }
    expect(results.map((result) => (result.ok ? "ok" : result.error))).toEqual([
      "INVALID",
      "INVALID",
      "INVALID",
      "INVALID",
      "LOCKED",
    ]);
    const right = await signInWithPassword(
      getPrisma(),
      { username: user.username, password: PASSWORD, context: context() },
      settings,
    );
    expect(right).toEqual({ ok: false, error: "LOCKED" });
    expect(await getPrisma().auditEvent.count({ where: { action: "auth.lockout", objectId: user.username } })).toBe(1);
  });

  it("limits failures per client address, counting failures only, shared through the database", async () => {
    const user = await createUser();
    const other = await createUser();
    const address = { clientAddress: `limit-${user.id}`, requestId: randomUUID() };
    expect(
      (
        await signInWithPassword(
          getPrisma(),
          { username: user.username, password: PASSWORD, context: address },
          settings,
        )
      ).ok,
    ).toBe(true);
    for (const name of [user.username, other.username, "nobody-here"]) {
      await signInWithPassword(getPrisma(), { username: name, password: "wrong", context: address }, settings);
    }
    expect(
      await signInWithPassword(
        getPrisma(),
        { username: other.username, password: PASSWORD, context: address },
        settings,
      ),
    ).toEqual({ ok: false, error: "ADDRESS_LIMITED" });
    expect(
      (
        await signInWithPassword(
          getPrisma(),
          { username: other.username, password: PASSWORD, context: context() },
          settings,
        )
      ).ok,
    ).toBe(true);
  });

  it("gives an unknown username the same answer as a wrong password", async () => {
    expect(
      await signInWithPassword(getPrisma(), { username: "no-such-user", password: "x", context: context() }, settings),
    ).toEqual({ ok: false, error: "INVALID" });
  });
});

describe("the viewer behind a session", () => {
  async function signedIn(role: "COUNTY_REPORTER" | "ADMIN" = "COUNTY_REPORTER") {
    const user = await createUser(role);
    const result = await signInWithPassword(
      getPrisma(),
      { username: user.username, password: PASSWORD, context: context() },
      settings,
    );
    if (!result.ok) throw new Error(result.error);
    return { user, sessionId: result.sessionId };
  }

  it("reads role and unit from the database as they are now, whatever the session began with", async () => {
    const { user, sessionId } = await signedIn();
    expect(await loadViewer(getPrisma(), sessionId, settings, context())).toMatchObject({
      role: "COUNTY_REPORTER",
      unitCode: "xianyou",
    });
    const licheng = await getPrisma().unit.findUniqueOrThrow({ where: { code: "licheng" } });
    await getPrisma().user.update({ where: { id: user.id }, data: { role: "COUNTY_APPROVER", unitId: licheng.id } });
    expect(await loadViewer(getPrisma(), sessionId, settings, context())).toMatchObject({
      role: "COUNTY_APPROVER",
      unitCode: "licheng",
    });
  });

  it("ends an idle session on the server, and one past its absolute lifetime", async () => {
    const idle = await signedIn();
    const later = new Date(Date.now() + settings.sessionIdleMs + 1000);
    expect(await loadViewer(getPrisma(), idle.sessionId, settings, context(), later)).toBeNull();
    expect((await getPrisma().session.findUniqueOrThrow({ where: { id: idle.sessionId } })).endedReason).toBe("idle");
    expect(await loadViewer(getPrisma(), idle.sessionId, settings, context())).toBeNull();

    const old = await signedIn();
    await getPrisma().session.update({
      where: { id: old.sessionId },
      data: { createdAt: new Date(Date.now() - settings.sessionMaxMs - 1000) },
    });
    expect(await loadViewer(getPrisma(), old.sessionId, settings, context())).toBeNull();
    expect((await getPrisma().session.findUniqueOrThrow({ where: { id: old.sessionId } })).endedReason).toBe("expired");
  });

  it("ends every session of a disabled account or after its sessions are ended", async () => {
    const disabled = await signedIn();
    await getPrisma().user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
    expect(await loadViewer(getPrisma(), disabled.sessionId, settings, context())).toBeNull();

    const ended = await signedIn();
    await endUserSessions(getPrisma(), ended.user.id, "password-change");
    expect(await loadViewer(getPrisma(), ended.sessionId, settings, context())).toBeNull();
  });

  it("asks for a new password once the current one is older than the maximum age, except demo accounts", async () => {
    const { user, sessionId } = await signedIn();
    expect((await loadViewer(getPrisma(), sessionId, settings, context()))?.mustChangePassword).toBe(false);
    await getPrisma().user.update({
      where: { id: user.id },
      data: { passwordChangedAt: new Date(Date.now() - settings.passwordMaxAgeMs - 60_000) },
    });
    expect((await loadViewer(getPrisma(), sessionId, settings, context()))?.mustChangePassword).toBe(true);
    await getPrisma().user.update({ where: { id: user.id }, data: { isDemo: true } });
    expect((await loadViewer(getPrisma(), sessionId, settings, context()))?.mustChangePassword).toBe(false);
  });

  it("asks a role that requires a second factor to enrol one, except demo accounts", async () => {
    const admin = await signedIn("ADMIN");
    expect((await loadViewer(getPrisma(), admin.sessionId, settings, context()))?.mustEnrolTotp).toBe(true);
    await getPrisma().user.update({ where: { id: admin.user.id }, data: { isDemo: true } });
    expect((await loadViewer(getPrisma(), admin.sessionId, settings, context()))?.mustEnrolTotp).toBe(false);
  });
});
