// Writes the simulated demo history (lib/seed/demo-history.ts) in bulk (lib/seed/bulk-insert.ts), once: demo mode only,
// and only while no demo report exists. All of it or nothing, in one transaction.
//
// No audit rows: the audit trail records what people did in this system, and nobody did this.
// The reports and their history events are labelled isDemo instead, and the UI says so.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import { bulkInsert, type BulkColumn } from "./bulk-insert";
import {
  DEMO_HISTORY_YEAR,
  generateDemoBaselines,
  generateDemoHistory,
  type DemoEvent,
  type DemoReport,
} from "./demo-history";
import { loadHistoryUnits } from "./load-history-units";

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
  ["source", '"BaselineSource"'],
];
const EVENT_COLUMNS: BulkColumn[] = [
  ["reportId", "int"],
  ["revision", "int"],
  ["action", "text"],
  ["fromState", '"ReportState"'],
  ["toState", '"ReportState"'],
  ["userId", "int"],
  ["reason", "text"],
  ["at", "timestamp(3)"],
  ["snapshot", "jsonb"],
];

export type DemoHistoryCounts = {
  reports: number;
  values: number;
  events: number;
  baselines: number;
  milliseconds: number;
};

function snapshotAt(report: DemoReport, event: DemoEvent, indicatorNames: Map<number, string>): ReportSnapshot {
  return {
    state: event.toState,
    version: event.version,
    revision: 1,
    progress: report.progress,
    problems: report.problems,
    nextSteps: report.nextSteps,
    values: report.values.map((value) => ({
      indicator: indicatorNames.get(value.indicatorId) ?? "",
      value: value.value,
      numerator: value.numerator,
      denominator: value.denominator,
      done: value.done,
      explanation: value.explanation,
    })),
  };
}

/** Returns what was written, or null when there was nothing to do (not the first demo start, or no 2022 plan). */
export async function seedDemoHistory(db: PrismaClient): Promise<DemoHistoryCounts | null> {
  const startedAt = Date.now();
  if ((await db.report.count({ where: { isDemo: true } })) > 0) return null;
  if (!(await db.plan.findUnique({ where: { year: DEMO_HISTORY_YEAR }, select: { id: true } }))) return null;
  const units = await loadHistoryUnits(db, DEMO_HISTORY_YEAR);
  const reports = generateDemoHistory(units);
  const baselines = generateDemoBaselines(units);
  const unitIds = new Map(
    (await db.unit.findMany({ select: { id: true, code: true } })).map((unit) => [unit.code, unit.id]),
  );
  const userIds = new Map(
    (await db.user.findMany({ select: { id: true, username: true } })).map((user) => [user.username, user.id]),
  );
  const indicatorNames = new Map(
    units.flatMap((unit) =>
      unit.duties.flatMap((duty) => duty.indicators.map((indicator) => [indicator.id, indicator.name] as const)),
    ),
  );

  const counts = await db.$transaction(
    async (tx) => {
      // Typed, as a supervisor would: a 年初值 someone typed before the first demo start is kept.
      const baselineRows = await tx.$executeRaw(
        bulkInsert(
          "Baseline",
          BASELINE_COLUMNS,
          baselines.map((baseline) => [
            baseline.indicatorId,
            unitIds.get(baseline.unitCode),
            baseline.value,
            baseline.numerator,
            baseline.denominator,
            "TYPED",
          ]),
          `ON CONFLICT ("indicatorId", "unitId") DO NOTHING`,
        ),
      );
      // A report someone filed for real before the history was first written is kept, and its simulated twin dropped.
      const created = await tx.$queryRaw<{ id: number; unitId: number; pointId: number; period: string }[]>(
        bulkInsert(
          "Report",
          REPORT_COLUMNS,
          reports.map((report) => [
            unitIds.get(report.unitCode),
            report.pointId,
            report.period,
            report.state,
            report.version,
            1,
            report.progress,
            report.problems,
            report.nextSteps,
            true,
            report.events[0].at,
            report.events.at(-1)!.at,
            report.submittedAt,
            report.approvedAt,
          ]),
          `ON CONFLICT ("unitId", "pointId", "period") DO NOTHING RETURNING "id", "unitId", "pointId", "period"`,
        ),
      );
      const ids = new Map(created.map((row) => [`${row.unitId}/${row.pointId}/${row.period}`, row.id]));
      const written = reports.flatMap((report) => {
        const id = ids.get(`${unitIds.get(report.unitCode)}/${report.pointId}/${report.period}`);
        return id === undefined ? [] : [{ id, report }];
      });
      const values = await tx.$executeRaw(
        bulkInsert(
          "ReportValue",
          VALUE_COLUMNS,
          written.flatMap(({ id, report }) =>
            report.values.map((value) => [
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
      const events = await tx.$executeRaw(
        bulkInsert(
          "ReportEvent",
          EVENT_COLUMNS,
          written.flatMap(({ id, report }) =>
            report.events.map((event) => [
              id,
              1,
              event.step,
              event.fromState,
              event.toState,
              userIds.get(event.username) ?? null,
              event.reason,
              event.at,
              snapshotAt(report, event, indicatorNames),
            ]),
          ),
        ),
      );
      return { reports: created.length, values, events, baselines: baselineRows };
    },
    { timeout: 60_000 },
  );
  return { ...counts, milliseconds: Date.now() - startedAt };
}
