// GET /api/v1/reports through the real route with API tokens (Authorization: Bearer), as an
// outside system would call it. Reports are Meizhou's and Beian's for 2022-11 on points 17 and 12 (attachments.test.ts has their 2022-12).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as reportsRoute } from "@/app/api/v1/reports/route";
import { createApiToken } from "@/lib/account/tokens";
import { readAuthSettings } from "@/lib/auth/settings";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getPrisma } from "@/lib/db";
import { listDuties } from "@/lib/reports/duties";
import { saveReport } from "@/lib/reports/save-report";
import { transitionReport } from "@/lib/reports/transition-report";
import type { PeriodReportsJson } from "@/lib/reports-api/list-period-reports";
import { DEMO_LEADER_TOKEN } from "@/lib/seed/demo-accounts";

// A call without a token falls back to the session cookie: here there is none.
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));

const PERIOD = "2022-11";
const MEIZHOU = "湄洲岛国家旅游度假区管委会";
const BEIAN = "北岸经济开发区";
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const userOf = (username: string) =>
  getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } });
const tokens: Record<string, string> = {};

async function tokenFor(username: string) {
  const user = await userOf(username);
  const actor = { userId: user.id, username, role: user.role, unitCode: user.unit.code };
  return (await createApiToken(getPrisma(), actor, context(), { name: "接口测试" }, readAuthSettings())).token;
}

function get(query: string, token: string | null) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return reportsRoute(new Request(`http://portal.test/api/v1/reports${query}`, { headers }), {
    params: Promise.resolve({}),
  });
}

async function reportsOf(query: string, token: string) {
  const response = await get(query, token);
  expect(response.status).toBe(200);
  return (await response.json()) as PeriodReportsJson;
}

/** A draft with every indicator filled: a SUM value 3, a rate 9 / 12, a milestone done. */
async function draft(username: string, pointNo: number) {
  const user = await userOf(username);
  const duty = (await listDuties(getPrisma(), user.unitId, "2022-12")).find(
    (candidate) => candidate.pointNo === pointNo,
  )!;
  const values = duty.indicators.map((indicator) =>
    indicator.kind === "SUM"
      ? { indicatorId: indicator.id, value: 3, explanation: "" }
      : indicator.kind === "MILESTONE"
        ? { indicatorId: indicator.id, done: true, explanation: "" }
        : { indicatorId: indicator.id, numerator: 9, denominator: 12, explanation: "" },
  );
  const saved = await saveReport(getPrisma(), viewerOfUser(user), context(), {
    pointId: duty.pointId,
    period: PERIOD,
    expectedVersion: null,
    narrative: { progress: "按计划推进", problems: "", nextSteps: "" },
    values,
  });
  return { ...saved, indicators: duty.indicators };
}

let meizhou: Awaited<ReturnType<typeof draft>>;
let beian: Awaited<ReturnType<typeof draft>>;

beforeAll(async () => {
  for (const username of ["meizhou-reporter", "beian-reporter", "dept-yanglao"])
    tokens[username] = await tokenFor(username);
  meizhou = await draft("meizhou-reporter", 17);
  beian = await draft("beian-reporter", 12);
  const sent = await transitionReport(getPrisma(), viewerOfUser(await userOf("beian-reporter")), context(), {
    reportId: beian.reportId,
    step: "sendForSignoff",
    expectedVersion: beian.version,
    reason: "",
  });
  await transitionReport(getPrisma(), viewerOfUser(await userOf("beian-approver")), context(), {
    reportId: beian.reportId,
    step: "sign",
    expectedVersion: sent.version,
    reason: "",
  });
});

describe("GET /api/v1/reports", () => {
  it("gives a county its own reports of the month, with numbers as numbers", async () => {
    const response = await get(`?period=${PERIOD}`, tokens["meizhou-reporter"]);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as PeriodReportsJson;
    expect(body.period).toBe(PERIOD);
    expect(new Set(body.reports.map((report) => report.unit))).toEqual(new Set([MEIZHOU]));
    expect(body.reports.find((report) => report.id === meizhou.reportId)).toEqual({
      id: meizhou.reportId,
      unit: MEIZHOU,
      point: 17,
      state: "DRAFT",
      version: meizhou.version,
      submittedAt: null,
      approvedAt: null,
      values: meizhou.indicators.map((indicator) => ({
        indicator: indicator.name,
        value: indicator.kind === "SUM" ? 3 : null,
        numerator: indicator.kind === "RATE" || indicator.kind === "RATIO" ? 9 : null,
        denominator: indicator.kind === "RATE" || indicator.kind === "RATIO" ? 12 : null,
        done: indicator.kind === "MILESTONE" ? true : null,
      })),
    });
    expect(meizhou.indicators.some((indicator) => indicator.kind === "RATE" || indicator.kind === "RATIO")).toBe(true);
    expect(
      (
        await reportsOf(`?period=${PERIOD}&unit=${encodeURIComponent(MEIZHOU)}`, tokens["meizhou-reporter"])
      ).reports.map((report) => report.id),
    ).toContain(meizhou.reportId);
  });

  it("answers a county asking for another county with 404, even for a month that county has no reports", async () => {
    for (const period of [PERIOD, "2021-07"]) {
      const response = await get(`?period=${period}&unit=${encodeURIComponent(BEIAN)}`, tokens["meizhou-reporter"]);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ status: 404, detail: "未找到,或您无权进行此操作。" });
    }
    expect((await get(`?period=${PERIOD}&unit=${encodeURIComponent("不存在的单位")}`, DEMO_LEADER_TOKEN)).status).toBe(
      404,
    );
    expect(
      (await reportsOf(`?period=2021-07&unit=${encodeURIComponent(MEIZHOU)}`, tokens["meizhou-reporter"])).reports,
    ).toEqual([]);
  });

  it("shows the city only what was submitted: the leader and the lead department see Beian's report, not Meizhou's draft", async () => {
    const leader = await reportsOf(`?period=${PERIOD}`, DEMO_LEADER_TOKEN);
    const submitted = leader.reports.find((report) => report.id === beian.reportId);
    expect(submitted).toMatchObject({ unit: BEIAN, point: 12, state: "SUBMITTED" });
    expect(submitted!.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(leader.reports.map((report) => report.id)).not.toContain(meizhou.reportId);
    const department = await reportsOf(`?period=${PERIOD}&unit=${encodeURIComponent(BEIAN)}`, tokens["dept-yanglao"]);
    expect(department.reports.map((report) => report.id)).toContain(beian.reportId);
    expect(department.reports.every((report) => report.unit === BEIAN)).toBe(true);
    expect(
      (await reportsOf(`?period=${PERIOD}`, tokens["beian-reporter"])).reports.map((report) => report.id),
    ).not.toContain(meizhou.reportId);
  });

  it("answers callers without a valid token with JSON 401", async () => {
    for (const token of [null, "ptk_not_a_real_token"]) {
      const response = await get(`?period=${PERIOD}`, token);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ status: 401, detail: "未登录、登录已失效或令牌无效。" });
    }
  });

  it("refuses a period that is not a month with 400 and a Chinese message", async () => {
    for (const query of [
      "",
      "?period=2022-13",
      "?period=2022-6",
      "?period=202206",
      `?period=${encodeURIComponent("2022-06' OR 1=1")}`,
    ]) {
      const response = await get(query, DEMO_LEADER_TOKEN);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ detail: "参数 period 应为 2022-06 这样的年月。" });
    }
  });
});
