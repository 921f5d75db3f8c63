// One session store for both instances (the Session table): signed in through nginx means signed in on
// A and on B; signing out on A, or the idle timeout, ends it on both; a lockout counts the failures
// each instance saw. Each request here goes straight to one instance's port unless it says nginx.
import { describe, expect, it } from "vitest";
import { instanceA, instanceB, query, throughNginx } from "./helpers/cluster";
import { attemptSignIn, get, signIn, signOut } from "./helpers/http";

const me = (base: string, cookie: string) => get(`${base}/api/v1/me`, cookie);
const both = [instanceA, instanceB];

async function statuses(cookie: string): Promise<number[]> {
  return Promise.all(both.map(async (base) => (await me(base, cookie)).status));
}

describe("one session, two instances", () => {
  it("nginx alternates between the instances (round-robin)", async () => {
    const answered: string[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${throughNginx}/api/health`);
      expect(response.status).toBe(200);
      answered.push(response.headers.get("x-portal-upstream") ?? "");
    }
    const hosts = both.map((base) => new URL(base).host);
    expect(new Set(answered)).toEqual(new Set(hosts));
    for (let i = 1; i < answered.length; i++) expect(answered[i]).not.toBe(answered[i - 1]);
  });

  it("a sign-in through nginx holds on A and on B, and a sign-out on A ends it on B", async () => {
    const cookie = await signIn(throughNginx, "leader");
    expect(await statuses(cookie)).toEqual([200, 200]);
    expect(await (await me(instanceB, cookie)).json()).toMatchObject({ displayName: "局领导" });
    // B's pre-rendered dashboard remembers its viewers for a few seconds: the change feed must end that too.
    expect((await get(`${instanceB}/dashboard`, cookie)).status).toBe(200);

    await signOut(instanceA, cookie);
    expect(await statuses(cookie)).toEqual([401, 401]);
    const dashboard = await get(`${instanceB}/dashboard`, cookie);
    expect(dashboard.status).toBe(307);
    expect(dashboard.headers.get("location")).toMatch(/^\/login/);
  });

  it("the idle timeout ends the session on both", async () => {
    // Two sessions, so each instance is the first to find one idle (the other then finds it ended).
    const first = await signIn(throughNginx, "supervisor");
    const second = await signIn(throughNginx, "supervisor");
    expect([...(await statuses(first)), ...(await statuses(second))]).toEqual([200, 200, 200, 200]);
    // Their last request 31 minutes earlier (SESSION_IDLE_MINUTES is 30), without waiting them out.
    const aged = await query<{ id: string }>(
      `UPDATE "Session" SET "lastSeenAt" = "lastSeenAt" - interval '31 minutes'
       WHERE "endedAt" IS NULL AND "userId" = (SELECT id FROM "User" WHERE username = 'supervisor') RETURNING id`,
    );
    expect(aged).toHaveLength(2);
    expect((await me(instanceA, first)).status).toBe(401);
    expect((await me(instanceB, second)).status).toBe(401);
    expect([...(await statuses(first)), ...(await statuses(second))]).toEqual([401, 401, 401, 401]);
    const ended = await query<{ endedReason: string }>(`SELECT "endedReason" FROM "Session" WHERE id = ANY($1)`, [
      aged.map((session) => session.id),
    ]);
    expect(ended.map((session) => session.endedReason)).toEqual(["idle", "idle"]);
  });

  it("a lockout counts wrong passwords sent to either instance", async () => {
    const username = "xiuyu-approver";
    for (const [i, base] of [instanceA, instanceB, instanceA, instanceB].entries()) {
      expect(await attemptSignIn(base, username, "wrong-password")).toBeNull();
      const [user] = await query<{ failedAttempts: number }>(
        `SELECT "failedAttempts" FROM "User" WHERE username = $1`,
        [username],
      );
      expect(user.failedAttempts).toBe(i + 1);
    }
    // The fifth failure (LOCKOUT_THRESHOLD) locks the account: the right password is refused on both.
    expect(await attemptSignIn(instanceB, username, "wrong-password")).toBeNull();
    expect(await attemptSignIn(instanceA, username, "Putian@2022")).toBeNull();
    expect(await attemptSignIn(instanceB, username, "Putian@2022")).toBeNull();
    const [user] = await query<{ lockedUntil: Date | null }>(`SELECT "lockedUntil" FROM "User" WHERE username = $1`, [
      username,
    ]);
    expect(user.lockedUntil).not.toBeNull();
  });
});
