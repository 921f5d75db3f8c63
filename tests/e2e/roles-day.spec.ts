// Each role's day (issue 18 §2): everyone lands on their first job with the work counted in the
// navigation, the header is one line at 1366 px, a phone gets a 菜单 and cards instead of tables,
// the badge drops as a notification is read, and files are chosen with a Chinese button.
import { expect, type Page, test } from "@playwright/test";
import { pdfBytes } from "../unit/fixtures/attachment-files";
import { step, switchTo } from "./helpers/report-steps";
import { signIn } from "./helpers/sign-in";

const LANDING: Record<string, RegExp> = {
  "licheng-reporter": /\/reports$/,
  "licheng-approver": /\/reviews$/,
  "dept-yanglao": /\/reviews$/,
  supervisor: /\/dashboard/,
  leader: /\/dashboard/,
  admin: /\/admin\/users$/,
  auditor: /\/audit$/,
};
const COUNTY_CODES: Record<string, string> = {
  荔城区: "licheng",
  涵江区: "hanjiang",
  仙游县: "xianyou",
  北岸经济开发区: "beian",
  湄洲岛国家旅游度假区管委会: "meizhou",
};

const navigation = (page: Page) => page.getByRole("navigation", { name: "主导航" });
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth);
/** The number beside a navigation item; 0 when none is shown. */
async function navCount(page: Page, label: string): Promise<number> {
  const pill = navigation(page).getByRole("link", { name: label }).getByTestId("nav-count");
  return (await pill.count()) === 0 ? 0 : Number(await pill.textContent());
}

for (const [username, landing] of Object.entries(LANDING)) {
  test(`${username} lands on their first job, under a one-line header at 1366 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, username);
    await expect(page).toHaveURL(landing);
    await expect(page.getByRole("button", { name: "菜单" })).toBeHidden();
    const header = page.getByTestId("portal-header");
    const parts = [
      header.getByRole("link", { name: "民政工作要点督办平台" }),
      ...(await navigation(page).getByRole("link").all()),
      header.getByTestId("notification-badge"),
      header.getByRole("button", { name: "退出" }),
    ];
    const middles = await Promise.all(
      parts.map(async (part) => {
        const box = (await part.boundingBox())!;
        return box.y + box.height / 2;
      }),
    );
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(6);
    expect((await header.boundingBox())!.height).toBeLessThan(72);
    // The count beside the job is the list the job page shows.
    if (landing.test("/reviews"))
      expect(await navCount(page, "待审核")).toBe(await page.getByTestId("review-row").count());
    if (landing.test("/reports")) {
      const rows = page.getByTestId("month-row").filter({ has: page.getByText(/^(未开始|草稿|已退回)$/) });
      expect(await navCount(page, "本月填报")).toBe(await rows.count());
    }
  });
}

test("on a phone, 本月填报 is a list of cards and the navigation folds into 菜单", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "licheng-reporter");
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByTestId("month-card").first()).toBeVisible();
  await expect(page.getByTestId("month-row").first()).toBeHidden();
  expect(await noSidewaysScroll(page)).toBe(true);

  const menu = page.getByRole("button", { name: /菜单/ });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(navigation(page)).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(navigation(page).getByRole("link").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(navigation(page)).toBeHidden();
  await expect(menu).toBeFocused();

  await menu.click();
  await navigation(page).getByRole("link", { name: "工作要点" }).click();
  await expect(page).toHaveURL(/\/plans/);
  await expect(navigation(page)).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("on a phone, 待审核 is a list of cards without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "dept-yanglao");
  await expect(page).toHaveURL(/\/reviews$/);
  await expect(page.getByTestId("review-card").first()).toBeVisible();
  await expect(page.getByTestId("review-row").first()).toBeHidden();
  expect(await noSidewaysScroll(page)).toBe(true);
});

test("a returned report's notice drops the badge once read, and evidence is added with 选择文件", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "dept-yanglao");
  const waiting = page
    .getByTestId("review-row")
    .filter({ hasText: new RegExp(Object.keys(COUNTY_CODES).join("|")) })
    .first();
  const unit = ((await waiting.locator("td").first().textContent()) ?? "").trim();
  expect(COUNTY_CODES[unit], unit).toBeDefined();
  await waiting.getByRole("link").click();
  await step(page, "退回", "已退回", "请补充验收材料");
  const reportUrl = new URL(page.url()).pathname;

  await switchTo(page, `${COUNTY_CODES[unit]}-reporter`);
  const badge = page.getByTestId("notification-badge");
  const unread = Number(((await badge.getAttribute("aria-label")) ?? "").match(/(\d+) 条未读/)?.[1] ?? 0);
  expect(unread).toBeGreaterThan(0);
  await badge.click();
  await page.getByTestId("notification").filter({ hasText: "请补充验收材料" }).getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`${reportUrl}$`));
  await expect(badge).toHaveAttribute("aria-label", unread > 1 ? `通知,${unread - 1} 条未读` : "通知");

  await expect(page.getByText("未选择文件")).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await page.getByText("选择文件", { exact: true }).click();
  await (await chooser).setFiles({
    name: "验收材料.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(pdfBytes()),
  });
  await expect(page.getByTestId("file-chosen")).toHaveText("验收材料.pdf");
  await expect(page.getByRole("link", { name: "验收材料.pdf" })).toBeVisible();
});
