// The value rules at the doors that save: a plan of the test's own year (2051, published from
// January) with a counted thing, an amount and a milestone, filed on a clock in August 2051 (July being filed); and the
// Excel door on the demo plan's December 2022.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import { ValueProblemsError } from "@/lib/reports/errors";
import { FIRST_DATA_ROW, VALUES_SHEET, valueColumn } from "@/lib/reports/excel-layout";
import { previewReportImport } from "@/lib/reports/excel-import";
import { importReportFile } from "@/lib/reports/excel-save";
import { buildReportTemplate } from "@/lib/reports/excel-template";
import { getReportDetail } from "@/lib/reports/queries";
import { saveReport } from "@/lib/reports/save-report";
import type { SaveReportInput } from "@/lib/reports/schemas";
import { unitIdsByCode } from "./helpers/progress-plans";

const YEAR = 2051;
const AUGUST = new Date("2051-08-03T09:00:00+08:00");
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));
const narrative = { progress: "按计划推进", problems: "", nextSteps: "" };

const ids = { homes: 0, homesPoint: 0, lottery: 0, lotteryPoint: 0, rules: 0, rulesPoint: 0 };

beforeAll(async () => {
  const db = getPrisma();
  const units = await unitIdsByCode(db);
  const plan = await db.plan.create({
    data: {
      year: YEAR,
      title: `${YEAR}年测试工作要点`,
      docNumber: `测〔${YEAR}〕1号`,
      issuer: "测试",
      issuedAt: new Date(`${YEAR}-02-01`),
      sourceText: "测试",
      createdAt: new Date(),
      status: "PUBLISHED",
      publishedAt: new Date(),
      firstPeriod: `${YEAR}-01`,
    },
  });
  const section = await db.section.create({ data: { planId: plan.id, no: 1, title: "第1部分" } });
  const point = async (
    no: number,
    lead: string,
    indicator: Record<string, unknown>,
    quotas: Record<string, number>,
  ) => {
    const created = await db.workPoint.create({
      data: {
        planId: plan.id,
        sectionId: section.id,
        no,
        title: `要点${no}`,
        text: `要点${no}`,
        leadUnitId: units.get(lead)!,
        indicators: {
          create: [
            {
              sortOrder: 1,
              direction: "AT_LEAST",
              sourceText: String(indicator.name),
              ...(indicator as { name: string; unit: string; kind: "SUM" | "MILESTONE"; target: number }),
              quotas: {
                create: Object.entries(quotas).map(([code, target]) => ({ unitId: units.get(code)!, target })),
              },
            },
          ],
        },
      },
      select: { id: true, indicators: { select: { id: true } } },
    });
    return { pointId: created.id, indicatorId: created.indicators[0].id };
  };
  const homes = await point(
    1,
    "yanglao",
    { name: "新建长者之家", unit: "个", kind: "SUM", target: 30, wholeNumbers: true, quotaMode: "SPLIT" },
    { licheng: 4 },
  );
  const lottery = await point(2, "fucai", { name: "福利彩票销售", unit: "亿元", kind: "SUM", target: 2.5 }, {});
  const rules = await point(
    3,
    "shegong",
    {
      name: "出台实施办法",
      unit: "项",
      kind: "MILESTONE",
      target: 1,
      rule: "BY_DATE",
      dueOn: new Date(`${YEAR}-06-30`),
    },
    {},
  );
  Object.assign(ids, {
    homes: homes.indicatorId,
    homesPoint: homes.pointId,
    lottery: lottery.indicatorId,
    lotteryPoint: lottery.pointId,
    rules: rules.indicatorId,
    rulesPoint: rules.pointId,
  });
});

type Row = Omit<SaveReportInput["values"][number], "explanation"> & { explanation?: string };
const save = async (username: string, pointId: number, period: string, values: Row[]) =>
  saveReport(
    getPrisma(),
    await as(username),
    context(),
    { pointId, period, expectedVersion: null, narrative, values: values.map((v) => ({ explanation: "", ...v })) },
    AUGUST,
  );

describe("the value rules where reports are saved", () => {
  it("refuses a fraction of a counted thing beside its field and saves nothing; takes a fraction of 亿元", async () => {
    const attempt = save("licheng-reporter", ids.homesPoint, `${YEAR}-03`, [{ indicatorId: ids.homes, value: 2.5 }]);
    await expect(attempt).rejects.toThrow("「新建长者之家」统计的是整数(个)，不能填 2.5");
    await expect(attempt).rejects.toBeInstanceOf(ValueProblemsError);
    const error = (await attempt.catch((caught: unknown) => caught)) as ValueProblemsError;
    expect(error.fieldErrors).toEqual({ "values.0.value": ["「新建长者之家」统计的是整数(个)，不能填 2.5"] });
    expect(await getPrisma().report.count({ where: { pointId: ids.homesPoint, period: `${YEAR}-03` } })).toBe(0);

    await save("dept-fucai", ids.lotteryPoint, `${YEAR}-03`, [{ indicatorId: ids.lottery, value: 0.75 }]);
    const saved = await getPrisma().reportValue.findFirstOrThrow({ where: { indicatorId: ids.lottery } });
    expect(saved.value?.toNumber()).toBe(0.75);
  });

  it("refuses a value beyond three times the quota without a 说明; with one it is saved, flagged and audited once", async () => {
    const period = `${YEAR}-04`;
    await expect(
      save("licheng-reporter", ids.homesPoint, period, [{ indicatorId: ids.homes, value: 13 }]),
    ).rejects.toThrow("「新建长者之家」超过本单位目标的3倍，请说明");
    expect(await getPrisma().report.count({ where: { pointId: ids.homesPoint, period } })).toBe(0);

    const { reportId } = await save("licheng-reporter", ids.homesPoint, period, [
      { indicatorId: ids.homes, value: 13, explanation: "含上年结转的9个" },
    ]);
    const value = await getPrisma().reportValue.findFirstOrThrow({ where: { reportId, indicatorId: ids.homes } });
    expect(value.implausible).toBe(true);
    const audits = await getPrisma().auditEvent.findMany({
      where: { action: "report.value.implausible", objectType: "Report", objectId: String(reportId) },
      select: { after: true, username: true },
    });
    expect(audits).toEqual([
      {
        username: "licheng-reporter",
        after: {
          values: [
            {
              indicator: "新建长者之家",
              value: 13,
              quota: 4,
              lastApproved: null,
              reason: "数值异常：超过目标3倍",
              explanation: "含上年结转的9个",
            },
          ],
        },
      },
    ]);
    // The report's page carries the flag (the reviewers' view shows it with its reason).
    const detail = await getReportDetail(await as("licheng-reporter"), reportId);
    expect(detail?.indicators[0].current).toMatchObject({ value: 13, implausible: true });
  });

  it("saves a done milestone with its date and shows it; refuses a date after the month or a missing one", async () => {
    const reporter = "dept-shegong";
    await expect(
      save(reporter, ids.rulesPoint, `${YEAR}-05`, [{ indicatorId: ids.rules, done: true }]),
    ).rejects.toThrow("「出台实施办法」已完成的请填写完成日期");
    await expect(
      save(reporter, ids.rulesPoint, `${YEAR}-05`, [{ indicatorId: ids.rules, done: true, doneOn: `${YEAR}-06-02` }]),
    ).rejects.toThrow(`完成日期 ${YEAR}-06-02 不能晚于所填报的${YEAR}年5月`);
    const { reportId } = await save(reporter, ids.rulesPoint, `${YEAR}-06`, [
      { indicatorId: ids.rules, done: true, doneOn: `${YEAR}-06-20` },
    ]);
    const detail = await getReportDetail(await as(reporter), reportId);
    expect(detail?.indicators[0]).toMatchObject({
      dueOn: `${YEAR}-06-30`,
      current: { done: true, doneOn: `${YEAR}-06-20` },
    });
  });

  it("takes a milestone through Excel: 是 and a date", async () => {
    const viewer = await as("dept-shegong");
    const { body } = await buildReportTemplate(getPrisma(), viewer, `${YEAR}-07`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(VALUES_SHEET)!;
    const row = sheet.getRow(FIRST_DATA_ROW);
    expect(row.getCell(valueColumn("target")).value).toBe(`完成时限 ${YEAR}-06-30`);
    expect(row.getCell(valueColumn("value")).dataValidation).toMatchObject({ type: "list", formulae: ['"是,否"'] });
    row.getCell(valueColumn("value")).value = "是";
    row.getCell(valueColumn("doneOn")).value = `${YEAR}/7/1`;
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await previewReportImport(getPrisma(), viewer, file, AUGUST);
    expect(preview.errors).toEqual([]);
    const result = await importReportFile(
      getPrisma(),
      viewer,
      context(),
      file,
      [{ pointId: ids.rulesPoint, version: null }],
      AUGUST,
    );
    const saved = await getPrisma().reportValue.findFirstOrThrow({
      where: { indicatorId: ids.rules, reportId: result.saved[0].reportId },
    });
    expect([saved.done, saved.doneOn?.toISOString().slice(0, 10)]).toEqual([true, `${YEAR}-07-01`]);
  });
});

describe("the value rules at the Excel door", () => {
  it("marks counted things whole in the template, and refuses a fraction naming its row; nothing is saved", async () => {
    const viewer = await as("licheng-reporter");
    const period = `${YEAR}-07`;
    const { body } = await buildReportTemplate(getPrisma(), viewer, period);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(VALUES_SHEET)!;
    const homesRow = sheet.getRow(FIRST_DATA_ROW);
    expect(homesRow.getCell(valueColumn("indicator")).value).toBe("新建长者之家");
    const cell = homesRow.getCell(valueColumn("value"));
    expect(cell.dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual" });
    expect(String(cell.note)).toContain("整数(个)");
    cell.value = 2.5;
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const preview = await previewReportImport(getPrisma(), viewer, file, AUGUST);
    const problem = `第 ${FIRST_DATA_ROW} 行「新建长者之家」统计的是整数(个)，不能填 2.5`;
    expect(preview.errors).toEqual([problem]);
    const expected = preview.points.map((p) => ({ pointId: p.pointId, version: p.version }));
    await expect(importReportFile(getPrisma(), viewer, context(), file, expected, AUGUST)).rejects.toThrow(problem);
    expect(await getPrisma().report.count({ where: { unitId: viewer.unitId, period } })).toBe(0);
  });
});
