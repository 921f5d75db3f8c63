import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QuotaHeatTable } from "@/components/dashboard/quota-heat-table";
import type { CountyProgress, IndicatorProgress, PlanProgress } from "@/lib/dashboard/progress-types";

// A province-sized plan: 30 counties, completion 0.30, 0.32, … (county 0 furthest behind).
const counties: CountyProgress[] = Array.from({ length: 30 }, (_, index) => ({
  unitId: index + 1,
  code: `c${index}`,
  name: `模拟县${index}`,
  completion: 0.3 + index * 0.02,
  expected: 0.8,
  status: "ON_TRACK",
  reportsDue: 0,
  reportsOnTime: 0,
  onTimeRate: null,
  overdueReports: 0,
  pendingReports: 0,
  rank: 30 - index,
}));

const indicator = {
  id: 1,
  name: "新建长者之家",
  unit: "个",
  kind: "SUM",
  direction: "AT_LEAST",
  target: 300,
  weight: 1,
  timeProgress: 0.8,
  achieved: 1,
  completion: 0.5,
  status: "BEHIND",
  forecast: null,
  forecastCompletion: null,
  neededPerMonth: null,
  units: counties.map((county) => ({
    unitId: county.unitId,
    unitCode: county.code,
    unit: county.name,
    quota: 10,
    achieved: 5,
    completion: county.completion,
    status: "ON_TRACK",
    reportId: null,
    reportPeriod: null,
  })),
} as IndicatorProgress;

const progress = { period: "2022-10", counties, points: [{ indicators: [indicator] }] } as unknown as PlanProgress;

const columnsOf = (html: string) => [...html.matchAll(/<abbr title="([^"]+)"/g)].map((match) => match[1]);

describe("the quota heat table", () => {
  it("lists every county when there are few enough", () => {
    const html = renderToString(createElement(QuotaHeatTable, { progress }));
    expect(columnsOf(html)).toHaveLength(30);
    expect(html).not.toContain("查看全部县区");
  });

  it("keeps a province-sized dashboard small: the counties furthest behind, in their order, and a link to all", () => {
    const html = renderToString(createElement(QuotaHeatTable, { progress, maxCounties: 12 })).replaceAll(
      "<!-- -->",
      "",
    );
    expect(columnsOf(html)).toEqual(counties.slice(0, 12).map((county) => county.name));
    expect(html).toContain("共 30 个县区,此处列出综合完成率最低的 12 个");
    expect(html).toContain('href="/dashboard/quotas?period=2022-10"');
  });
});
