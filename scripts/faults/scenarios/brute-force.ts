// 9 多地址暴力破解: wrong passwords for one account from many addresses at once (each behind the
// trusted proxy 127.0.0.1, X-Forwarded-For naming a different client). The account locks however
// the attempts are spread, the right password is then refused too, and each failure is recorded
// under the address the proxy named.
import type { Scenario } from "../context";
import type { Tally } from "../tally";

const ACCOUNT = "dept-dangwei";
/** The portal's default (LOCKOUT_THRESHOLD): failures before the account locks. */
const LOCKOUT_THRESHOLD = 5;

async function attempt(baseUrl: string, password: string, address: string, tally: Tally): Promise<boolean> {
  const headers = { "x-forwarded-for": address };
  const started = performance.now();
  tally.requests += 2;
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, username: ACCOUNT, password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  await response.text();
  tally.latency.add(performance.now() - started);
  if (response.status >= 500) tally.unexpected(`登录 → ${response.status}`);
  return response.headers.getSetCookie().some((cookie) => /next-auth\.session-token=[^;]/.test(cookie));
}

export const bruteForce: Scenario = {
  name: "9 多地址暴力破解",
  async run(context, tally) {
    const addresses = Array.from({ length: context.short ? 20 : 40 }, (_, index) => `198.51.100.${index + 1}`);
    const admitted = await Promise.all(
      addresses.map((address) => attempt(context.baseUrl, "wrong-password-1", address, tally)),
    );
    tally.check(!admitted.some(Boolean), "错误密码竟然登录成功");
    const right = await attempt(context.baseUrl, "Putian@2022", "203.0.113.9", tally);
    tally.check(!right, `${ACCOUNT} 在 ${addresses.length} 次失败后仍可用正确密码登录(未锁定)`);
    const user = await context.db.user.findUniqueOrThrow({
      where: { username: ACCOUNT },
      select: { lockedUntil: true },
    });
    tally.check(Boolean(user.lockedUntil && user.lockedUntil > new Date()), `${ACCOUNT} 未被锁定`);
    const recorded = await context.db.loginFailure.findMany({
      where: { username: ACCOUNT },
      distinct: ["clientAddress"],
      select: { clientAddress: true },
    });
    const fromProxy = recorded.filter((row) => row.clientAddress.startsWith("198.51.100.")).length;
    const direct = recorded.filter((row) => !/^(198\.51\.100|203\.0\.113)\./.test(row.clientAddress)).length;
    // Attempts on an account already locked are not counted per address, so how many addresses
    // appear depends on timing; at least the lockout threshold's worth must, and none as the proxy itself.
    tally.check(
      fromProxy >= LOCKOUT_THRESHOLD && direct === 0,
      `失败记录认出 ${fromProxy} 个转发的地址、${direct} 个代理本身的地址(X-Forwarded-For 未被信任?)`,
    );
    const lockouts = await context.db.auditEvent.count({ where: { action: "auth.lockout", objectId: ACCOUNT } });
    tally.check(lockouts >= 1, "没有 auth.lockout 审计记录");
    tally.notes.push(
      `${addresses.length} 个地址各试一次: 账号锁定, 正确密码也被拒绝, 失败记录 ${fromProxy} 个地址, 锁定审计 ${lockouts} 条`,
    );
  },
};
