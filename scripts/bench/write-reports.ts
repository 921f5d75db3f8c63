// Twelve approved months of every duty of every unit in one plan year, written in bulk the way the
// demo history is (lib/seed/write-demo-history.ts), from the demo generator's own pieces: the
// same value series per indicator kind, the same workflow timeline, the same narratives.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { listDuties } from "../../lib/reports/duties";
import { bulkInsert, type BulkColumn } from "../../lib/seed/bulk-insert";
import type { HistoryDuty } from "../../lib/seed/demo-history";
import { demoBaselineOf } from "../../lib/seed/demo-history-baselines";
import { narrativeFor } from "../../lib/seed/demo-history-narrative";
import { BEHIND_COUNTIES, paceOf, type DemoBaseline, type DemoValue } from "../../lib/seed/demo-history-pace";
import { scriptFor, timeSteps, type TimedStep } from "../../lib/seed/demo-history-timeline";
import { valueSeries } from "../../lib/seed/demo-history-values";
import { randomFor } from "../../lib/seed/demo-random";
import { loadMeasures, measuredDuties } from "../../lib/seed/load-history-units";

const SEED = 20221103;
const MONTHS = 12;
const CHUNK = 4000;

const REPORT_COLUMNS: BulkColumn[] = [
  ["unitId", "int"],
  ["pointId", "int"],
  ["period", "text"],
  ["state", '"ReportState"'],
  ["version", "int"],
  ["revision", "int"],
  ["progress", "text"],
  ["problems", "text"],
  ["nextSteps", "text"],
  ["isDemo", "boolean"],
  ["createdAt", "timestamp(3)"],
  ["updatedAt", "timestamp(3)"],
  ["submittedAt", "timestamp(3)"],
  ["approvedAt", "timestamp(3)"],
];
const VALUE_COLUMNS: BulkColumn[] = [
  ["reportId", "int"],
  ["indicatorId", "int"],
  ["value", "numeric"],
  ["numerator", "numeric"],
  ["denominator", "numeric"],
  ["done", "boolean"],
  ["explanation", "text"],
  ["implausible", "boolean"],
];
const BASELINE_COLUMNS: BulkColumn[] = [
  ["indicatorId", "int"],
  ["unitId", "int"],
  ["value", "numeric"],
  ["numerator", "numeric"],
  ["denominator", "numeric"],
];
const EVENT_COLUMNS: BulkColumn[] = [
  ["reportId", "int"],
  ["revision", "int"],
  ["action", "text"],
  ["fromState", '"ReportState"'],
  ["toState", '"ReportState"'],
  ["userId", "int"],
  ["at", "timestamp(3)"],
  ["snapshot", "jsonb"],
];

type Unit = { id: number; code: string; kind: "BUREAU" | "DEPARTMENT" | "COUNTY" };
type Row = {
  unitId: number;
  pointId: number;
  period: string;
  narrative: ReturnType<typeof narrativeFor>;
  values: DemoValue[];
  baselines: (DemoBaseline & { indicatorId: number })[];
  steps: TimedStep[];
  userIds: (number | null)[];
  names: string[];
};
/** Who took a step, as the demo history names them; the simulated counties have no accounts. */
type Accounts = { userId: (username: string) => number | null; leadCode: (unitId: number) => string };

export type WrittenCounts = { reports: number; values: number; events: number };

function actorOf(step: TimedStep, unit: Unit, duty: HistoryDuty, accounts: Accounts): number | null {
  if (unit.kind !== "COUNTY") return accounts.userId(step.actor === "reviewer" ? "supervisor" : `dept-${unit.code}`);
  return accounts.userId(
    step.actor === "reviewer" ? `dept-${accounts.leadCode(duty.leadUnitId)}` : `${unit.code}-${step.actor}`,
  );
}

function reportsOfDuty(unit: Unit, duty: HistoryDuty, year: number, accounts: Accounts): Row[] {
  const isCounty = unit.kind === "COUNTY";
  const pace = paceOf(unit.code, isCounty);
  const baselines = duty.indicators.map((indicator) =>
    demoBaselineOf(randomFor(SEED, `${year}/${unit.code}/${indicator.id}/baseline`), indicator, unit.code, pace),
  );
  const series = duty.indicators.map((indicator, index) =>
    valueSeries(
      randomFor(SEED, `${year}/${unit.code}/${indicator.id}`),
      indicator,
      unit.code,
      pace,
      MONTHS,
      baselines[index],
    ),
  );
  // The plan's own 年初值 stay; only the generated ones are written, with the January report.
  const written = duty.indicators.flatMap((indicator, index) => {
    const baseline = baselines[index];
    return baseline && !indicator.baseline ? [{ ...baseline, indicatorId: indicator.id }] : [];
  });
  return Array.from({ length: MONTHS }, (_, index) => {
    const month = index + 1;
    const period = `${year}-${String(month).padStart(2, "0")}`;
    const random = randomFor(SEED, `${year}/${unit.code}/${duty.pointId}/${month}`);
    const values = series.map((months) => months[index]);
    const narrative = narrativeFor(
      random,
      duty.pointTitle,
      duty.indicators,
      values,
      month,
      isCounty && BEHIND_COUNTIES.includes(unit.code),
    );
    const steps = timeSteps(scriptFor("approved", isCounty, random), period, random.integer(1, 3), random, false);
    const userIds = steps.map((step) => actorOf(step, unit, duty, accounts));
    return {
      unitId: unit.id,
      pointId: duty.pointId,
      period,
      narrative,
      values,
      baselines: month === 1 ? written : [],
      steps,
      userIds,
      names: duty.indicators.map((indicator) => indicator.name),
    };
  });
}

async function insertChunk(db: PrismaClient, rows: Row[]): Promise<WrittenCounts> {
  const created = await db.$queryRaw<{ id: number; unitId: number; pointId: number; period: string }[]>(
    bulkInsert(
      "Report",
      REPORT_COLUMNS,
      rows.map((row) => [
        row.unitId,
        row.pointId,
        row.period,
        "APPROVED",
        row.steps.length,
        1,
        row.narrative.progress,
        row.narrative.problems,
        row.narrative.nextSteps,
        true,
        row.steps[0].at,
        row.steps.at(-1)!.at,
        row.steps.findLast((step) => step.toState === "SUBMITTED")!.at,
        row.steps.at(-1)!.at,
      ]),
      `RETURNING "id", "unitId", "pointId", "period"`,
    ),
  );
  const ids = new Map(created.map((report) => [`${report.unitId}/${report.pointId}/${report.period}`, report.id]));
  const withIds = rows.map((row) => ({ id: ids.get(`${row.unitId}/${row.pointId}/${row.period}`)!, row }));
  const values = await db.$executeRaw(
    bulkInsert(
      "ReportValue",
      VALUE_COLUMNS,
      withIds.flatMap(({ id, row }) =>
        row.values.map((value) => [
          id,
          value.indicatorId,
          value.value,
          value.numerator,
          value.denominator,
          value.done,
          value.explanation,
          value.implausible,
        ]),
      ),
    ),
  );
  const baselines = rows.flatMap((row) =>
    row.baselines.map((baseline) => [
      baseline.indicatorId,
      row.unitId,
      baseline.value,
      baseline.numerator,
      baseline.denominator,
    ]),
  );
  if (baselines.length > 0)
    await db.$executeRaw(bulkInsert("Baseline", BASELINE_COLUMNS, baselines, `ON CONFLICT DO NOTHING`));
  const events = await db.$executeRaw(
    bulkInsert(
      "ReportEvent",
      EVENT_COLUMNS,
      withIds.flatMap(({ id, row }) =>
        row.steps.map((step, index) => [
          id,
          1,
          step.step,
          step.fromState,
          step.toState,
          row.userIds[index],
          step.at,
          {
            state: step.toState,
            version: index + 1,
            revision: 1,
            ...row.narrative,
            values: row.values.map((value, at) => ({
              indicator: row.names[at],
              value: value.value,
              numerator: value.numerator,
              denominator: value.denominator,
              done: value.done,
              explanation: value.explanation,
            })),
          },
        ]),
      ),
    ),
  );
  return { reports: created.length, values, events };
}

export async function writeApprovedReports(db: PrismaClient, year: number): Promise<WrittenCounts> {
  const units = await db.unit.findMany({
    where: { kind: { in: ["COUNTY", "DEPARTMENT"] } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, kind: true },
  });
  const users = new Map(
    (await db.user.findMany({ select: { id: true, username: true } })).map((user) => [user.username, user.id]),
  );
  const codes = new Map(units.map((unit) => [unit.id, unit.code]));
  const accounts: Accounts = {
    userId: (username) => users.get(username) ?? null,
    leadCode: (unitId) => codes.get(unitId) ?? "",
  };
  const measured = await loadMeasures(db, year);
  const rows: Row[] = [];
  for (const unit of units)
    for (const duty of measuredDuties(
      await listDuties(db, unit.id, `${year}-12`),
      unit.id,
      measured,
      accounts.leadCode,
    ))
      rows.push(...reportsOfDuty(unit, duty, year, accounts));
  const total: WrittenCounts = { reports: 0, values: 0, events: 0 };
  for (let start = 0; start < rows.length; start += CHUNK) {
    const written = await insertChunk(db, rows.slice(start, start + CHUNK));
    total.reports += written.reports;
    total.values += written.values;
    total.events += written.events;
  }
  return total;
}
