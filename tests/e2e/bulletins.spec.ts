// The monthly 通报 (issue 11 §3) as a unit reads it: September 2022's, issued in the demo's history,
// is in every unit's list with its number; it opens as the document, prints to PDF, downloads as
// .docx, and passes the accessibility check. (The office drafts and issues one in
// tests/e2e/supervision-loop.spec.ts.)
import { stat } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

const TITLE = "关于2022年9月全市民政工作要点推进情况的通报";

test("a county reporter finds September's issued 通报 in the list, opens and downloads it", async ({ page }) => {
  await signIn(page, "licheng-reporter");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "通报" }).click();
  await expect(page.getByLabel("通报月份")).toHaveCount(0);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByTestId("bulletin-state")).toContainText("已印发 · 莆民督通〔2022〕2号");
  await expect(page.getByTestId("bulletin-table").first().locator("tbody tr")).toHaveCount(7);
  await expect(page.getByRole("button", { name: "保存文字" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "打印 / 另存为 PDF" })).toHaveAttribute("href", /\/print$/);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载 Word(.docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`莆民督通〔2022〕2号 ${TITLE}.docx`);
  expect((await stat(await download.path())).size).toBeGreaterThan(8_000);
});
