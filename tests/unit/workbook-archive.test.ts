import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { boundedWorkbook } from "@/lib/reports/workbook-archive";
import { entriesOf, whitespaceBomb } from "./fixtures/zip-bomb";

async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("指标数值").addRow(["新建长者之家", 12]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Runs the check, returning its message and how long it took and how much memory it grew. */
function refusalOf(bytes: Uint8Array): { message: string; ms: number; grownMb: number } {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  let message = "";
  try {
    boundedWorkbook(bytes);
  } catch (error) {
    message = (error as Error).message;
  }
  return {
    message,
    ms: performance.now() - started,
    grownMb: (process.memoryUsage().rss - rss) / 1024 / 1024,
  };
}

describe("an uploaded workbook is bounded before it is inflated", () => {
  it("passes a real workbook through unchanged in content", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(boundedWorkbook(await smallWorkbook())) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("指标数值")?.getRow(1).values).toEqual([undefined, "新建长者之家", 12]);
  });

  it("refuses a 460 KB workbook carrying 450 MB of whitespace at once, reading only its directory", async () => {
    const bomb = whitespaceBomb(450, entriesOf(await smallWorkbook()));
    expect(bomb.byteLength).toBeLessThan(512 * 1024);
    const refusal = refusalOf(bomb);
    expect(refusal.message).toContain("文件解压后超过 20 MB");
    expect(refusal.ms).toBeLessThan(200);
    expect(refusal.grownMb).toBeLessThan(50);
  });

  it("refuses a bomb whose directory lies about its size, stopping at the bound", async () => {
    const liar = whitespaceBomb(450, entriesOf(await smallWorkbook()), 1000);
    const refusal = refusalOf(liar);
    expect(refusal.message).toContain("文件解压后超过 20 MB");
    expect(refusal.ms).toBeLessThan(3000);
    expect(refusal.grownMb).toBeLessThan(100);
  });

  it("refuses an archive of too many entries, and one that is not an archive", () => {
    const many = Object.fromEntries(
      Array.from({ length: 500 }, (_, index) => [`part-${index}.xml`, new Uint8Array(1)]),
    );
    expect(refusalOf(zipSync(many)).message).toContain("文件内含的部件超过 100 个");
    expect(refusalOf(new TextEncoder().encode("这不是 Excel 文件")).message).toContain("无法读取该文件");
  });
});
