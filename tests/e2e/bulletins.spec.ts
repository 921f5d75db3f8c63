// The monthly 通报 (issue 11 §3), as the office makes it and a county reads it: the supervisor drafts
// September 2022's, a blank part is refused beside its field, an edited part is saved, the 通报 is
// issued and downloaded as .docx; a county reporter then finds it in the list.
import { stat } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

const TITLE = "关于2022年9月全市民政工作要点推进情况的通报";
const OPENING = "为压实工作责任,现将9月份全市民政工作要点推进情况通报如下:";

test("the supervisor drafts, edits, issues and downloads September's 通报", async ({ page }) => {
  await signIn(page, "supervisor");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "通报" }).click();
  await page.getByLabel("通报月份").selectOption("2022-09");
  await page.getByRole("button", { name: "起草通报" }).click();
  await expect(page).toHaveURL(/\/bulletins\/\d+$/);
  await expect(page.getByTestId("bulletin-state")).toContainText("草稿 · 仅督查可见");
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  // The county ranking is generated from approved data: one row per county.
  await expect(page.getByTestId("bulletin-table").first().locator("tbody tr")).toHaveCount(7);

  const opening = page.getByLabel("开头");
  await opening.fill("");
  await page.getByRole("button", { name: "保存文字" }).click();
  await expect(page.getByText("请填写“开头”。").first()).toBeVisible();
  await expect(opening).toHaveAttribute("aria-invalid", "true");

  await opening.fill(OPENING);
  await page.getByRole("button", { name: "保存文字" }).click();
  await expect(page.getByRole("status")).toHaveText("已保存。");
  await expect(page.locator("article p", { hasText: OPENING })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))).toEqual([]);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "印发" }).click();
  await expect(page.getByTestId("bulletin-state")).toContainText(/已印发 · 莆民督通〔2022〕\d+号/);
  await expect(page.getByRole("button", { name: "保存文字" })).toHaveCount(0);
  const number = (await page.getByTestId("bulletin-state").textContent())?.match(/莆民督通〔2022〕\d+号/)?.[0];

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载 Word(.docx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${number} ${TITLE}.docx`);
  expect((await stat(await download.path())).size).toBeGreaterThan(8_000);
});

test("a county reporter finds the issued 通报 in the list and opens it", async ({ page }) => {
  await signIn(page, "licheng-reporter");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "通报" }).click();
  await expect(page.getByLabel("通报月份")).toHaveCount(0);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByTestId("bulletin-state")).toContainText("已印发");
  await expect(page.locator("article p", { hasText: OPENING })).toBeVisible();
  await expect(page.getByRole("link", { name: "打印 / 另存为 PDF" })).toHaveAttribute("href", /\/print$/);
});
