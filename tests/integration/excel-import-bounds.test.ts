// Uploads the Excel import must refuse quickly and in words: a template carrying 450 MB of
// whitespace, a template grown to 20,000 rows, and one with thousands of wrong cells (the first 50
// problems are listed with a count of the rest, not a megabyte of text).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-type";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { FIRST_DATA_ROW, valueColumn, VALUES_SHEET } from "@/lib/reports/excel-layout";
import { previewReportImport } from "@/lib/reports/excel-import";
import { buildReportTemplate } from "@/lib/reports/excel-template";
import { entriesOf, whitespaceBomb } from "../unit/fixtures/zip-bomb";

const PERIOD = "2022-12";
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));

async function template(viewer: Viewer): Promise<Uint8Array> {
  return new Uint8Array((await buildReportTemplate(getPrisma(), viewer, PERIOD)).body);
}

async function edited(file: Uint8Array, change: (values: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  change(workbook.getWorksheet(VALUES_SHEET)!);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("bounds on an uploaded template", () => {
  it("refuses the unit's own template carrying 450 MB of whitespace, within a moment", async () => {
    const reporter = await as("chengxiang-reporter");
    const bomb = whitespaceBomb(450, entriesOf(await template(reporter)));
    const started = performance.now();
    await expect(previewReportImport(getPrisma(), reporter, bomb)).rejects.toThrow("文件解压后超过 20 MB");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a template grown to 20,000 rows with the row limit", async () => {
    const reporter = await as("chengxiang-reporter");
    const file = await edited(await template(reporter), (values) => {
      for (let row = 0; row < 20_000; row++) values.addRow([9_999_999, 1, "多出来的行"]);
    });
    expect(file.byteLength).toBeLessThan(512 * 1024);
    await expect(previewReportImport(getPrisma(), reporter, file)).rejects.toThrow(
      /「指标数值」表有 20\d{3} 行,超过 2000 行的上限/,
    );
  });

  it("lists the first 50 problems of a file with many, and counts the rest", async () => {
    const reporter = await as("chengxiang-reporter");
    const file = await edited(await template(reporter), (values) => {
      for (let row = 0; row < 1500; row++) values.addRow([9_999_999, 1, "多出来的行"]);
      values.getRow(FIRST_DATA_ROW).getCell(valueColumn("value")).value = "很多";
    });
    const preview = await previewReportImport(getPrisma(), reporter, file);
    expect(preview.errorCount).toBeGreaterThan(1500);
    expect(preview.errors).toHaveLength(51);
    expect(preview.errors[50]).toBe(`另有 ${preview.errorCount - 50} 处错误未列出。`);
  });
});
