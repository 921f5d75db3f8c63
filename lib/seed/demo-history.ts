// The simulated history of the demo: January to October 2022 for every county and department duty,
// generated deterministically (same seed, same history). Pure: lib/seed/write-demo-history.ts
// writes it. October is the month being filed on the demo clock (2022-11-03), so it is partly filed.
import type { ReportState } from "@/lib/generated/prisma/enums";
import type { Duty } from "@/lib/reports/duties";
import type { Step } from "@/lib/reports/workflow";
import { narrativeFor, type Narrative } from "./demo-history-narrative";
import { scriptFor, timeSteps, type Actor, type Fate } from "./demo-history-timeline";
import { demoBaselineOf } from "./demo-history-baselines";
import {
  AHEAD_COUNTIES,
  BEHIND_COUNTIES,
  paceOf,
  type DemoBaseline,
  type DemoValue,
  type HistoryIndicator,
} from "./demo-history-pace";
import { valueSeries } from "./demo-history-values";
import { randomFor, type Random } from "./demo-random";

export const DEMO_HISTORY_SEED = 20221103;
export const DEMO_HISTORY_YEAR = 2022;
export const DEMO_HISTORY_MONTHS = 10;

export type HistoryDuty = Omit<Duty, "indicators"> & { leadUnitCode: string; indicators: HistoryIndicator[] };
export type HistoryUnit = { code: string; kind: "COUNTY" | "DEPARTMENT"; duties: HistoryDuty[] };
export type DemoEvent = {
  step: Step;
  username: string;
  fromState: ReportState | null;
  toState: ReportState;
  reason: string;
  at: Date;
  version: number;
};
export type DemoReport = Narrative & {
  unitCode: string;
  pointId: number;
  period: string;
  state: ReportState;
  version: number;
  values: DemoValue[];
  events: DemoEvent[];
  submittedAt: Date | null;
  approvedAt: Date | null;
};

// Left stuck in September, so the overdue lists have something to show: Beian's first point was
// returned by the lead department, Meizhou's second sent back by its own approver; neither was resent.
const STUCK_IN_SEPTEMBER: Record<string, { dutyIndex: number; fate: Fate }> = {
  beian: { dutyIndex: 0, fate: "returned" },
  meizhou: { dutyIndex: 1, fate: "sentBack" },
};

// How far each unit has got with October on the demo clock; null: not started.
type Mix = [Fate | null, number][];
const OCTOBER_MIX: Record<string, Mix> = {
  xianyou: [
    ["approved", 6],
    ["submitted", 4],
  ],
  licheng: [
    ["approved", 3],
    ["submitted", 5],
    ["awaitingSignoff", 2],
  ],
  chengxiang: [
    ["submitted", 4],
    ["awaitingSignoff", 3],
    ["sentBack", 1],
    ["draft", 2],
  ],
  hanjiang: [
    ["awaitingSignoff", 3],
    ["draft", 4],
    [null, 3],
  ],
  xiuyu: [
    ["submitted", 2],
    ["draft", 4],
    [null, 4],
  ],
  beian: [
    ["draft", 2],
    [null, 8],
  ],
  meizhou: [[null, 1]],
};
const DEPARTMENT_OCTOBER_MIX: Mix = [
  ["approved", 3],
  ["submitted", 3],
  ["draft", 2],
  [null, 2],
];

function weighted(random: Random, mix: Mix): Fate | null {
  let roll = random.next() * mix.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [fate, weight] of mix) if ((roll -= weight) < 0) return fate;
  return mix.at(-1)![0];
}

function fateOf(unit: HistoryUnit, dutyIndex: number, month: number, random: Random): Fate | null {
  const stuck = STUCK_IN_SEPTEMBER[unit.code];
  const isStuck = stuck?.dutyIndex === dutyIndex;
  if (month === DEMO_HISTORY_MONTHS)
    return isStuck
      ? null
      : weighted(
          random,
          unit.kind === "COUNTY" ? (OCTOBER_MIX[unit.code] ?? DEPARTMENT_OCTOBER_MIX) : DEPARTMENT_OCTOBER_MIX,
        );
  if (month === DEMO_HISTORY_MONTHS - 1 && isStuck) return stuck.fate;
  const roll = random.next();
  return roll < 0.04 ? "returnedThenApproved" : roll < 0.07 ? "sentBackThenApproved" : "approved";
}

/** The day of the following month a unit starts filing: the laggards later, sometimes past the due day. */
function startDayOf(unit: HistoryUnit, month: number, random: Random): number {
  if (month === DEMO_HISTORY_MONTHS) return random.integer(1, 2);
  if (AHEAD_COUNTIES.includes(unit.code)) return random.integer(1, 2);
  if (BEHIND_COUNTIES.includes(unit.code)) return random.chance(0.15) ? random.integer(6, 8) : random.integer(2, 4);
  return random.integer(1, 3);
}

function usernameOf(actor: Actor, unit: HistoryUnit, duty: HistoryDuty): string {
  if (unit.kind === "DEPARTMENT") return actor === "reviewer" ? "supervisor" : `dept-${unit.code}`;
  return actor === "reviewer" ? `dept-${duty.leadUnitCode}` : `${unit.code}-${actor}`;
}

const lastAt = (events: DemoEvent[], state: ReportState) =>
  events.findLast((event) => event.toState === state)?.at ?? null;

/** Where a unit starts the year on an indicator: the plan's own 年初值, or the demo's (its own random stream). */
const baselineFor = (unit: HistoryUnit, indicator: HistoryIndicator, seed: number) =>
  demoBaselineOf(
    randomFor(seed, `${unit.code}/${indicator.id}/baseline`),
    indicator,
    unit.code,
    paceOf(unit.code, unit.kind === "COUNTY"),
  );

export type NewBaseline = DemoBaseline & { unitCode: string; indicatorId: number };

/** The 年初值 the demo adds (TYPED, as a supervisor would): every one the history starts from that the plan lacks. */
export function generateDemoBaselines(units: HistoryUnit[], seed = DEMO_HISTORY_SEED): NewBaseline[] {
  return units.flatMap((unit) =>
    unit.duties.flatMap((duty) =>
      duty.indicators.flatMap((indicator) => {
        const baseline = indicator.baseline ? null : baselineFor(unit, indicator, seed);
        return baseline ? [{ ...baseline, unitCode: unit.code, indicatorId: indicator.id }] : [];
      }),
    ),
  );
}

export function generateDemoHistory(units: HistoryUnit[], seed = DEMO_HISTORY_SEED): DemoReport[] {
  const reports: DemoReport[] = [];
  for (const unit of units) {
    const isCounty = unit.kind === "COUNTY";
    const pace = paceOf(unit.code, isCounty);
    unit.duties.forEach((duty, dutyIndex) => {
      const series = duty.indicators.map((indicator) =>
        valueSeries(
          randomFor(seed, `${unit.code}/${indicator.id}/values`),
          indicator,
          unit.code,
          pace,
          DEMO_HISTORY_MONTHS,
          baselineFor(unit, indicator, seed),
        ),
      );
      for (let month = 1; month <= DEMO_HISTORY_MONTHS; month++) {
        const random = randomFor(seed, `${unit.code}/${duty.pointId}/${month}`);
        const fate = fateOf(unit, dutyIndex, month, random);
        if (!fate) continue;
        const period = `${DEMO_HISTORY_YEAR}-${String(month).padStart(2, "0")}`;
        const steps = timeSteps(
          scriptFor(fate, isCounty, random),
          period,
          startDayOf(unit, month, random),
          random,
          month === DEMO_HISTORY_MONTHS,
        );
        const events = steps.map((step, index) => ({
          step: step.step,
          username: usernameOf(step.actor, unit, duty),
          fromState: step.fromState,
          toState: step.toState,
          reason: step.reason ?? "",
          at: step.at,
          version: index + 1,
        }));
        const values = series.map((months) => months[month - 1]);
        reports.push({
          unitCode: unit.code,
          pointId: duty.pointId,
          period,
          ...narrativeFor(
            random,
            duty.pointTitle,
            duty.indicators,
            values,
            month,
            isCounty && BEHIND_COUNTIES.includes(unit.code),
          ),
          state: events.at(-1)!.toState,
          version: events.length,
          values,
          events,
          submittedAt: lastAt(events, "SUBMITTED"),
          approvedAt: lastAt(events, "APPROVED"),
        });
      }
    });
  }
  return reports;
}
