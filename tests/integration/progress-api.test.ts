// GET /api/v1/plans/<year>/progress through the real route with API tokens: the dashboard's numbers
// for October 2022 as JSON, equal to what the page computes and to the oracle's, for the leadership only.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as progressRoute } from "@/app/api/v1/plans/[year]/progress/route";
import { createApiToken } from "@/lib/account/tokens";
import { readAuthSettings } from "@/lib/auth/settings";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { DEFAULT_THRESHOLDS } from "@/lib/dashboard/progress-maths";
import { progressJson } from "@/lib/dashboard/progress-json";
import { getPrisma } from "@/lib/db";
import { DEMO_LEADER_TOKEN } from "@/lib/seed/demo-accounts";
import { oracleProgress } from "./helpers/progress-oracle";
import { loadRawPlan } from "./helpers/progress-raw";

// A call without a token falls back to the session cookie: here there is none.
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers(),
}));

type ProgressBody = ReturnType<typeof progressJson>;
const tokens: Record<string, string> = {};
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

function get(year: string, query: string, token: string | null) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return progressRoute(new Request(`http://portal.test/api/v1/plans/${year}/progress${query}`, { headers }), {
    params: Promise.resolve({ year }),
  });
}

beforeAll(async () => {
  for (const username of ["xianyou-approver", "dept-yanglao"]) {
    const user = await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } });
    const actor = { userId: user.id, username, role: user.role, unitCode: user.unit.code };
    tokens[username] = (
      await createApiToken(
        getPrisma(),
        actor,
        { clientAddress: "127.0.0.1", requestId: randomUUID() },
        { name: "进度接口测试" },
        readAuthSettings(),
      )
    ).token;
  }
});

describe("GET /api/v1/plans/2022/progress?period=2022-10", () => {
  it("returns the dashboard's numbers: the page's own, with completions as the oracle's to three decimals", async () => {
    const response = await get("2022", "?period=2022-10", DEMO_LEADER_TOKEN);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as ProgressBody;
    expect(body).toEqual(progressJson((await getPlanProgress(getPrisma(), 2022, "2022-10"))!));
    expect(body).toMatchObject({ year: 2022, period: "2022-10", timeProgress: 0.833 });
    expect(Object.keys(body.plan).sort()).toEqual(["completion", "expected", "status"]);
    expect(body.pendingReports).toBeGreaterThan(0);
    expect(body.sections).toHaveLength(10);
    expect(body.points).toHaveLength(43);
    const indicator = body.points.flatMap((point) => point.indicators)[0];
    expect(Object.keys(indicator)).toEqual(
      expect.arrayContaining([
        "name",
        "unit",
        "rule",
        "quotaMode",
        "target",
        "baseline",
        "achieved",
        "completion",
        "expected",
        "status",
        "forecast",
        "unitsMet",
        "unitsTotal",
        "units",
      ]),
    );
    expect(Object.keys(indicator.units[0])).toEqual(
      expect.arrayContaining(["unit", "quota", "baseline", "achieved", "completion", "expected", "status"]),
    );

    const oracle = oracleProgress(await loadRawPlan(getPrisma(), 2022, "2022-10"), "2022-10", DEFAULT_THRESHOLDS);
    expect(body.plan).toEqual({
      completion: rounded(oracle.plan.completion),
      expected: rounded(oracle.plan.expected),
      status: oracle.plan.status,
    });
    expect(body.sections.map((section) => [section.no, section.completion, section.expected, section.status])).toEqual(
      body.sections
        .map((section) => oracle.sections.find((want) => want.no === section.no)!)
        .map((want) => [want.no, rounded(want.completion), rounded(want.expected), want.status]),
    );
    const ids = (await getPlanProgress(getPrisma(), 2022, "2022-10"))!.points.map((point) =>
      point.indicators.map((indicator) => indicator.id),
    );
    for (const [p, point] of body.points.entries()) {
      const want = oracle.points.find((candidate) => candidate.no === point.no)!;
      expect([point.completion, point.expected, point.status], `point ${point.no}`).toEqual([
        rounded(want.completion),
        rounded(want.expected),
        want.status,
      ]);
      for (const [i, indicator] of point.indicators.entries()) {
        const expected = oracle.indicators.get(ids[p][i])!;
        expect([indicator.completion, indicator.expected, indicator.status], indicator.name).toEqual([
          rounded(expected.completion),
          rounded(expected.expected),
          expected.status,
        ]);
        expect([indicator.unitsMet, indicator.unitsTotal], indicator.name).toEqual([
          expected.unitsMet,
          expected.unitsTotal,
        ]);
        expect(indicator.units.map((unit) => [unit.completion, unit.expected, unit.status])).toEqual(
          expected.units.map((unit) => [rounded(unit.completion), rounded(unit.expected), unit.status]),
        );
      }
    }
  });

  it("gives a department the same numbers as the leader", async () => {
    const leader = await (await get("2022", "?period=2022-10", DEMO_LEADER_TOKEN)).json();
    const response = await get("2022", "?period=2022-10", tokens["dept-yanglao"]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(leader);
  });

  it("answers a caller without a valid token with JSON 401", async () => {
    for (const token of [null, "ptk_not_a_real_token"]) {
      const response = await get("2022", "?period=2022-10", token);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ status: 401, detail: "未登录、登录已失效或令牌无效。" });
    }
  });

  it("answers a county with 404: the whole plan names every county's standing", async () => {
    const response = await get("2022", "?period=2022-10", tokens["xianyou-approver"]);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, detail: "未找到,或您无权进行此操作。" });
  });

  it("refuses a period that is not a month with 400", async () => {
    for (const query of ["?period=2022-13", "?period=2022-6", `?period=${encodeURIComponent("2022-10' OR 1=1")}`]) {
      const response = await get("2022", query, DEMO_LEADER_TOKEN);
      expect(response.status, query).toBe(400);
      expect(await response.json()).toMatchObject({ detail: "period 格式应为 2022-10" });
    }
  });

  it("answers a year without a plan, or a month of another year, with 404", async () => {
    for (const [year, query] of [
      ["2099", "?period=2099-10"],
      ["2099", "?period=2022-10"],
      ["2022", "?period=2021-10"],
      ["abc", "?period=2022-10"],
    ]) {
      const response = await get(year, query, DEMO_LEADER_TOKEN);
      expect(response.status, `${year} ${query}`).toBe(404);
    }
  });
});
