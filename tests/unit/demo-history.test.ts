import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_UNITS } from "@/lib/org/units";
import { build2022Plan } from "@/lib/plans/build-2022-plan";
import { generateDemoHistory, type DemoReport, type HistoryUnit } from "@/lib/seed/demo-history";
import { AHEAD_COUNTIES, BEHIND_COUNTIES, completionOf } from "@/lib/seed/demo-history-values";
import { STEPS, stateAfter } from "@/lib/reports/workflow";

// The 2022 plan with demo quotas, turned into duties the way lib/reports/duties.ts does it
// (point id = point no, indicator id = no × 100 + position).
const plan = build2022Plan(readFileSync(new URL("../../prisma/seed/plan-2022.txt", import.meta.url), "utf8"));
const points = plan.sections.flatMap((section) => section.points);

function unitsOfPlan(): HistoryUnit[] {
  return ALL_UNITS.filter((unit) => unit.kind !== "BUREAU").map((unit) => ({
    code: unit.code,
    kind: unit.kind as HistoryUnit["kind"],
    duties: points
      .filter((point) =>
        unit.kind === "COUNTY"
          ? point.indicators.some((indicator) => indicator.quotas.some((quota) => quota.unitCode === unit.code))
          : point.leadUnitCode === unit.code,
      )
      .map((point) => ({
        pointId: point.no,
        pointNo: point.no,
        pointTitle: point.title,
        leadUnitId: 0,
        leadUnitCode: point.leadUnitCode,
        indicators: point.indicators.flatMap((indicator, index) => {
          const quota = indicator.quotas.find((candidate) => candidate.unitCode === unit.code);
          if (unit.kind === "COUNTY" ? !quota : indicator.quotas.length > 0) return [];
          return [
            {
              id: point.no * 100 + index,
              name: indicator.name,
              unit: indicator.unit,
              kind: indicator.kind,
              target: quota?.target ?? indicator.target,
              wholeNumbers: indicator.wholeNumbers,
              dueOn: indicator.dueOn,
            },
          ];
        }),
      })),
  }));
}

const units = unitsOfPlan();
const history = generateDemoHistory(units);
const find = (unitCode: string, pointId: number, month: number) =>
  history.find(
    (report) =>
      report.unitCode === unitCode &&
      report.pointId === pointId &&
      report.period === `2022-${String(month).padStart(2, "0")}`,
  );

describe("the simulated demo history", () => {
  it("is the same history for the same seed, and another for another seed", () => {
    expect(JSON.stringify(generateDemoHistory(unitsOfPlan()))).toBe(JSON.stringify(history));
    expect(JSON.stringify(generateDemoHistory(units, 7))).not.toBe(JSON.stringify(history));
  });

  it("files January to September for every duty, approved except the few left stuck in September", () => {
    const duties = units.reduce((sum, unit) => sum + unit.duties.length, 0);
    for (let month = 1; month <= 9; month++) {
      const reports = history.filter((report) => report.period === `2022-0${month}`);
      expect(reports).toHaveLength(duties);
      const notApproved = reports.filter((report) => report.state !== "APPROVED");
      expect(notApproved.length, `month ${month}`).toBe(month === 9 ? 2 : 0);
    }
    expect(
      history
        .filter((report) => report.period === "2022-09" && report.state === "RETURNED")
        .map((report) => report.unitCode)
        .sort(),
    ).toEqual(["beian", "meizhou"]);
    expect(
      history.some((report) => report.events.some((event) => event.step === "return")) &&
        history.some((report) => report.events.some((event) => event.step === "sendBack")),
    ).toBe(true);
  });

  it("leaves October partly filed, in every state and some not started", () => {
    const october = history.filter((report) => report.period === "2022-10");
    expect(new Set(october.map((report) => report.state))).toEqual(
      new Set(["APPROVED", "SUBMITTED", "AWAITING_SIGNOFF", "DRAFT", "RETURNED"]),
    );
    expect(october.length).toBeLessThan(units.reduce((sum, unit) => sum + unit.duties.length, 0));
    expect(october.some((report) => report.unitCode === "meizhou")).toBe(false);
    // Nothing happens after the demo clock (2022-11-03 09:00 in Shanghai).
    expect(Math.max(...history.flatMap((report) => report.events.map((event) => event.at.getTime())))).toBeLessThan(
      Date.parse("2022-11-03T01:00:00Z"),
    );
  });

  it("never lets a cumulative value fall from one month to the next", () => {
    for (const report of history) {
      const previous = find(report.unitCode, report.pointId, Number(report.period.slice(5)) - 1);
      if (!previous) continue;
      report.values.forEach((value, index) => {
        const before = previous.values[index];
        expect(value.value ?? 0).toBeGreaterThanOrEqual(before.value ?? 0);
        expect(value.numerator ?? 0).toBeGreaterThanOrEqual(before.numerator ?? 0);
      });
    }
  });

  it("puts Xianyou and Licheng ahead of time progress in October, Beian and Meizhou behind, on every indicator", () => {
    const timeProgress = 10 / 12;
    const completions = (unitCode: string) =>
      units
        .find((unit) => unit.code === unitCode)!
        .duties.flatMap((duty) => {
          const values = find(unitCode, duty.pointId, 10)?.values ?? find(unitCode, duty.pointId, 9)!.values;
          return duty.indicators
            .map((indicator, index) => completionOf(indicator, values[index]))
            .filter((completion) => completion !== null);
        });
    for (const code of AHEAD_COUNTIES)
      expect(Math.min(...completions(code)), code).toBeGreaterThanOrEqual(timeProgress);
    for (const code of BEHIND_COUNTIES) expect(Math.max(...completions(code)), code).toBeLessThan(timeProgress);
    expect(completions("xianyou").length).toBeGreaterThan(10);
  });

  it("gives rates a plausible numerator and denominator, never above 100%", () => {
    const rates = history.flatMap((report) => report.values).filter((value) => value.denominator !== null);
    expect(rates.length).toBeGreaterThan(0);
    for (const value of rates) expect(value.denominator!).toBeGreaterThan(0);
    const pairing = find("licheng", 17, 6)!.values[2];
    expect(pairing.denominator).toBeGreaterThan(50);
    expect(pairing.numerator! / pairing.denominator!).toBeLessThanOrEqual(1);
  });

  it("records every step by the right person in a chain that ends in the report's state", () => {
    const check = (report: DemoReport) => {
      let state: DemoReport["state"] | null = null;
      report.events.forEach((event, index) => {
        expect(event.fromState).toBe(state);
        expect(event.toState).toBe(state === null ? "DRAFT" : stateAfter(event.step, state));
        if (state !== null) expect(STEPS[event.step].from).toContain(state);
        expect(event.version).toBe(index + 1);
        if (index > 0) expect(event.at.getTime()).toBeGreaterThan(report.events[index - 1].at.getTime());
        if (event.step === "return" || event.step === "sendBack") expect(event.reason).not.toBe("");
        state = event.toState;
      });
      expect(state).toBe(report.state);
      expect(report.version).toBe(report.events.length);
    };
    history.forEach(check);
    const county = find("hanjiang", 11, 3)!;
    expect(county.events.map((event) => event.username)).toContain("hanjiang-approver");
    expect(county.events.find((event) => event.step === "approve")?.username).toBe("dept-yanglao");
    expect(find("jiuzhu", 3, 3)!.events.find((event) => event.step === "approve")?.username).toBe("supervisor");
  });

  it("writes short Chinese narratives with the numbers in them", () => {
    const report = find("xianyou", 11, 6)!;
    expect(report.progress).toMatch(/^截至6月底,新建长者之家累计完成\d+个/);
    expect(find("dangwei", 1, 6)!.progress).toContain("深入学习贯彻党的创新理论");
  });
});
