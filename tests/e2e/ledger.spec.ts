// The supervision office's 督办台账: from the dashboard to the ledger page, a filter kept in the URL,
// and the .xlsx downloaded and read back.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn } from "./helpers/sign-in";

test("the supervisor filters the 督办台账 to a county and downloads it", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.goto("/dashboard?period=2022-10");
  await page.getByRole("link", { name: "导出台账", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/ledger\?period=2022-10$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2022年督办台账 · 2022年10月");

  await page.getByLabel("单位(牵头或责任)").selectOption({ label: "荔城区" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/[?&]unit=licheng/);
  await expect(page.getByTestId("ledger-count")).toContainText("筛选:单位 荔城区");
  const units = await page.getByTestId("ledger-preview").locator("tbody tr td:nth-child(3)").allTextContents();
  expect(units.length).toBeGreaterThan(0);
  expect(new Set(units)).toEqual(new Set(["荔城区"]));

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "导出台账(Excel)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("督办台账-2022年10月.xlsx");
  const bytes = await readFile(await download.path());
  expect(bytes.length).toBeGreaterThan(5_000);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  const sheet = workbook.getWorksheet("督办台账")!;
  expect(sheet.getCell("A1").value).toBe("2022年全市民政工作要点督办台账 · 2022年10月 · 筛选:单位 荔城区");
  const header = sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(1).value === "序号")!;
  expect(sheet.getRow(header.number + 1).getCell(4).value).toBe("荔城区");
});
