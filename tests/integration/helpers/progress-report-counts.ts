// The filing record counted by hand from raw reports, their SUBMITTED events and granted extensions:
// due on the due day of the next month (or the latest granted extension), on time when first
// submitted on or before that day in Asia/Shanghai, overdue when the day has passed unsubmitted.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { RawPlan } from "./progress-raw";

const shanghaiDay = (at: Date) => format(new TZDate(at.getTime(), "Asia/Shanghai"), "yyyy-MM-dd");

function monthsUpTo(period: string): string[] {
  const year = period.slice(0, 4);
  return Array.from({ length: Number(period.slice(5)) }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
}

function normalDue(period: string, dueDay: number): string {
  const [year, month] = period.split("-").map(Number);
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
  return `${next}-${String(dueDay).padStart(2, "0")}`;
}

export type UnitRecord = { reportsDue: number; reportsOnTime: number; overdueReports: number; pendingReports: number };
export type OverdueKey = {
  unitId: number;
  pointId: number;
  period: string;
  state: string | null;
  reportId: number | null;
  dueAt: string;
};

export function countReportsByHand(raw: RawPlan, period: string, now: Date, dueDay = 5) {
  const today = shanghaiDay(now);
  const duties = new Set<string>();
  for (const point of raw.points) {
    duties.add(`${point.leadUnitId}/${point.id}`);
    for (const indicator of point.indicators)
      for (const quota of indicator.quotas) duties.add(`${quota.unitId}/${point.id}`);
  }
  const reports = new Map(raw.reports.map((report) => [`${report.unitId}/${report.pointId}/${report.period}`, report]));
  const byUnit = new Map<number, UnitRecord>();
  const overdue: OverdueKey[] = [];
  let expected = 0;
  let approved = 0;
  for (const duty of duties) {
    const [unitId, pointId] = duty.split("/").map(Number);
    const record = byUnit.get(unitId) ?? { reportsDue: 0, reportsOnTime: 0, overdueReports: 0, pendingReports: 0 };
    byUnit.set(unitId, record);
    for (const month of monthsUpTo(period)) {
      const report = reports.get(`${duty}/${month}`);
      const granted = raw.extensions
        .filter((e) => e.unitId === unitId && e.period === month)
        .map((e) => e.requestedDue.toISOString().slice(0, 10))
        .sort();
      const due = granted.at(-1) ?? normalDue(month, dueDay);
      if (month === period) {
        expected += 1;
        if (report?.state === "APPROVED") approved += 1;
        else record.pendingReports += 1;
      }
      if (!(today > due)) continue;
      record.reportsDue += 1;
      const firstSubmitted = report?.events.map((event) => event.at).sort((a, b) => a.getTime() - b.getTime())[0];
      if (firstSubmitted && shanghaiDay(firstSubmitted) <= due) record.reportsOnTime += 1;
      if (report?.state !== "SUBMITTED" && report?.state !== "APPROVED") {
        record.overdueReports += 1;
        overdue.push({
          unitId,
          pointId,
          period: month,
          state: report?.state ?? null,
          reportId: report?.id ?? null,
          dueAt: due,
        });
      }
    }
  }
  return { byUnit, expected, approved, pending: expected - approved, overdue };
}
