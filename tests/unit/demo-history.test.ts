import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_UNITS } from "@/lib/org/units";
import { build2022Plan } from "@/lib/plans/build-2022-plan";
import { generateDemoBaselines, generateDemoHistory, type DemoReport, type HistoryUnit } from "@/lib/seed/demo-history";
import { shareOf } from "@/lib/seed/demo-history-baselines";
import {
  AHEAD_COUNTIES,
  BEHIND_COUNTIES,
  type DemoBaseline,
  type DemoValue,
  type HistoryIndicator,
} from "@/lib/seed/demo-history-pace";
import { completionOf } from "@/lib/seed/demo-history-values";
import { STEPS, stateAfter } from "@/lib/reports/workflow";

// The 2022 plan with demo quotas, turned into duties the way lib/reports/duties.ts does it
// (point id = point no, indicator id = no × 100 + position), with the plan's measures and 年初值.
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
          const baseline = indicator.baselines.find((candidate) => candidate.unitCode === unit.code);
          return [
            {
              id: point.no * 100 + index,
              name: indicator.name,
              unit: indicator.unit,
              kind: indicator.kind,
              target: quota?.target ?? indicator.target,
              rule: indicator.rule,
              quotaMode: indicator.quotaMode,
              wholeNumbers: indicator.wholeNumbers,
              dueOn: indicator.dueOn,
              baseline: baseline ? { value: baseline.value, numerator: null, denominator: null } : null,
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

const baselines = generateDemoBaselines(units);
const indicatorOf = (unitCode: string, indicatorId: number) =>
  units
    .find((unit) => unit.code === unitCode)!
    .duties.flatMap((duty) => duty.indicators)
    .find((indicator) => indicator.id === indicatorId)!;
/** The 年初值 a unit starts from: the plan's own, or the one the demo adds. */
const baselineOf = (unitCode: string, indicator: HistoryIndicator): DemoBaseline | null =>
  indicator.baseline ??
  baselines.find((baseline) => baseline.unitCode === unitCode && baseline.indicatorId === indicator.id) ??
  null;
/** The baseline in the indicator's unit: a count, a % or 人/万人. */
const startOf = (indicator: HistoryIndicator, baseline: DemoBaseline | null) =>
  baseline === null ? 0 : indicator.kind === "SUM" ? baseline.value! : shareOf(indicator, baseline);
/** Issue 17's expected progress: (b + (t − b)·f(m)) ÷ t, f = 1 for a level, m ÷ 12 for a linear rule. */
function expectedOf(indicator: HistoryIndicator, baseline: DemoBaseline | null, month: number): number {
  const b = startOf(indicator, baseline);
  const f = indicator.rule === "LEVEL" ? 1 : month / 12;
  return (b + (indicator.target - b) * f) / indicator.target;
}
const achieved = (indicator: HistoryIndicator, value: DemoValue) =>
  indicator.kind === "SUM" ? value.value! : shareOf(indicator, value);
/** Every county's value of an indicator (found by words) month by month, with the county's quota and 年初值. */
function seriesOf(words: RegExp) {
  return units
    .filter((unit) => unit.kind === "COUNTY")
    .flatMap((unit) =>
      unit.duties.flatMap((duty) =>
        duty.indicators
          .filter((indicator) => words.test(indicator.name))
          .map((indicator) => ({
            unitCode: unit.code,
            indicator,
            baseline: baselineOf(unit.code, indicator),
            values: Array.from({ length: 10 }, (_, index) => {
              const report = find(unit.code, duty.pointId, index + 1);
              return report
                ? achieved(indicator, report.values.find((value) => value.indicatorId === indicator.id)!)
                : null;
            }),
          })),
      ),
    );
}
const lastFiled = (values: (number | null)[]) => values.findLast((value) => value !== null)!;

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

  it("never lets a value fall below the month before without a 说明, flagged to the reviewers; counts built this year never fall", () => {
    let explained = 0;
    for (const report of history) {
      const previous = find(report.unitCode, report.pointId, Number(report.period.slice(5)) - 1);
      if (!previous) continue;
      report.values.forEach((value, index) => {
        const before = previous.values[index];
        const fell = (value.value ?? value.numerator ?? 0) < (before.value ?? before.numerator ?? 0);
        const indicator = indicatorOf(report.unitCode, value.indicatorId);
        if (indicator.kind === "SUM" && indicator.rule !== "LEVEL") expect(fell).toBe(false);
        expect(value.explanation !== "", `${report.unitCode} ${indicator.name} ${report.period}`).toBe(fell);
        expect(value.implausible).toBe(fell);
        if (fell) {
          explained++;
          expect(report.problems).toContain(value.explanation);
        }
      });
    }
    expect(explained).toBeGreaterThan(0);
  });

  it("puts Xianyou and Licheng ahead of expected progress (b + (t − b)·f) ÷ t in October, Beian and Meizhou behind, on every indicator", () => {
    const completions = (unitCode: string) =>
      units
        .find((unit) => unit.code === unitCode)!
        .duties.flatMap((duty) => {
          const report = find(unitCode, duty.pointId, 10) ?? find(unitCode, duty.pointId, 9)!;
          const month = Number(report.period.slice(5));
          return duty.indicators.flatMap((indicator, index) => {
            const completion = completionOf(indicator, report.values[index]);
            if (completion === null) return [];
            return [{ completion, expected: expectedOf(indicator, baselineOf(unitCode, indicator), month) }];
          });
        });
    for (const code of AHEAD_COUNTIES)
      for (const { completion, expected } of completions(code))
        expect(completion, code).toBeGreaterThanOrEqual(expected - 1e-9);
    for (const code of BEHIND_COUNTIES)
      for (const { completion, expected } of completions(code)) expect(completion, code).toBeLessThan(expected);
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

describe("the demo history, rule by rule, from believable 年初值", () => {
  it("writes a 年初值 for every county of the rates and ratios, keeps the plan's own (34), and none for counts built this year", () => {
    const counties = units.filter((unit) => unit.kind === "COUNTY").map((unit) => unit.code);
    for (const words of [/供养/, /购买服务/, /示范点困境儿童/, /县\(区、管委会\)/, /社区工作者/]) {
      const rows = seriesOf(words);
      expect(rows.map((row) => row.unitCode).sort(), String(words)).toEqual([...counties].sort());
      for (const row of rows) {
        // The same population as the monthly reports: people in whole numbers, funds in 0.1 万元.
        const january = find(row.unitCode, Math.floor(row.indicator.id / 100), 1)!;
        const reported = january.values.find((value) => value.indicatorId === row.indicator.id)!;
        expect(row.baseline!.denominator).toBe(reported.denominator);
        const step = /购买服务/.test(row.indicator.name) ? 10 : 1;
        expect(Number.isInteger(Math.round(row.baseline!.numerator! * step * 1e6) / 1e6)).toBe(true);
      }
    }
    expect(baselines.every((baseline) => baseline.indicatorId !== 3401)).toBe(true);
    for (const row of seriesOf(/管护/)) expect(row.baseline?.value).toBe(row.indicator.target);
    for (const row of seriesOf(/新建长者之家|家庭养老床位|社会工作服务机构/)) expect(row.baseline).toBeNull();
  });

  it("starts each county's 年初值 within the range a bureau would recognise, ahead counties higher than laggards", () => {
    const ranges: [RegExp, number, number][] = [
      [/供养/, 88, 100],
      [/购买服务/, 1.9, 3.6],
      [/示范点困境儿童/, 53, 81],
      [/县\(区、管委会\)/, 24, 36],
      [/社区工作者/, 11.9, 15.1],
    ];
    for (const [words, low, high] of ranges) {
      const rows = seriesOf(words);
      const start = (code: string) => startOf(rows[0].indicator, rows.find((row) => row.unitCode === code)!.baseline);
      for (const row of rows) {
        expect(startOf(row.indicator, row.baseline), `${row.unitCode} ${words}`).toBeGreaterThanOrEqual(low);
        expect(startOf(row.indicator, row.baseline), `${row.unitCode} ${words}`).toBeLessThanOrEqual(high);
      }
      expect(Math.min(start("xianyou"), start("licheng"))).toBeGreaterThan(Math.max(start("beian"), start("meizhou")));
    }
  });

  it("holds a LEVEL rate near its target from January: 集中供养率 95–100% for the counties on time, never below 85%", () => {
    for (const row of [...seriesOf(/供养/), ...seriesOf(/购买服务/)])
      expect(Math.abs(row.values[0]! - row.indicator.target), `${row.unitCode} January`).toBeLessThanOrEqual(10);
    for (const row of seriesOf(/购买服务/)) {
      expect(row.values[0]!, row.unitCode).toBeGreaterThanOrEqual(2);
      expect(row.values[0]!, row.unitCode).toBeLessThanOrEqual(3.5);
    }
    for (const row of seriesOf(/供养/)) {
      const filed = row.values.filter((value) => value !== null) as number[];
      expect(Math.min(...filed), row.unitCode).toBeGreaterThanOrEqual(85);
      expect(Math.max(...filed), row.unitCode).toBeLessThanOrEqual(100);
      if (!BEHIND_COUNTIES.includes(row.unitCode))
        expect(Math.min(...filed.slice(2)), row.unitCode).toBeGreaterThanOrEqual(95);
    }
  });

  it("moves a linear-from-baseline rate from its 年初值 towards its target at the county's pace", () => {
    for (const words of [/示范点困境儿童/, /县\(区、管委会\)/, /社区工作者/]) {
      for (const row of seriesOf(words)) {
        const start = startOf(row.indicator, row.baseline);
        const gap = row.indicator.target - start;
        expect(gap, row.unitCode).toBeGreaterThan(0);
        expect(row.values[0]!, `${row.unitCode} January`).toBeGreaterThanOrEqual(start);
        expect(row.values[0]! - start, `${row.unitCode} January`).toBeLessThanOrEqual(gap * 0.2);
        expect(lastFiled(row.values), row.unitCode).toBeGreaterThan(start);
      }
    }
  });

  it("counts whole things in whole numbers and 亿元 in hundredths", () => {
    const counted = history.flatMap((report) =>
      report.values.filter((value) => indicatorOf(report.unitCode, value.indicatorId).wholeNumbers),
    );
    expect(counted.length).toBeGreaterThan(500);
    for (const value of counted) expect(Number.isInteger(value.value), String(value.value)).toBe(true);
    const lottery = seriesOf(/福利彩票/).flatMap((row) => row.values.filter((value) => value !== null) as number[]);
    expect(lottery.some((value) => !Number.isInteger(value))).toBe(true);
    for (const value of lottery) expect(Math.round(value * 100)).toBeCloseTo(value * 100, 6);
  });

  it("counts 社工机构 per county against the minimum of 2: one county still at 0 in October, another above 2", () => {
    const rows = seriesOf(/社会工作服务机构/);
    expect(rows).toHaveLength(7);
    const october = new Map(rows.map((row) => [row.unitCode, lastFiled(row.values)]));
    expect([...october.values()].some((count) => count === 0)).toBe(true);
    expect([...october.values()].some((count) => count > 2)).toBe(true);
    expect(october.get("meizhou")).toBe(0);
    expect(october.get("xianyou")).toBeGreaterThan(2);
  });

  it("keeps 管护已修缮革命遗址 at its 年初值, and a laggard's lost site explained in its month", () => {
    for (const row of seriesOf(/管护/)) {
      const filed = row.values.filter((value) => value !== null) as number[];
      if (BEHIND_COUNTIES.includes(row.unitCode)) {
        expect(filed[0]).toBe(row.indicator.target);
        expect(lastFiled(row.values)).toBe(row.indicator.target - 1);
      } else expect(new Set(filed)).toEqual(new Set([row.indicator.target]));
    }
  });
});
