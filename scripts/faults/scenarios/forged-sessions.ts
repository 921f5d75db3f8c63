// 8 伪造与过期凭据: a forged session cookie, a session past its idle timeout and one past its
// lifetime, and a revoked API token. Each is 401 on every write route and on a read, and nothing
// is written. An API token is read-only: even a live one is refused on a write route.
import { randomBytes } from "node:crypto";
import { hashApiToken } from "../../../lib/auth/api-token-hash";
import { signInAs } from "../accounts";
import type { Scenario } from "../context";
import { PortalClient } from "../http";
import { WRITTEN_ROWS_SQL, writeRoutes } from "../write-routes";

const bigints = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);

export const forgedSessions: Scenario = {
  name: "8 伪造会话/过期会话/吊销令牌",
  async run(context, tally) {
    const genuine = await signInAs(context, "xiuyu-reporter", tally);
    const [name, value] = genuine.cookie.split("=");
    // One character changed in the signed token: the signature no longer matches.
    const flipped = value.slice(0, -5) + (value.at(-5) === "A" ? "B" : "A") + value.slice(-4);
    const idle = await signInAs(context, "xiuyu-approver", tally);
    const expired = await signInAs(context, "hanjiang-reporter", tally);
    await context.db.$executeRaw`UPDATE "Session" SET "lastSeenAt" = now() - interval '3 hours'
      WHERE "userId" = (SELECT id FROM "User" WHERE username = 'xiuyu-approver') AND "endedAt" IS NULL`;
    await context.db.$executeRaw`UPDATE "Session" SET "createdAt" = now() - interval '13 hours'
      WHERE "userId" = (SELECT id FROM "User" WHERE username = 'hanjiang-reporter') AND "endedAt" IS NULL`;
    const sessions = [
      { label: "伪造的会话", client: new PortalClient(context.baseUrl, `${name}=${flipped}`, tally) },
      {
        label: "随机的会话",
        client: new PortalClient(context.baseUrl, `${name}=${randomBytes(64).toString("base64url")}`, tally),
      },
      { label: "空闲超时的会话", client: idle },
      { label: "超过时限的会话", client: expired },
    ];

    const token = `ptk_faults_${randomBytes(16).toString("hex")}`;
    const leader = await context.db.user.findUniqueOrThrow({ where: { username: "leader" }, select: { id: true } });
    await context.db.apiToken.create({
      data: { userId: leader.id, name: "故障测试", tokenHash: hashApiToken(token), prefix: token.slice(0, 12) },
    });
    const live = { client: new PortalClient(context.baseUrl, "", tally) };
    const read = await live.client.send("/api/v1/plans/2022", { headers: { authorization: `Bearer ${token}` } }, [200]);
    tally.check(read.status === 200, `有效令牌读取计划应为 200,实际 ${read.status}`);

    const report = await context.db.report.findFirstOrThrow({ select: { id: true } });
    const before = await context.db.$queryRawUnsafe<unknown[]>(WRITTEN_ROWS_SQL);
    const jsonRoutes = writeRoutes(report.id).filter((route) => route.kind === "json");
    const multipartRoutes = writeRoutes(report.id).filter((route) => route.kind === "multipart");
    const knock = async (label: string, client: PortalClient, headers: Record<string, string>, canRead = false) => {
      const statuses: number[] = [];
      for (const route of jsonRoutes) {
        const answer = await client.send(
          route.path,
          { method: "POST", headers: { "content-type": "application/json", ...headers }, body: "{}" },
          [401],
        );
        statuses.push(answer.status);
      }
      for (const route of multipartRoutes) {
        const form = new FormData();
        form.set("reportId", String(report.id));
        form.set("file", new Blob(["%PDF-1.4\n"], { type: "application/pdf" }), "a.pdf");
        statuses.push((await client.send(route.path, { method: "POST", headers, body: form }, [401])).status);
      }
      if (!canRead) statuses.push((await client.send("/api/v1/me", { headers }, [401])).status);
      tally.check(
        statuses.every((status) => status === 401),
        `${label}: 应答 ${statuses.join("/")},应全为 401`,
      );
    };
    for (const session of sessions) await knock(session.label, session.client, {});
    await knock("有效令牌写入", live.client, { authorization: `Bearer ${token}` }, true);
    await context.db.apiToken.updateMany({
      where: { tokenHash: hashApiToken(token) },
      data: { revokedAt: new Date() },
    });
    const revoked = await live.client.send(
      "/api/v1/plans/2022",
      { headers: { authorization: `Bearer ${token}` } },
      [401],
    );
    tally.check(revoked.status === 401, `吊销的令牌读取计划应为 401,实际 ${revoked.status}`);
    await knock("吊销的令牌", live.client, { authorization: `Bearer ${token}` });

    const after = await context.db.$queryRawUnsafe<unknown[]>(WRITTEN_ROWS_SQL);
    tally.check(JSON.stringify(before, bigints) === JSON.stringify(after, bigints), "被拒绝的请求改动了数据");
    tally.notes.push("伪造/随机/空闲超时/超过时限的会话、有效令牌写入、吊销的令牌: 每个写入口均为 401");
  },
};
