import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { signIn } from "./helpers/sign-in";

const NAME = "新建长者之家";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const homesRow = (page: Page) => page.getByTestId("quota-row").filter({ hasText: NAME });

/** The downloaded 分解表 with 荔城区's 新建长者之家 set to the given value (and any other change). */
async function filled(path: string, licheng: number, extra?: (sheet: ExcelJS.Worksheet, row: number) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("县区分解")!;
  let column = 0;
  sheet.getRow(3).eachCell((cell, index) => {
    if (cell.value === "荔城区") column = index;
  });
  let row = 0;
  sheet.eachRow((line, index) => {
    if (line.getCell(3).value === NAME) row = index;
  });
  sheet.getRow(row).getCell(column).value = licheng;
  extra?.(sheet, row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test("the supervisor types a county quota on the grid, sees Σ move, and uploads the 分解表: a bad row is named, a good one saved", async ({
  page,
}) => {
  const crashes: string[] = [];
  page.on("pageerror", (error) => crashes.push(`${error.message}\n${error.stack ?? ""}`));
  page.on("console", (entry) => entry.type() === "error" && crashes.push(entry.text()));
  await signIn(page, "supervisor");
  await page.goto("/plans/2022");
  await expect(page.getByTestId("plan-status")).toContainText("已发布(自2022年1月起填报)");
  await page.getByRole("link", { name: "县区分解表" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2022年县区任务分解");

  const cell = homesRow(page).getByLabel(`荔城区 · ${NAME}`);
  const sum = homesRow(page).getByTestId("quota-sum");
  const original = await cell.inputValue();
  const sumBefore = await sum.textContent();
  await cell.fill(String(Number(original) + 2));
  await expect(sum, crashes.join("\n")).not.toHaveText(sumBefore!);
  await expect(sum).toContainText("比市级目标多 2个");
  await cell.fill("2.5");
  await expect(homesRow(page).getByText(`${NAME}的分解数须为整数`)).toBeVisible();
  await expect(cell).toHaveAttribute("aria-invalid", "true");
  await cell.fill(String(Number(original) + 2));
  await page.getByRole("button", { name: "保存分解数" }).click();
  await expect(page.getByText("工作要点已发布,修改须填写原因")).toBeVisible();
  await page
    .getByLabel(/修改原因/)
    .first()
    .fill("荔城区新增选址两处");
  await page.getByRole("button", { name: "保存分解数" }).click();
  await expect(page.getByText("已保存 1 项指标的分解数")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载分解表" }).click();
  const file = await (await download).path();
  const upload = page.getByLabel("上传分解表");
  await upload.setInputFiles({
    name: "分解表.xlsx",
    mimeType: XLSX,
    buffer: await filled(file, 3.5, (sheet, row) => {
      sheet.getRow(row + 1).getCell(1).value = 999999;
    }),
  });
  const preview = page.getByTestId("quota-preview");
  await expect(preview.getByText(/第 \d+ 行「新建长者之家」荔城区:新建长者之家的分解数须为整数/)).toBeVisible();
  await expect(preview.getByText(/找不到指标ID为“999999”的指标/)).toBeVisible();
  await expect(page.getByRole("button", { name: "确认保存" })).toHaveCount(0);

  await upload.setInputFiles({ name: "分解表.xlsx", mimeType: XLSX, buffer: await filled(file, Number(original)) });
  await expect(preview.getByText(`荔城区:${Number(original) + 2} → ${original}`)).toBeVisible();
  await page
    .getByLabel(/修改原因/)
    .last()
    .fill("恢复原分解数");
  await page.getByRole("button", { name: "确认保存" }).click();
  await expect(page.getByText("分解表已保存:1 项指标的分解数(1 处改动)")).toBeVisible();
  await page.reload();
  await expect(homesRow(page).getByLabel(`荔城区 · ${NAME}`)).toHaveValue(original);
});

test("on a 390 px phone the quota grid scrolls inside its box, not the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "supervisor");
  await page.goto("/plans/2022/quotas");
  const box = page.getByTestId("quota-grid");
  await expect(box).toBeVisible();
  const { inner, outer } = await box.evaluate((element) => ({
    inner: element.scrollWidth,
    outer: element.clientWidth,
  }));
  expect(inner).toBeGreaterThan(outer);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a county reporter is refused the quota grid and the publish page", async ({ page }) => {
  await signIn(page, "licheng-reporter");
  expect((await page.goto("/plans/2022/quotas"))?.status()).toBe(404);
  expect((await page.goto("/plans/2022/publish"))?.status()).toBe(404);
  await page.goto("/plans/2022");
  await expect(page.getByRole("link", { name: "县区分解表" })).toHaveCount(0);
});
