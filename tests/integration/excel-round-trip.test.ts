// The Excel round trip for Hanjiang's December 2022 (the demo history covers January–October only),
// reading and filling the file the way a person's spreadsheet program would, with exceljs.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { encode } from "next-auth/jwt";
import { REFUSAL_MESSAGES } from "@/lib/auth/guard";
import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import { listDuties } from "@/lib/reports/duties";
import {
  valueColumn,
  narrativeColumn,
  FIRST_DATA_ROW,
  NARRATIVE_SHEET,
  VALUES_SHEET,
} from "@/lib/reports/excel-layout";
import { previewReportImport } from "@/lib/reports/excel-import";
import { importReportFile } from "@/lib/reports/excel-save";
import { buildReportTemplate } from "@/lib/reports/excel-template";
import { transitionReport } from "@/lib/reports/transition-report";
import { hashApiToken } from "@/lib/auth/api-token-hash";
import { GET } from "@/app/api/v1/reports/template/route";
import { readAuthSettings } from "@/lib/auth/settings";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { confirmReportImportAction, previewReportImportAction } from "@/lib/reports/excel-actions";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";

// Only the request is faked for the server actions: the session cookie and headers.
const request = vi.hoisted(() => ({ cookie: null as string | null }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === "next-auth.session-token" && request.cookie ? { name, value: request.cookie } : undefined,
  }),
  headers: async () => new Headers({ "x-portal-client-address": "127.0.0.88", "x-request-id": randomUUID() }),
}));
process.env.AUTH_SECRET ??= "integration-test-secret-of-at-least-32-characters";

const PERIOD = "2022-12";
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));

type Sheets = { values: ExcelJS.Worksheet; narrative: ExcelJS.Worksheet };

async function edit(file: Buffer, change: (sheets: Sheets) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  change({ values: workbook.getWorksheet(VALUES_SHEET)!, narrative: workbook.getWorksheet(NARRATIVE_SHEET)! });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (let number = FIRST_DATA_ROW; number <= sheet.rowCount; number++) rows.push(sheet.getRow(number));
  return rows;
}
const rowOf = (sheet: ExcelJS.Worksheet, indicator: string) =>
  dataRows(sheet).find((row) => row.getCell(valueColumn("indicator")).value === indicator)!;

/**
 * Every indicator filled with small numbers, every point with a line of progress. Some of them are
 * more than three times a small quota (2 of 0.3亿元, 30% against 3%), so each row carries the 说明
 * such a value needs.
 */
function fillAll({ values, narrative }: Sheets): void {
  for (const row of dataRows(values)) {
    const kind = String(row.getCell(valueColumn("kind")).value);
    row.getCell(valueColumn("explanation")).value = "按台账填报";
    if (kind === "数量") row.getCell(valueColumn("value")).value = 2;
    else [row.getCell(valueColumn("numerator")).value, row.getCell(valueColumn("denominator")).value] = [3, 10];
  }
  for (const row of dataRows(narrative))
    row.getCell(narrativeColumn("progress")).value = `第${row.getCell(narrativeColumn("pointNo")).value}条:已完成选址`;
}

const hanjiangDecember = async () =>
  getPrisma().report.findMany({
    where: { unit: { code: "hanjiang" }, period: PERIOD },
    orderBy: { pointId: "asc" },
    select: {
      pointId: true,
      state: true,
      version: true,
      progress: true,
      values: { select: { indicatorId: true, value: true, numerator: true } },
    },
  });

describe("the monthly Excel template", () => {
  it("lists every indicator of the unit's month with its quota and last month's approved value", async () => {
    const viewer = await as("xianyou-reporter");
    const { body, filename } = await buildReportTemplate(getPrisma(), viewer, "2022-10");
    expect(filename).toBe("仙游县-2022年10月-填报模板.xlsx");
    const { values, narrative } = await edit(body, () => {}).then(async (bytes) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      return { values: workbook.getWorksheet(VALUES_SHEET)!, narrative: workbook.getWorksheet(NARRATIVE_SHEET)! };
    });
    const duties = await listDuties(getPrisma(), viewer.unitId, "2022-12");
    expect(dataRows(values)).toHaveLength(duties.reduce((sum, duty) => sum + duty.indicators.length, 0));
    expect(dataRows(narrative)).toHaveLength(duties.length);
    const homes = duties.find((duty) => duty.pointNo === 11)!.indicators[0];
    const row = rowOf(values, "新建长者之家");
    expect(row.getCell(valueColumn("target")).value).toBe(homes.target);
    const september = await getPrisma().reportValue.findFirstOrThrow({
      where: { indicatorId: homes.id, report: { unitId: viewer.unitId, period: "2022-09", state: "APPROVED" } },
    });
    expect(row.getCell(valueColumn("lastApproved")).value).toBe(september.value!.toNumber());
    expect(values.getColumn(valueColumn("indicatorId")).hidden).toBe(true);
  });
});

describe("importing a filled template", () => {
  it("previews without saving, then saves every point as a draft with the values, full-width digits included", async () => {
    const viewer = await as("hanjiang-reporter");
    const { body } = await buildReportTemplate(getPrisma(), viewer, PERIOD);
    const file = await edit(body, (sheets) => {
      fillAll(sheets);
      rowOf(sheets.values, "新建长者之家").getCell(valueColumn("value")).value = "１２";
      rowOf(sheets.values, "家庭适老化改造").getCell(valueColumn("value")).value = "１，２００";
    });
    const preview = await previewReportImport(getPrisma(), viewer, file);
    expect(preview.errors).toEqual([]);
    expect(preview.points.every((point) => point.action === "save")).toBe(true);
    expect(await hanjiangDecember()).toEqual([]);

    const result = await importReportFile(
      getPrisma(),
      viewer,
      context(),
      file,
      preview.points.map((point) => ({ pointId: point.pointId, version: point.version })),
    );
    expect(result.saved).toHaveLength(preview.points.length);
    const saved = await hanjiangDecember();
    expect(saved.map((report) => report.state)).toEqual(preview.points.map(() => "DRAFT"));
    const duties = await listDuties(getPrisma(), viewer.unitId, "2022-12");
    const homes = duties.find((duty) => duty.pointNo === 11)!;
    const point11 = saved.find((report) => report.pointId === homes.pointId)!;
    expect(point11.progress).toBe("第11条:已完成选址");
    expect(point11.values.find((value) => value.indicatorId === homes.indicators[0].id)!.value!.toNumber()).toBe(12);
    const adaptations = saved
      .flatMap((report) => report.values)
      .find((value) => value.indicatorId === duties.find((duty) => duty.pointNo === 12)!.indicators[0].id)!;
    expect(adaptations.value!.toNumber()).toBe(1200);
    const rate = duties.find((duty) => duty.pointNo === 17)!.indicators[1];
    expect(
      saved
        .flatMap((report) => report.values)
        .find((value) => value.indicatorId === rate.id)!
        .numerator!.toNumber(),
    ).toBe(3);
  });

  it("does the same for a city department's own points, the city-level indicator included", async () => {
    const viewer = await as("dept-shezu");
    const { body } = await buildReportTemplate(getPrisma(), viewer, PERIOD);
    const file = await edit(body, (sheets) => {
      fillAll(sheets);
      rowOf(sheets.values, "社会组织参与市重点产业链").getCell(valueColumn("value")).value = "８";
    });
    const preview = await previewReportImport(getPrisma(), viewer, file);
    expect(preview.errors).toEqual([]);
    const duties = await listDuties(getPrisma(), viewer.unitId, "2022-12");
    expect(preview.points.map((point) => point.pointNo)).toEqual(duties.map((duty) => duty.pointNo));
    await importReportFile(
      getPrisma(),
      viewer,
      context(),
      file,
      preview.points.map((point) => ({ pointId: point.pointId, version: point.version })),
    );
    const chains = await getPrisma().reportValue.findFirstOrThrow({
      where: { indicator: { name: "社会组织参与市重点产业链" }, report: { unitId: viewer.unitId, period: PERIOD } },
      select: { value: true, report: { select: { state: true } } },
    });
    expect([chains.value!.toNumber(), chains.report.state]).toEqual([8, "DRAFT"]);
  });

  it.each([
    ["text", "value", "十二", "本月累计值“十二”不是有效数字"],
    ["a negative number", "value", -3, "本月累计值不能为负数"],
    ["Infinity", "value", Infinity, "本月累计值须为有限数字"],
    ["a numerator without a denominator", "numerator", 4, "须同时填写分子和分母"],
  ] as const)("names the row of %s in the preview and saves nothing", async (_label, column, bad, message) => {
    const viewer = await as("hanjiang-reporter");
    const indicator = column === "value" ? "新建长者食堂" : "乡镇示范点困境儿童结对帮扶率";
    const before = await hanjiangDecember();
    const { body } = await buildReportTemplate(getPrisma(), viewer, PERIOD);
    let rowNumber = 0;
    const file = await edit(body, (sheets) => {
      fillAll(sheets);
      const row = rowOf(sheets.values, indicator);
      rowNumber = row.number;
      row.getCell(valueColumn(column)).value = bad;
      if (column === "numerator") row.getCell(valueColumn("denominator")).value = null;
    });
    const preview = await previewReportImport(getPrisma(), viewer, file);
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]).toContain(`第 ${rowNumber} 行「${indicator}」`);
    expect(preview.errors[0]).toContain(message);
    const expected = preview.points.map((point) => ({ pointId: point.pointId, version: point.version }));
    await expect(importReportFile(getPrisma(), viewer, context(), file, expected)).rejects.toThrow(
      `第 ${rowNumber} 行「${indicator}」`,
    );
    expect(await hanjiangDecember()).toEqual(before);
  });
});

describe("what an import leaves alone", () => {
  it("undoes the whole file when a later point is refused while saving", async () => {
    const viewer = await as("hanjiang-reporter");
    const before = await hanjiangDecember();
    const audits = await getPrisma().auditEvent.count({
      where: { username: "hanjiang-reporter", action: "report.save" },
    });
    const { body } = await buildReportTemplate(getPrisma(), viewer, PERIOD);
    const file = await edit(body, (sheets) => {
      fillAll(sheets);
      rowOf(sheets.values, "新建长者之家").getCell(valueColumn("value")).value = 20;
    });
    const preview = await previewReportImport(getPrisma(), viewer, file);
    expect(preview.errors).toEqual([]);
    // Someone else saved the last point since this person's preview.
    const expected = preview.points.map((point, index) => ({
      pointId: point.pointId,
      version: index === preview.points.length - 1 ? point.version! + 1 : point.version,
    }));
    await expect(importReportFile(getPrisma(), viewer, context(), file, expected)).rejects.toThrow("整个文件均未保存");
    expect(await hanjiangDecember()).toEqual(before);
    expect(
      await getPrisma().auditEvent.count({ where: { username: "hanjiang-reporter", action: "report.save" } }),
    ).toBe(audits);
  });

  it("skips a report already sent for sign-off, with a note, and saves the rest", async () => {
    const viewer = await as("hanjiang-reporter");
    const [first, ...rest] = await hanjiangDecember();
    const { id } = await getPrisma().report.findFirstOrThrow({
      where: { unit: { code: "hanjiang" }, period: PERIOD, pointId: first.pointId },
    });
    await transitionReport(getPrisma(), viewer, context(), {
      reportId: id,
      step: "sendForSignoff",
      expectedVersion: first.version,
      reason: "",
    });
    const { body } = await buildReportTemplate(getPrisma(), viewer, PERIOD);
    const file = await edit(body, (sheets) => {
      fillAll(sheets);
      for (const row of dataRows(sheets.narrative)) row.getCell(narrativeColumn("progress")).value = "已全部建成";
    });
    const preview = await previewReportImport(getPrisma(), viewer, file);
    expect(preview.points[0]).toMatchObject({ action: "skip", note: "当前为“待县区审核”,不导入。" });
    const result = await importReportFile(
      getPrisma(),
      viewer,
      context(),
      file,
      preview.points.map((point) => ({ pointId: point.pointId, version: point.version })),
    );
    expect(result.skipped).toEqual([expect.stringContaining("当前为“待县区审核”,不导入。")]);
    expect(result.saved).toHaveLength(rest.length);
    const after = await hanjiangDecember();
    expect(after[0]).toMatchObject({ state: "AWAITING_SIGNOFF", progress: first.progress });
    expect(after.slice(1).every((report) => report.progress === "已全部建成")).toBe(true);
  });

  it("refuses another unit's template, a county approver, and a file that is not a template", async () => {
    const { body } = await buildReportTemplate(getPrisma(), await as("hanjiang-reporter"), PERIOD);
    const file = await edit(body, fillAll);
    await expect(previewReportImport(getPrisma(), await as("licheng-reporter"), file)).rejects.toThrow(
      "这份模板不是本单位的",
    );
    await expect(previewReportImport(getPrisma(), await as("hanjiang-approver"), file)).rejects.toThrow(
      "只有本单位的填报人员可以导入填报模板。",
    );
    await expect(
      previewReportImport(
        getPrisma(),
        await as("hanjiang-reporter"),
        new TextEncoder().encode("<html>not a workbook</html>"),
      ),
    ).rejects.toThrow("无法读取该文件");
  });
});

describe("GET /api/v1/reports/template", () => {
  async function tokenFor(username: string): Promise<string> {
    const token = `ptk_test_${randomUUID()}`;
    const user = await getPrisma().user.findUniqueOrThrow({ where: { username } });
    await getPrisma().apiToken.create({
      data: { userId: user.id, name: "测试", tokenHash: hashApiToken(token), prefix: token.slice(0, 12) },
    });
    return token;
  }
  const get = (token: string | null, period = PERIOD) =>
    GET(
      new Request(`http://localhost/api/v1/reports/template?period=${period}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
      { params: Promise.resolve({}) },
    );

  it("hands the reporter its own unit's template as an attachment, and nobody else anything", async () => {
    const response = await get(await tokenFor("hanjiang-reporter"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("report-template-hanjiang-2022-12.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.getWorksheet(VALUES_SHEET)!.getCell(1, valueColumn("pointNo")).value).toBe(
      "涵江区 2022年12月 工作要点进展填报:指标数值",
    );
    expect((await get(await tokenFor("hanjiang-approver"))).status).toBe(404);
    expect((await get(await tokenFor("hanjiang-reporter"), "2022-13")).status).toBe(400);
  });
});

describe("the import actions", () => {
  async function signIn(username: string | null) {
    if (!username) return void (request.cookie = null);
    const result = await signInWithPassword(
      getPrisma(),
      { username, password: DEMO_PASSWORD, context: { clientAddress: `excel-${username}`, requestId: randomUUID() } },
      readAuthSettings(),
    );
    if (!result.ok) throw new Error(result.error);
    request.cookie = await encode({ token: { sid: result.sessionId }, secret: process.env.AUTH_SECRET! });
  }

  it("refuses callers who are not signed in or not the unit's reporter, and previews for the reporter", async () => {
    const { body } = await buildReportTemplate(getPrisma(), await as("hanjiang-reporter"), PERIOD);
    const file = Buffer.from(await edit(body, fillAll)).toString("base64");
    await signIn(null);
    expect(await previewReportImportAction({ file })).toEqual({ ok: false, message: "登录已失效,请重新登录。" });
    await signIn("leader");
    expect(await confirmReportImportAction({ file, expected: [] })).toEqual({
      ok: false,
      message: REFUSAL_MESSAGES.forbidden,
    });
    // The county head signs reports off; filing them (and so importing the template) is the reporter's right.
    await signIn("hanjiang-approver");
    expect(await previewReportImportAction({ file })).toEqual({ ok: false, message: REFUSAL_MESSAGES.forbidden });
    await signIn("hanjiang-reporter");
    expect(await previewReportImportAction({ file: "not base64!" })).toMatchObject({
      ok: false,
      message: "文件内容无效,请重新选择文件。",
    });
    const preview = await previewReportImportAction({ file });
    expect(preview.ok && preview.data.errors).toEqual([]);
  });
});
