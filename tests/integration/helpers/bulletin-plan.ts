// A plan of the test's own year for the 通报 tests: one point split over three counties (荔城区
// files it through the real workflow, so a correction can be approved later), one point the
// 社会救助科 reports itself, approved months January–March, and 督查单 around the month's edges.
import { randomUUID } from "node:crypto";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { saveReport } from "@/lib/reports/save-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./progress-plans";

const pad = (value: number) => String(value).padStart(2, "0");

export const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });

export const as = async (db: PrismaClient, username: string) =>
  viewerOfUser(await db.user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));

type Step = "sendForSignoff" | "sign" | "approve" | "reopen";

async function step(db: PrismaClient, username: string, reportId: number, name: Step) {
  const { version } = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } });
  await transitionReport(db, await as(db, username), context(), {
    reportId,
    step: name,
    expectedVersion: version,
    reason: "",
  });
}

export type BulletinPlan = { pointId: number; indicatorId: number; lichengReportId: number };

/** 荔城区 files and has approved `value` for the month, through the workflow. */
export async function fileLicheng(db: PrismaClient, plan: BulletinPlan, period: string, value: number, asOf: Date) {
  const existing = await db.report.findFirst({
    where: { pointId: plan.pointId, period, unit: { code: "licheng" } },
    select: { id: true, version: true },
  });
  if (existing) await step(db, "licheng-reporter", existing.id, "reopen");
  const version = existing
    ? (await db.report.findUniqueOrThrow({ where: { id: existing.id }, select: { version: true } })).version
    : null;
  const { reportId } = await saveReport(
    db,
    await as(db, "licheng-reporter"),
    context(),
    {
      pointId: plan.pointId,
      period,
      expectedVersion: version,
      narrative: { progress: `累计${value}个`, problems: "", nextSteps: "" },
      values: [{ indicatorId: plan.indicatorId, value, explanation: "" }],
    },
    asOf,
  );
  await step(db, "licheng-reporter", reportId, "sendForSignoff");
  await step(db, "licheng-approver", reportId, "sign");
  await step(db, "dept-yanglao", reportId, "approve");
  return reportId;
}

export async function createBulletinPlan(db: PrismaClient, year: number): Promise<BulletinPlan> {
  const plan = await createPlan(db, year, [
    [
      {
        leadUnit: "yanglao",
        indicators: [
          { name: "新建长者之家", kind: "SUM", target: 30, quotas: { licheng: 10, xianyou: 10, hanjiang: 10 } },
        ],
      },
      { leadUnit: "jiuzhu", indicators: [{ name: "救助对象走访", kind: "SUM", target: 400, quotas: {} }] },
    ],
  ]);
  const [first, second] = plan.points;
  const units = await unitIdsByCode(db);
  const months = [1, 2, 3].map((month) => `${year}-0${month}`);
  const reports = months.flatMap((period, index) => [
    {
      unitId: units.get("xianyou")!,
      pointId: first.id,
      period,
      values: [{ indicatorId: first.indicators[0].id, value: 3 * (index + 1) }],
    },
    {
      unitId: units.get("hanjiang")!,
      pointId: first.id,
      period,
      values: [{ indicatorId: first.indicators[0].id, value: index }],
    },
    {
      unitId: units.get("jiuzhu")!,
      pointId: second.id,
      period,
      values: [{ indicatorId: second.indicators[0].id, value: 10 * (index + 1) }],
    },
  ]);
  const ids = await writeApprovedReports(db, reports);
  // First submissions: 仙游县 and 社会救助科 on the 2nd of the next month, 涵江区 a week late in February.
  await db.reportEvent.createMany({
    data: reports.map((report, index) => {
      const month = Number(report.period.slice(5)) + 1;
      const day = report.unitId === units.get("hanjiang") && month === 3 ? 12 : 2;
      return {
        reportId: ids[index],
        revision: 1,
        action: "submit",
        fromState: "AWAITING_SIGNOFF" as const,
        toState: "SUBMITTED" as const,
        at: new Date(`${year}-${pad(month)}-${pad(day)}T09:00:00+08:00`),
      };
    }),
  });
  const bulletinPlan = { pointId: first.id, indicatorId: first.indicators[0].id, lichengReportId: 0 };
  bulletinPlan.lichengReportId = await fileLicheng(
    db,
    bulletinPlan,
    `${year}-03`,
    4,
    new Date(`${year}-04-02T09:00:00+08:00`),
  );
  return bulletinPlan;
}
