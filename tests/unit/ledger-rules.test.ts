import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QuotaHeatTable } from "@/components/dashboard/quota-heat-table";
import { heightFor, linesFor, textWidth } from "@/lib/dashboard/export/cell-height";
import type { PlanProgress } from "@/lib/dashboard/progress-types";
import { narrativeOf, type ReportRow } from "@/lib/ledger/narrative-of";
import { parseLedgerPage, parseLedgerQuery } from "@/lib/ledger/ledger-query";

const NOW = new Date("2022-11-03T01:00:00Z");
const report = (state: ReportRow["state"], events: ReportRow["events"] = []): ReportRow => ({
  state,
  progress: "现在的文字",
  problems: "问题",
  nextSteps: "打算",
  submittedAt: new Date("2022-11-02T01:00:00Z"),
  events,
});
const event = (id: number, action: string, progress = "") => ({
  id,
  action,
  at: new Date(`2022-11-0${id}T01:00:00Z`),
  snapshot: { progress, problems: "", nextSteps: "" },
});

describe("the ledger's words of a report", () => {
  it("are the report's own once it reached the city, marked with its state", () => {
    expect(narrativeOf(report("APPROVED"))).toMatchObject({ label: "已审核", progress: "现在的文字" });
    expect(narrativeOf(report("SUBMITTED"))).toMatchObject({ label: "待审核", problems: "问题" });
  });

  it("are the city's last decided words while a report is corrected or returned, and nothing before it arrives", () => {
    const reopened = report("DRAFT", [event(3, "approve", "审核过的"), event(2, "submit", "审核过的")]);
    expect(narrativeOf(reopened)).toMatchObject({ label: "已审核,更正中", progress: "审核过的" });
    expect(narrativeOf(reopened).submittedAt).toEqual(new Date("2022-11-02T01:00:00Z"));
    expect(narrativeOf(report("RETURNED", [event(3, "return", "退回的")]))).toMatchObject({
      label: "已退回修改",
      progress: "退回的",
      submittedAt: null,
    });
    for (const state of ["DRAFT", "AWAITING_SIGNOFF", "RETURNED"] as const)
      expect(narrativeOf(report(state))).toMatchObject({ label: "未报送", progress: "", submittedAt: null });
  });
});

describe("the ledger's query", () => {
  it("reads the month and filters, blank choices meaning all", () => {
    expect(parseLedgerQuery({ period: "2022-09", section: "3", unit: "licheng", status: "BEHIND" }, NOW)).toEqual({
      query: { period: "2022-09", year: 2022, section: 3, unit: "licheng", status: "BEHIND" },
    });
    expect(parseLedgerQuery({ section: "", unit: "", status: "" }, NOW)).toEqual({
      query: { period: "2022-10", year: 2022, section: null, unit: null, status: null },
    });
  });

  it("explains a bad value in Chinese; the page leaves it out and says so", () => {
    expect(parseLedgerQuery({ section: "x", status: "LATE" }, NOW)).toEqual({
      errors: { section: "分项应为分项序号,如 3", status: "状态应为超前、正常、滞后、严重滞后或暂无已审核数据" },
    });
    const page = parseLedgerPage({ period: "2022-08", unit: "NOT A CODE" }, NOW);
    expect(page.query).toMatchObject({ period: "2022-08", unit: null });
    expect(page.errors.unit).toBe("单位应为单位代码,如 licheng");
  });
});

describe("row heights for wrapped text", () => {
  it("count a Chinese character as two digits and add a line per wrap and paragraph", () => {
    expect(textWidth("完成率80%")).toBe(9);
    expect(linesFor("一二三四五", 11)).toBe(1);
    expect(linesFor("一二三四五六", 11)).toBe(2);
    expect(linesFor("一\n二", 40)).toBe(2);
    expect(heightFor(3)).toBeGreaterThan(heightFor(2));
  });
});

describe("the heat table", () => {
  it("says 无分解任务 for a quota of 0, as the quota tables and the exports do", () => {
    const unit = (code: string, quota: number, completion: number | null) => ({
      unitId: code.length,
      unitCode: code,
      unit: code,
      quota,
      baseline: 0,
      expected: 0.8,
      achieved: completion === null ? null : 3,
      completion,
      status: completion === null ? null : "ON_TRACK",
      forecast: null,
      reportId: null,
      reportPeriod: null,
    });
    const counties = ["ab", "abc"].map((code, index) => ({
      unitId: code.length,
      code,
      name: code,
      completion: 0.5,
      rank: index + 1,
    }));
    const progress = {
      period: "2022-10",
      counties,
      points: [{ indicators: [{ id: 1, name: "床位", units: [unit("ab", 0, null), unit("abc", 10, 0.3)] }] }],
    } as unknown as PlanProgress;
    const html = renderToString(createElement(QuotaHeatTable, { progress }));
    expect(html).toContain("无分解任务");
    expect(html).toContain("30.0%");
  });
});
