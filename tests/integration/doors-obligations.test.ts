// Every door refuses an account with a pending obligation (a password to change, a second factor to
// enrol) everything but fulfilling it, and audits each refusal once under the right asked for:
// every server action, every /api/v1 route (by session cookie and by API token).
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/account/tokens";
import { REFUSAL_MESSAGES } from "@/lib/auth/guard";
import { hashPassword } from "@/lib/auth/passwords";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { jar } from "./helpers/fake-next-headers";
import { ALL_ACTIONS, API_ROUTES } from "./helpers/doors";

vi.mock("next/headers", async () => (await import("./helpers/fake-next-headers")).fakeNextHeaders);
// getViewer is cached per request by React; each call here stands for a new request.
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));

const PASSWORD = "Zx9!doors-and-guards";
// Their own obligations: changing the password (a) or enrolling the second factor (b); /api/v1/me.
const OBLIGATION_ACTIONS = ["changePasswordAction", "confirmTotpAction"];
const EXEMPT_ROUTES = ["GET /api/v1/me"];

type Pending = { username: string; userId: number; cookie: string; token: string };

async function pendingAccount(role: Role, mustChangePassword: boolean): Promise<Pending> {
  const db = getPrisma();
  const unit = await db.unit.findUniqueOrThrow({ where: { code: role === "DEPARTMENT" ? "yanglao" : "office" } });
  const username = `door-${role.toLowerCase()}-${randomUUID().slice(0, 8)}`;
  // First a settled account with an API token; then the obligation arrives (an administrator resets
  // the password, or the role starts to require a second factor): the old token must not bypass it.
  const user = await db.user.create({
    data: {
      username,
      displayName: "门禁测试",
      role,
      unitId: unit.id,
      passwordHash: await hashPassword(PASSWORD),
      mustChangePassword: false,
      totpEnabledAt: new Date(),
    },
  });
  const context = { clientAddress: `10.77.${user.id % 250}.1`, requestId: randomUUID() };
  const actor = { userId: user.id, username, role, unitCode: unit.code };
  const { token } = await createApiToken(db, actor, context, { name: "门禁测试" }, readAuthSettings());
  await db.user.update({
    where: { id: user.id },
    data: mustChangePassword ? { mustChangePassword: true } : { totpEnabledAt: null },
  });
  const signedIn = await signInWithPassword(db, { username, password: PASSWORD, context }, readAuthSettings());
  if (!signedIn.ok) throw new Error(signedIn.error);
  const cookie = await encode({ token: { sid: signedIn.sessionId }, secret: SECRET });
  return { username, userId: user.id, cookie, token };
}

const denials = (username: string) =>
  getPrisma().auditEvent.findMany({ where: { username, result: "DENIED" }, select: { action: true, detail: true } });

// The tier's one secret (tests/integration/setup-env.ts), which the portal read at start.
const SECRET = process.env.AUTH_SECRET as string;
afterAll(() => {
  jar.cookie = null;
});

const CASES = [
  { name: "must change its password", role: "DEPARTMENT" as Role, must: true, refusal: "mustChangePassword" as const },
  { name: "must enrol a second factor", role: "SUPERVISOR" as Role, must: false, refusal: "mustEnrolTotp" as const },
];

describe.each(CASES)("an account that $name", ({ role, must, refusal }) => {
  let account: Pending;
  beforeAll(async () => {
    account = await pendingAccount(role, must);
  });

  it("is refused every server action but its obligation's own, each audited once", async () => {
    jar.cookie = account.cookie;
    const refused: string[] = [];
    for (const [name, action] of Object.entries(ALL_ACTIONS)) {
      const result = await action({});
      if (OBLIGATION_ACTIONS.includes(name)) {
        expect(result.message, name).not.toBe(REFUSAL_MESSAGES[refusal]);
      } else {
        expect(result, name).toEqual({ ok: false, message: REFUSAL_MESSAGES[refusal] });
        refused.push(name);
      }
    }
    const rows = await denials(account.username);
    expect(rows).toHaveLength(refused.length);
    expect(new Set(rows.map((row) => row.detail))).toEqual(
      new Set([refusal === "mustChangePassword" ? "须先修改密码" : "须先绑定动态口令"]),
    );
  });

  it("is sent from every page to its obligation's page by the page door, each refusal audited once", async () => {
    jar.cookie = account.cookie;
    const before = (await denials(account.username)).length;
    const target = refusal === "mustChangePassword" ? "/account/password" : "/account/security";
    for (const right of ["plan.read", "dashboard.readAll", "account.own"] as const) {
      const thrown = await requireViewer(right).then(
        () => null,
        (error: unknown) => error,
      );
      expect(String((thrown as { digest?: string })?.digest), right).toContain(target);
    }
    expect((await denials(account.username)).length - before).toBe(3);
    expect(
      (await requireViewer(refusal === "mustChangePassword" ? "account.password" : "account.totpEnrol")).username,
    ).toBe(account.username);
  });

  it.each(["session", "token"] as const)(
    "is refused every /api/v1 route by %s with 403 problem+json, each audited once",
    async (way) => {
      const before = (await denials(account.username)).length;
      let refused = 0;
      for (const route of API_ROUTES) {
        jar.cookie = way === "session" ? account.cookie : null;
        const headers: Record<string, string> = way === "token" ? { authorization: `Bearer ${account.token}` } : {};
        if (route.method === "POST") headers.origin = "http://portal.test";
        const response = await route.call(headers);
        if (EXEMPT_ROUTES.includes(route.name)) {
          expect(response.status, route.name).toBe(200);
          continue;
        }
        // Tokens are read-only: the upload route takes only a session, so a token caller is signed out there.
        if (way === "token" && route.method === "POST") {
          expect(response.status, route.name).toBe(401);
          continue;
        }
        expect(response.status, route.name).toBe(403);
        expect(response.headers.get("content-type"), route.name).toContain("application/problem+json");
        const problem = await response.json();
        expect(problem.detail, route.name).toBe(REFUSAL_MESSAGES[refusal]);
        refused += 1;
      }
      expect((await denials(account.username)).length - before).toBe(refused);
    },
  );
});

describe("the list of doors", () => {
  it("names every /api/v1 route the portal has, so none escapes the walk above", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const path = await import("node:path");
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === "route.ts")
          for (const [, method] of readFileSync(full, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g))
            found.push(
              `${method} /${path
                .dirname(full)
                .replace(/^app\//, "")
                .replace(/\[year\]/, "2022")
                .replace(/\[code\]/, "licheng")}`,
            );
      }
    };
    walk("app/api/v1");
    const listed = API_ROUTES.map((route) => route.name);
    expect(found.sort()).toEqual(listed.sort());
  });
});
