// Every way out ends the session on the server (the old cookie is worthless at every door), and a
// refusal met inside a door (another county's report, another person's token) is audited once,
// under the right asked for, and answered as for something that does not exist.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as dashboardExportRoute } from "@/app/api/v1/dashboard/export/route";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { GET as planRoute } from "@/app/api/v1/plans/[year]/route";
import { GET as reportsRoute } from "@/app/api/v1/reports/route";
import { GET as unitRoute } from "@/app/api/v1/units/[code]/route";
import { changePasswordAction } from "@/lib/account/actions";
import { revokeApiTokenAction } from "@/lib/account/security-actions";
import { disableUser } from "@/lib/admin/users";
import { removeAttachmentAction } from "@/lib/attachments/actions";
import { authOptions } from "@/lib/auth/auth-options";
import { signOutAction } from "@/lib/auth/actions";
import { REFUSAL_MESSAGES } from "@/lib/auth/guard";
import { hashPassword } from "@/lib/auth/passwords";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import { reportStepAction } from "@/lib/reports/actions";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { jar } from "./helpers/fake-next-headers";

vi.mock("next/headers", async () => (await import("./helpers/fake-next-headers")).fakeNextHeaders);
// getViewer is cached per request by React; each call here stands for a new request.
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));

const PASSWORD = "Zx9!ways-out-and-in";
// The tier's one secret (tests/integration/setup-env.ts), which the portal read at start.
const SECRET = process.env.AUTH_SECRET as string;
afterAll(() => {
  jar.cookie = null;
});

const db = () => getPrisma();
const context = () => ({ clientAddress: "10.78.0.1", requestId: randomUUID() });

async function signIn(username: string, password = DEMO_PASSWORD) {
  const result = await signInWithPassword(db(), { username, password, context: context() }, readAuthSettings());
  if (!result.ok) throw new Error(`${username}: ${result.error}`);
  jar.cookie = await encode({ token: { sid: result.sessionId }, secret: SECRET });
  return { cookie: jar.cookie, sessionId: result.sessionId };
}

async function freshUser(role: Role = "DEPARTMENT") {
  const unit = await db().unit.findUniqueOrThrow({ where: { code: "yanglao" } });
  const username = `out-${randomUUID().slice(0, 8)}`;
  const user = await db().user.create({
    data: {
      username,
      displayName: "退出测试",
      role,
      unitId: unit.id,
      passwordHash: await hashPassword(PASSWORD),
      mustChangePassword: false,
    },
  });
  return { username, user, unit };
}

const call = (
  handler: unknown,
  url: string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
) =>
  (handler as (r: Request, c: { params: Promise<unknown> }) => Promise<Response>)(
    new Request(`http://portal.test${url}`, { headers }),
    {
      params: Promise.resolve(params),
    },
  );

/** The old cookie, replayed: no viewer, the API says 401, an action says signed out. */
async function expectWorthless(cookie: string) {
  jar.cookie = cookie;
  expect(await getViewer()).toBeNull();
  expect((await call(meRoute, "/api/v1/me")).status).toBe(401);
  expect(await markNotificationReadAction({ id: 1 })).toEqual({ ok: false, message: REFUSAL_MESSAGES.signedOut });
}

describe("every way out makes the old cookie worthless at every door", () => {
  it("the portal's sign-out button", async () => {
    const { username } = await freshUser();
    const { cookie } = await signIn(username, PASSWORD);
    expect((await call(meRoute, "/api/v1/me")).status).toBe(200);
    await signOutAction();
    await expectWorthless(cookie);
  });

  it("next-auth's own /api/auth/signout", async () => {
    const { username } = await freshUser();
    const { cookie, sessionId } = await signIn(username, PASSWORD);
    await authOptions.events!.signOut!({ token: { sid: sessionId }, session: null as never });
    await expectWorthless(cookie);
    const row = await db().session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row.endedReason).toBe("sign-out");
    expect(await db().auditEvent.count({ where: { username, action: "auth.sign-out" } })).toBe(1);
  });

  it("the idle timeout", async () => {
    const { username } = await freshUser();
    const { cookie, sessionId } = await signIn(username, PASSWORD);
    await db().session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 24 * 3600_000) } });
    await expectWorthless(cookie);
  });

  it("a password change", async () => {
    const { username } = await freshUser();
    const { cookie } = await signIn(username, PASSWORD);
    const changed = await changePasswordAction({
      currentPassword: PASSWORD,
      newPassword: "Qw8#fresh-harbour-kite",
      confirmPassword: "Qw8#fresh-harbour-kite",
    });
    expect(changed.ok).toBe(true);
    await expectWorthless(cookie);
  });

  it("an administrator disabling the account", async () => {
    const { username, user } = await freshUser();
    const { cookie } = await signIn(username, PASSWORD);
    const admin = await db().user.findUniqueOrThrow({ where: { username: "admin" } });
    await disableUser(db(), { userId: admin.id, username: "admin", role: "ADMIN", unitCode: "city" }, context(), {
      userId: user.id,
    });
    await expectWorthless(cookie);
  });
});

const deniedRows = (username: string, action: string) =>
  db().auditEvent.findMany({
    where: { username, action, result: "DENIED" },
    select: { objectType: true, objectId: true },
  });

describe("refusals inside a door are audited once, under the right asked for", () => {
  it("a step on another county's report", async () => {
    const report = await db()
      .report.findFirstOrThrow({ where: { unit: { code: "licheng" }, state: "AWAITING_SIGNOFF" } })
      .catch(() => db().report.findFirstOrThrow({ where: { unit: { code: "licheng" } } }));
    await signIn("hanjiang-approver");
    const before = (await deniedRows("hanjiang-approver", "report.signoff")).length;
    const result = await reportStepAction({ reportId: report.id, step: "sign", expectedVersion: report.version });
    expect(result).toEqual({ ok: false, message: "报告不存在。" });
    const rows = await deniedRows("hanjiang-approver", "report.signoff");
    expect(rows.length - before).toBe(1);
    expect(rows.at(-1)).toEqual({ objectType: "Report", objectId: String(report.id) });
  });

  it("removing another unit's evidence", async () => {
    const attachment = await db().attachment.findFirstOrThrow({
      where: { deletedAt: null, report: { unit: { code: "licheng" } } },
    });
    await signIn("xiuyu-reporter");
    const result = await removeAttachmentAction({ id: attachment.id });
    expect(result.ok).toBe(false);
    expect(await deniedRows("xiuyu-reporter", "report.file")).toContainEqual({
      objectType: "Attachment",
      objectId: String(attachment.id),
    });
    expect((await db().attachment.findUniqueOrThrow({ where: { id: attachment.id } })).deletedAt).toBeNull();
  });

  it("revoking another person's token and reading another person's notification", async () => {
    const token = await db().apiToken.findFirstOrThrow({ where: { user: { username: "leader" } } });
    const note = await db().notification.create({
      data: { userId: token.userId, kind: "test", title: "领导的通知", createdAt: new Date() },
    });
    await signIn("supervisor");
    expect((await revokeApiTokenAction({ id: token.id })).ok).toBe(false);
    expect((await markNotificationReadAction({ id: note.id })).ok).toBe(false);
    const rows = await deniedRows("supervisor", "account.own");
    expect(rows).toContainEqual({ objectType: "ApiToken", objectId: String(token.id) });
    expect(rows).toContainEqual({ objectType: "Notification", objectId: String(note.id) });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull();
  });

  it("the API's answers for another county's unit, export and reports, and an administrator reading the plan", async () => {
    await signIn("meizhou-reporter");
    for (const [handler, url, params, right, objectId] of [
      [unitRoute, "/api/v1/units/beian", { code: "beian" }, "unitTasks.read", "beian"],
      [
        dashboardExportRoute,
        "/api/v1/dashboard/export?view=county&period=2022-10&code=beian",
        {},
        "dashboard.readCounty",
        "county:beian",
      ],
      [
        reportsRoute,
        `/api/v1/reports?period=2022-10&unit=${encodeURIComponent("北岸经济开发区")}`,
        {},
        "report.read",
        "北岸经济开发区",
      ],
    ] as const) {
      const response = await call(handler, url, params);
      expect(response.status, url).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(await deniedRows("meizhou-reporter", right), url).toContainEqual(expect.objectContaining({ objectId }));
    }
    await signIn("admin");
    const before = (await deniedRows("admin", "plan.read")).length;
    expect((await call(planRoute, "/api/v1/plans/2022", { year: "2022" })).status).toBe(404);
    expect((await deniedRows("admin", "plan.read")).length - before).toBe(1);
  });
});

describe("a malformed body at the upload door", () => {
  it("answers garbage multipart with a Chinese 400 problem and stores nothing", async () => {
    await signIn("licheng-reporter");
    const before = await db().attachment.count();
    const { POST: upload } = await import("@/app/api/v1/attachments/route");
    const response = await upload(
      new Request("http://portal.test/api/v1/attachments", {
        method: "POST",
        headers: {
          host: "portal.test",
          origin: "http://portal.test",
          "content-type": "multipart/form-data; boundary=xyz",
        },
        body: "--xyz\r\nthis is not a part\r\n--",
      }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await response.json()).detail).toMatch(/[\u4e00-\u9fa5]/);
    expect(await db().attachment.count()).toBe(before);
  });
});
