import type { IncomingMessage } from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, endSession } from "@/lib/auth/sessions";
import { readProgressVersion } from "@/lib/dashboard/progress-sql";
import { getPrisma } from "@/lib/db";
import { ChangeFeed } from "@/lib/live/change-feed";
import { createFrontDoor } from "@/lib/prerendered/front-door";

const SECRET = "front-door-test-secret-at-least-32-characters";
// 2022-11-03 in Shanghai: October is the month being filed.
const NOW = () => new Date("2022-11-03T01:00:00Z");

let feed: ChangeFeed;

beforeAll(async () => {
  feed = new ChangeFeed(process.env.DATABASE_URL!);
  await feed.start();
});
afterAll(() => feed.stop());

async function sessionCookie(username: string): Promise<{ cookie: string; sessionId: string }> {
  const user = await getPrisma().user.findUniqueOrThrow({ where: { username } });
  const sessionId = await createSession(getPrisma(), user.id, "127.0.0.1");
  return {
    cookie: `next-auth.session-token=${await encode({ token: { sid: sessionId }, secret: SECRET })}`,
    sessionId,
  };
}

const request = (url: string, cookie: string, method = "GET") =>
  ({ method, url, headers: { cookie } }) as unknown as IncomingMessage;

/** Notifications arrive on their own connection a moment after the commit. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error("the change feed did not hear the commit");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Any committed change to a unit moves both the progress version and the accounts epoch. */
const touchUnit = () => getPrisma().$executeRaw`UPDATE "Unit" SET name = name WHERE code = 'xiuyu'`;

describe("the change feed", () => {
  it("knows the progress version the database has, and hears every later commit", async () => {
    expect(feed.progressVersion?.toString()).toBe(await readProgressVersion(getPrisma()));
    const before = feed.progressVersion!;
    await touchUnit();
    await until(() => feed.progressVersion! > before);
    expect(feed.progressVersion?.toString()).toBe(await readProgressVersion(getPrisma()));
  });

  it("hears a session end, and a rolled-back change not at all", async () => {
    const { sessionId } = await sessionCookie("leader");
    const epoch = feed.accountsEpoch;
    const version = feed.progressVersion!;
    await getPrisma()
      .$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Unit" SET name = name WHERE code = 'xiuyu'`;
        throw new Error("rolled back");
      })
      .catch(() => {});
    await endSession(getPrisma(), sessionId, "signed-out");
    await until(() => feed.accountsEpoch > epoch);
    expect(feed.accountsEpoch).toBe(epoch + 1);
    expect(feed.progressVersion).toBe(version);
  });

  it("takes a version announcement only forward, and ignores what it does not know", () => {
    const local = new ChangeFeed("postgres://unused");
    local.apply("progress 7");
    expect(local.progressVersion).toBeNull(); // not listening: it knows nothing
    local.progressVersion = 5n;
    local.apply("progress 9");
    local.apply("progress 8");
    local.apply("something else 10");
    expect(local.progressVersion).toBe(9n);
  });
});

describe("the front door", () => {
  const frontDoor = () => createFrontDoor(getPrisma(), feed, SECRET, NOW);

  it("sends a leader's dashboard request to the page pre-rendered for the period, day and data version", async () => {
    const { cookie } = await sessionCookie("leader");
    const version = await readProgressVersion(getPrisma());
    expect(await frontDoor()(request("/dashboard?period=2022-09", cookie))).toBe(
      `/prerendered/dashboard/2022-09/2022-11-03/${version}?period=2022-09`,
    );
    expect(await frontDoor()(request("/dashboard", cookie))).toBe(
      `/prerendered/dashboard/2022-10/2022-11-03/${version}`,
    );
    expect(await frontDoor()(request("/dashboard?period=2022-13", cookie))).toBe(
      `/prerendered/dashboard/2022-10/2022-11-03/${version}?period=2022-13`,
    );
  });

  it("sends the next request to the new version once a change is committed", async () => {
    const { cookie } = await sessionCookie("supervisor");
    const door = frontDoor();
    const first = await door(request("/dashboard?period=2022-10", cookie));
    const before = feed.progressVersion!;
    await touchUnit();
    await until(() => feed.progressVersion! > before);
    const second = await door(request("/dashboard?period=2022-10", cookie));
    expect(second).not.toBe(first);
    expect(second).toBe(
      `/prerendered/dashboard/2022-10/2022-11-03/${await readProgressVersion(getPrisma())}?period=2022-10`,
    );
  });

  it("leaves everyone else and everything else to the rendered routes", async () => {
    const county = await sessionCookie("xiuyu-reporter");
    const leader = await sessionCookie("leader");
    const door = frontDoor();
    expect(await door(request("/dashboard", county.cookie))).toBeNull(); // a county sees only its own dashboard
    expect(await door(request("/dashboard", ""))).toBeNull();
    expect(await door(request("/dashboard", "next-auth.session-token=forged"))).toBeNull();
    expect(await door(request("/dashboard", leader.cookie, "POST"))).toBeNull();
    expect(await door(request("/dashboard/quotas", leader.cookie))).toBeNull();
    expect(await door(request("/reports", leader.cookie))).toBeNull();
  });

  it("stops at once when the session ends, though it remembered the session a moment ago", async () => {
    const { cookie, sessionId } = await sessionCookie("leader");
    const door = frontDoor();
    expect(await door(request("/dashboard", cookie))).not.toBeNull();
    const epoch = feed.accountsEpoch;
    await endSession(getPrisma(), sessionId, "signed-out");
    await until(() => feed.accountsEpoch > epoch);
    expect(await door(request("/dashboard", cookie))).toBeNull();
  });

  it("asks the database while the feed is not listening", async () => {
    const { cookie, sessionId } = await sessionCookie("leader");
    const deaf = new ChangeFeed("postgres://unused");
    const door = createFrontDoor(getPrisma(), deaf, SECRET, NOW);
    expect(await door(request("/dashboard", cookie))).toBe(
      `/prerendered/dashboard/2022-10/2022-11-03/${await readProgressVersion(getPrisma())}`,
    );
    await endSession(getPrisma(), sessionId, "signed-out");
    expect(await door(request("/dashboard", cookie))).toBeNull(); // nothing announced it: not remembered either
  });
});
