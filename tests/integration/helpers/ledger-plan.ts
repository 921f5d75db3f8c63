// The ledger tests' own plan (2088): point 1 (养老服务科) with beds split over three counties (秀屿区
// a quota of 0) and a rate, point 2 qualitative and point 3 a department's own figure (社会救助科),
// and October's reports in every state the ledger words differently.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ReportState } from "@/lib/generated/prisma/enums";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./progress-plans";

export const LEDGER_YEAR = 2088;
export const LEDGER_PERIOD = `${LEDGER_YEAR}-10`;
const at = (iso: string) => new Date(iso);

type Event = { action: string; toState: ReportState; at: string; words?: string };

export async function createLedgerPlan(db: PrismaClient) {
  const plan = await createPlan(db, LEDGER_YEAR, [
    [
      {
        leadUnit: "yanglao",
        indicators: [
          { name: "测试床位", kind: "SUM", target: 30, quotas: { licheng: 20, hanjiang: 10, xiuyu: 0 } },
          {
            name: "测试覆盖率",
            kind: "RATE",
            target: 90,
            quotaMode: "SAME",
            quotas: { licheng: 90, hanjiang: 90, xiuyu: 90 },
          },
        ],
      },
    ],
    [
      { leadUnit: "jiuzhu", indicators: [] },
      { leadUnit: "jiuzhu", indicators: [{ name: "测试救助", kind: "SUM", target: 100, quotas: {} }] },
    ],
  ]);
  const units = await unitIdsByCode(db);
  const [beds, rate] = plan.points[0].indicators;
  const unitId = (code: string) => units.get(code)!;
  const [licheng] = await writeApprovedReports(db, [
    {
      unitId: unitId("licheng"),
      pointId: plan.points[0].id,
      period: LEDGER_PERIOD,
      values: [
        { indicatorId: beds.id, value: 12 },
        { indicatorId: rate.id, numerator: 45, denominator: 50 },
      ],
    },
    {
      unitId: unitId("hanjiang"),
      pointId: plan.points[0].id,
      period: `${LEDGER_YEAR}-09`,
      values: [{ indicatorId: beds.id, value: 3 }],
    },
  ]);
  await db.report.update({
    where: { id: licheng },
    data: {
      progress: "荔城区十月进展",
      problems: "荔城问题",
      nextSteps: "荔城打算",
      submittedAt: at(`${LEDGER_YEAR}-11-02T02:30:00Z`),
    },
  });
  const report = async (code: string, pointNo: number, state: ReportState, progress: string, events: Event[] = []) => {
    const created = await db.report.create({
      data: {
        unitId: unitId(code),
        pointId: plan.points[pointNo - 1].id,
        period: LEDGER_PERIOD,
        state,
        progress,
        revision: events.some((event) => event.action === "reopen") ? 2 : 1,
        submittedAt: state === "SUBMITTED" ? at(`${LEDGER_YEAR}-11-03T01:00:00Z`) : null,
        createdAt: at(`${LEDGER_YEAR}-11-01T01:00:00Z`),
        updatedAt: at(`${LEDGER_YEAR}-11-04T01:00:00Z`),
      },
    });
    for (const event of events)
      await db.reportEvent.create({
        data: {
          reportId: created.id,
          revision: 1,
          action: event.action,
          toState: event.toState,
          at: at(event.at),
          snapshot: { progress: event.words ?? "", problems: "", nextSteps: "", values: [] },
        },
      });
    return created;
  };
  const hanjiang = await report("hanjiang", 1, "SUBMITTED", "涵江区十月进展");
  await db.reportValue.create({ data: { reportId: hanjiang.id, indicatorId: beds.id, value: 5 } });
  await report("xiuyu", 1, "AWAITING_SIGNOFF", "秀屿草稿不应出现");
  await report("jiuzhu", 2, "DRAFT", "正在更正的文字", [
    { action: "submit", toState: "SUBMITTED", at: `${LEDGER_YEAR}-11-02T01:00:00Z`, words: "救助科已审核的文字" },
    { action: "approve", toState: "APPROVED", at: `${LEDGER_YEAR}-11-03T01:00:00Z`, words: "救助科已审核的文字" },
    { action: "reopen", toState: "DRAFT", at: `${LEDGER_YEAR}-11-04T01:00:00Z`, words: "救助科已审核的文字" },
  ]);
  await report("jiuzhu", 3, "RETURNED", "修改中的文字", [
    { action: "submit", toState: "SUBMITTED", at: `${LEDGER_YEAR}-11-02T01:00:00Z`, words: "退回前的文字" },
    { action: "return", toState: "RETURNED", at: `${LEDGER_YEAR}-11-03T01:00:00Z`, words: "退回前的文字" },
  ]);
  return { plan, beds };
}
