// County quotas typed on the grid and uploaded from the 分解表 (issue 17 §1): one transaction per
// save, whole things take integers, a county that reported keeps its quota, a published plan's
// change needs a reason and keeps its history, and a file with one bad row saves nothing.
// Plan 2063 is this file's own.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as workbookRoute } from "@/app/api/v1/plans/[year]/quotas/route";
import { hashApiToken } from "@/lib/auth/api-token-hash";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getPrisma } from "@/lib/db";
import { REASON_REQUIRED } from "@/lib/plans/plan-change";
import { previewQuotaUpload } from "@/lib/plans/quotas/excel-read";
import { confirmQuotaUpload } from "@/lib/plans/quotas/excel-save";
import { saveQuotaGrid } from "@/lib/plans/quotas/save-grid";
import { createPlan, unitIdsByCode, writeApprovedReports } from "./helpers/progress-plans";

const YEAR = 2063;
const db = getPrisma();
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const supervisor = async () =>
  viewerOfUser(await db.user.findUniqueOrThrow({ where: { username: "supervisor" }, include: { unit: true } }));
let units: Map<string, number>;
let homes: number; // 新建长者之家 30个, whole, SPLIT
let lottery: number; // 福彩销售 2.5亿元, SPLIT
let pairing: number; // 结对帮扶率 45%, SAME
let retired: number;
let pointId: number;

const quotasOf = async (indicatorId: number) =>
  Object.fromEntries(
    (
      await db.quota.findMany({ where: { indicatorId }, select: { target: true, unit: { select: { code: true } } } })
    ).map((quota) => [quota.unit.code, quota.target.toString()]),
  );
const cells = (values: Record<string, string>) =>
  Object.entries(values).map(([code, value]) => ({ unitId: units.get(code)!, value }));
const grid = (indicatorId: number, values: Record<string, string>, reason = "") => ({
  year: YEAR,
  reason,
  rows: [{ indicatorId, cells: cells(values) }],
});
const setStatus = (status: "DRAFT" | "PUBLISHED") =>
  db.plan.update({ where: { year: YEAR }, data: { status, firstPeriod: status === "DRAFT" ? null : `${YEAR}-01` } });

beforeAll(async () => {
  units = await unitIdsByCode(db);
  const plan = await createPlan(db, YEAR, [
    [
      {
        leadUnit: "yanglao",
        indicators: [
          { name: "新建长者之家", kind: "SUM", target: 30, quotas: { licheng: 10, xianyou: 10 } },
          { name: "福彩销售", kind: "SUM", target: 2.5, quotas: {} },
          { name: "县区结对帮扶率", kind: "RATE", target: 45, quotas: { licheng: 45, xianyou: 45 } },
          { name: "已停用指标", kind: "SUM", target: 5, quotas: {} },
        ],
      },
    ],
  ]);
  pointId = plan.points[0].id;
  [homes, lottery, pairing, retired] = plan.points[0].indicators.map((indicator) => indicator.id);
  await db.indicator.update({ where: { id: homes }, data: { quotaMode: "SPLIT", wholeNumbers: true } });
  await db.indicator.update({ where: { id: lottery }, data: { quotaMode: "SPLIT" } });
  await db.indicator.update({ where: { id: pairing }, data: { quotaMode: "SAME" } });
  await db.indicator.update({ where: { id: retired }, data: { quotaMode: "SPLIT", retiredAt: new Date() } });
  await db.quota.updateMany({ where: { indicatorId: homes }, data: { isDemo: true } });
  // 仙游县 has reported on 新建长者之家: its quota can change but not go.
  await writeApprovedReports(db, [
    { unitId: units.get("xianyou")!, pointId, period: `${YEAR}-01`, values: [{ indicatorId: homes, value: 1 }] },
  ]);
});

beforeEach(async () => {
  await setStatus("DRAFT");
});

describe("the quota grid", () => {
  it("saves a draft's quotas in one go, as the bureau's (not demo), audited without a history row", async () => {
    const result = await saveQuotaGrid(db, await supervisor(), context(), {
      year: YEAR,
      reason: "",
      rows: [
        { indicatorId: homes, cells: cells({ licheng: "12", xianyou: "10", xiuyu: "８" }) },
        { indicatorId: lottery, cells: cells({ licheng: "0.36", xianyou: "2.14" }) },
      ],
    });
    expect(result).toEqual({ indicators: 2, cells: 4 });
    expect(await quotasOf(homes)).toEqual({ licheng: "12", xianyou: "10", xiuyu: "8" });
    expect(await quotasOf(lottery)).toEqual({ licheng: "0.36", xianyou: "2.14" });
    expect(await db.quota.count({ where: { indicatorId: homes, isDemo: true } })).toBe(1); // 仙游县 untouched
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "plan.quotas", objectId: String(homes) },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toEqual({ 指标: "新建长者之家", 分解: { 荔城区: "12", 秀屿区: "8" } });
    expect(await db.planChange.count({ where: { indicatorId: homes } })).toBe(0);
  });

  it.each([
    ["a fraction of a whole thing", { licheng: "2.5" }, "「新建长者之家」荔城区:新建长者之家的分解数须为整数"],
    ["a negative number", { licheng: "-3" }, "「新建长者之家」荔城区:分解数不能为负数"],
    ["words", { licheng: "十个" }, "「新建长者之家」荔城区:“十个”不是有效数字"],
    ["a blank for a county that reported", { xianyou: "" }, "仙游县已填报过该指标,不能删除其分解数"],
  ])("refuses %s with its message and changes nothing", async (_, values, message) => {
    const before = await quotasOf(homes);
    await expect(
      saveQuotaGrid(db, await supervisor(), context(), grid(homes, { xiuyu: "9", ...values })),
    ).rejects.toThrow(message);
    expect(await quotasOf(homes)).toEqual(before);
  });

  it("refuses a row of an indicator that is not split or is retired", async () => {
    await expect(saveQuotaGrid(db, await supervisor(), context(), grid(pairing, { licheng: "40" }))).rejects.toThrow(
      "不按“分解到县区”下达",
    );
    await expect(saveQuotaGrid(db, await supervisor(), context(), grid(retired, { licheng: "1" }))).rejects.toThrow(
      "已停用",
    );
  });

  it("removes a county's quota on a blank cell when it has not reported", async () => {
    await saveQuotaGrid(db, await supervisor(), context(), grid(homes, { hanjiang: "1" }));
    expect(await quotasOf(homes)).toHaveProperty("hanjiang", "1");
    await saveQuotaGrid(db, await supervisor(), context(), grid(homes, { hanjiang: "" }));
    expect(await quotasOf(homes)).not.toHaveProperty("hanjiang");
  });

  it("once published, needs a reason and keeps each indicator's old → new per county", async () => {
    await setStatus("PUBLISHED");
    const before = await quotasOf(homes);
    await expect(saveQuotaGrid(db, await supervisor(), context(), grid(homes, { licheng: "11" }))).rejects.toThrow(
      REASON_REQUIRED,
    );
    expect(await quotasOf(homes)).toEqual(before);
    await saveQuotaGrid(db, await supervisor(), context(), grid(homes, { licheng: "11" }, "荔城区新增一处选址"));
    const change = await db.planChange.findFirstOrThrow({ where: { indicatorId: homes }, orderBy: { id: "desc" } });
    expect(change).toMatchObject({
      action: "plan.quotas",
      reason: "荔城区新增一处选址",
      username: "supervisor",
      pointId,
      before: { 指标: "新建长者之家", 分解: { 荔城区: before.licheng } },
      after: { 指标: "新建长者之家", 分解: { 荔城区: "11" } },
    });
  });
});

async function tokenFor(username: string): Promise<string> {
  const token = `ptk_test_${randomUUID()}`;
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  await db.apiToken.create({
    data: { userId: user.id, name: "测试", tokenHash: hashApiToken(token), prefix: token.slice(0, 12) },
  });
  return token;
}

const download = async (username: string) =>
  workbookRoute(
    new Request(`http://portal.test/api/v1/plans/${YEAR}/quotas`, {
      headers: { authorization: `Bearer ${await tokenFor(username)}` },
    }),
    { params: Promise.resolve({ year: String(YEAR) }) },
  );

/** 下载分解表 as the supervisor, filled in with ExcelJS as a person would in Excel. */
async function filledWorkbook(
  fill: (sheet: ExcelJS.Worksheet, rowOf: (id: number) => number, column: (name: string) => number) => void,
) {
  const response = await download("supervisor");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-disposition")).toContain(`quotas-${YEAR}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet("县区分解")!;
  const headers = new Map<string, number>();
  sheet.getRow(3).eachCell((cell, column) => headers.set(String(cell.value), column));
  const rowOf = (id: number) => {
    let found = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(1).value === id) found = number;
    });
    return found;
  };
  fill(sheet, rowOf, (name) => headers.get(name)!);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the 分解表 workbook", () => {
  it("is downloaded by the supervisor only", async () => {
    expect((await download("licheng-reporter")).status).toBe(404);
    expect((await download("leader")).status).toBe(404);
  });

  it("lists the SPLIT indicators only, with the counties' columns and the city target", async () => {
    await filledWorkbook((sheet, rowOf, column) => {
      expect(rowOf(homes)).toBeGreaterThan(3);
      expect(rowOf(lottery)).toBeGreaterThan(3);
      expect(rowOf(pairing)).toBe(0);
      expect(rowOf(retired)).toBe(0);
      expect(sheet.getRow(rowOf(homes)).getCell(column("市级目标")).value).toBe(30);
      expect(sheet.getRow(rowOf(homes)).getCell(column("荔城区")).protection?.locked).toBe(false);
    });
  });

  it("round trip: filled in Excel, previewed old → new with Σ against the target, saved only on confirm", async () => {
    const before = await quotasOf(lottery);
    const file = await filledWorkbook((sheet, rowOf, column) => {
      const row = sheet.getRow(rowOf(lottery));
      ["荔城区", "城厢区", "涵江区", "秀屿区", "仙游县"].forEach((county, index) => {
        row.getCell(column(county)).value = [0.6, 0.5, 0.6, 0.4, 0.4][index];
      });
    });
    const preview = await previewQuotaUpload(db, YEAR, file);
    expect(preview.errors).toEqual([]);
    expect(preview.changedRows).toBe(1);
    const row = preview.rows.find((entry) => entry.indicatorId === lottery)!;
    expect(row.balance).toMatchObject({ sum: "2.5", target: "2.5", balanced: true });
    expect(row.cells.find((cell) => cell.county === "城厢区")).toMatchObject({
      before: null,
      after: "0.5",
      changed: true,
    });
    expect(await quotasOf(lottery)).toEqual(before);
    expect(await confirmQuotaUpload(db, await supervisor(), context(), { year: YEAR, file, reason: "" })).toEqual({
      indicators: 1,
      cells: 5,
    });
    expect(await quotasOf(lottery)).toEqual({
      licheng: "0.6",
      chengxiang: "0.5",
      hanjiang: "0.6",
      xiuyu: "0.4",
      xianyou: "0.4",
    });
  });

  it("names each bad row and saves nothing from a file with one", async () => {
    const before = { homes: await quotasOf(homes), lottery: await quotasOf(lottery) };
    const file = await filledWorkbook((sheet, rowOf, column) => {
      sheet.getRow(rowOf(lottery)).getCell(column("荔城区")).value = 0.7;
      const homesRow = sheet.getRow(rowOf(homes));
      homesRow.getCell(column("荔城区")).value = 2.5;
      homesRow.getCell(column("城厢区")).value = -1;
      homesRow.getCell(column("仙游县")).value = null;
      const extra = sheet.getRow(rowOf(lottery) + 1);
      extra.getCell(1).value = pairing;
      extra.getCell(column("荔城区")).value = 40;
      const retiredRow = sheet.getRow(rowOf(lottery) + 2);
      retiredRow.getCell(1).value = retired;
      const unknown = sheet.getRow(rowOf(lottery) + 3);
      unknown.getCell(1).value = 999999;
      unknown.getCell(column("荔城区")).value = "abc";
    });
    const preview = await previewQuotaUpload(db, YEAR, file);
    const homesRow = preview.rows.find((row) => row.indicatorId === homes)!.row;
    const lotteryRow = preview.rows.find((row) => row.indicatorId === lottery)!.row;
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        `第 ${homesRow} 行「新建长者之家」荔城区:新建长者之家的分解数须为整数`,
        `第 ${homesRow} 行「新建长者之家」城厢区:分解数不能为负数`,
        `第 ${homesRow} 行「新建长者之家」仙游县:已填报过该指标,分解数不能留空。`,
        `第 ${lotteryRow + 1} 行「县区结对帮扶率」:该指标各县区同一目标,不按分解数下达,请删去这一行。`,
        `第 ${lotteryRow + 2} 行「已停用指标」:该指标已停用,不能再分解,请删去这一行。`,
        expect.stringContaining(`第 ${lotteryRow + 3} 行:找不到指标ID为“999999”的指标`),
      ]),
    );
    expect(preview.errorCount).toBe(6);
    await expect(
      confirmQuotaUpload(db, await supervisor(), context(), { year: YEAR, file, reason: "" }),
    ).rejects.toThrow("文件中有 6 处错误,未保存任何内容");
    expect({ homes: await quotasOf(homes), lottery: await quotasOf(lottery) }).toEqual(before);
  });

  it("names a county column that is missing, refuses another year's file, and needs a reason once published", async () => {
    const renamed = await filledWorkbook((sheet, _rowOf, column) => {
      sheet.getRow(3).getCell(column("秀屿区")).value = "秀屿";
    });
    expect((await previewQuotaUpload(db, YEAR, renamed)).errors).toContain(
      "第 3 行(表头):缺少「秀屿区」列,请在本平台重新下载分解表。",
    );
    await expect(previewQuotaUpload(db, 2022, renamed)).rejects.toThrow(`这是${YEAR}年的分解表`);
    await setStatus("PUBLISHED");
    const file = await filledWorkbook((sheet, rowOf, column) => {
      sheet.getRow(rowOf(lottery)).getCell(column("荔城区")).value = 0.5;
      sheet.getRow(rowOf(lottery)).getCell(column("秀屿区")).value = 0.5;
    });
    await expect(
      confirmQuotaUpload(db, await supervisor(), context(), { year: YEAR, file, reason: "" }),
    ).rejects.toThrow(REASON_REQUIRED);
    await confirmQuotaUpload(db, await supervisor(), context(), { year: YEAR, file, reason: "按上报能力调整" });
    expect(
      await db.planChange.findFirstOrThrow({ where: { indicatorId: lottery }, orderBy: { id: "desc" } }),
    ).toMatchObject({
      reason: "按上报能力调整",
      before: { 分解: { 荔城区: "0.6", 秀屿区: "0.4" } },
      after: { 分解: { 荔城区: "0.5", 秀屿区: "0.5" } },
    });
  });
});
