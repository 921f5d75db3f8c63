import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

const NAVIGATION: Record<string, string[]> = {
  admin: ["用户管理", "单位管理", "数据备份"],
  auditor: ["审计日志"],
  leader: ["督办看板", "工作要点", "单位任务", "督查单", "通报", "办结销号"],
  supervisor: [
    "督办看板",
    "工作要点",
    "导入要点",
    "单位任务",
    "待审核",
    "催办",
    "延期申请",
    "督查单",
    "通报",
    "办结销号",
  ],
  "dept-yanglao": ["督办看板", "本科室看板", "工作要点", "单位任务", "本月填报", "待审核", "延期申请", "通报"],
  "licheng-reporter": ["本县看板", "工作要点", "本单位任务", "本月填报", "延期申请", "通报"],
  "licheng-approver": ["本县看板", "工作要点", "本单位任务", "本月填报", "待审核", "延期申请", "通报"],
};

for (const [username, labels] of Object.entries(NAVIGATION)) {
  test(`${username} signs in and sees only their own navigation`, async ({ page }) => {
    await signIn(page, username);
    // 本月填报 and 待审核 may carry the number of items waiting there.
    const named = labels.map((label) => new RegExp(`^${label}(\\d+\\+?,待办 \\d+ 项)?$`));
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link")).toHaveText(named);
  });
}

test("a county reporter gets 404 for another county's page and API resource, and sees its own", async ({ page }) => {
  await signIn(page, "licheng-reporter");
  const own = await page.goto("/units/licheng");
  expect(own?.status()).toBe(200);
  await expect(page.getByTestId("unit-quota").first()).toBeVisible();

  const other = await page.goto("/units/xianyou");
  expect(other?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "未找到该页面" })).toBeVisible();

  expect((await page.request.get("/api/v1/units/xianyou")).status()).toBe(404);
  expect((await page.request.get("/api/v1/units/licheng")).status()).toBe(200);
  expect((await page.goto("/plans/import"))?.status()).toBe(404);
});

test("five wrong passwords lock the account, and the right one is then refused", async ({ page }) => {
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("用户名").fill("meizhou-approver");
    await page.getByLabel("密码").fill(`wrong-${attempt}`);
    await Promise.all([
      page.waitForResponse(/\/api\/auth\/callback\/credentials/),
      page.getByRole("button", { name: "登录" }).click(),
    ]);
    await expect(page.getByRole("alert").filter({ hasText: /错误|锁定/ })).toContainText(
      attempt < 5 ? "用户名或密码错误" : "已被锁定",
    );
  }
  await page.getByLabel("密码").fill("Putian@2022");
  await Promise.all([
    page.waitForResponse(/\/api\/auth\/callback\/credentials/),
    page.getByRole("button", { name: "登录" }).click(),
  ]);
  await expect(page.getByRole("alert").filter({ hasText: "锁定" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("after sign-out, the old session cookie is refused", async ({ page, browser }) => {
  await signIn(page, "dept-jiuzhu");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await replay.addCookies(cookies);
  const replayPage = await replay.newPage();
  await replayPage.goto("/plans/2022");
  await expect(replayPage).toHaveURL(/\/login/);
  expect((await replayPage.request.get("/api/v1/plans/2022")).status()).toBe(401);
  await replay.close();
});

test("signing out through next-auth's own /api/auth/signout ends the session too", async ({ page, browser }) => {
  await signIn(page, "dept-shezu");
  const cookies = await page.context().cookies();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedOut = await page.request.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  expect(signedOut.status()).toBeLessThan(400);

  const replay = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await replay.addCookies(cookies);
  expect((await replay.request.get("/api/v1/me")).status()).toBe(401);
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/login/);
  await replay.close();
});

test("a server action sent from another origin is refused and changes nothing", async ({ page }) => {
  await signIn(page, "dept-shiwu");
  await page.goto("/plans/2022");
  let captured: { id: string; url: string } | null = null;
  await page.route("**/*", async (route) => {
    const actionId = route.request().headers()["next-action"];
    if (!actionId) return route.continue();
    captured = { id: actionId, url: route.request().url() };
    return route.abort();
  });
  await page.getByRole("button", { name: "退出" }).click();
  await expect.poll(() => captured).not.toBeNull();
  await page.unroute("**/*");

  const { id, url } = captured!;
  const forged = await page.request.post(url, {
    headers: { "Next-Action": id, Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  await page.goto("/plans/2022");
  await expect(page).toHaveURL(/\/plans\/2022$/);
});

test("an unauthenticated API call gets a problem+json 401 in Chinese, never a redirect", async ({ request }) => {
  for (const route of ["/api/v1/plans/2022", "/api/v1/units/licheng"]) {
    const response = await request.get(route, { maxRedirects: 0 });
    expect(response.status(), route).toBe(401);
    expect(response.headers()["content-type"], route).toContain("application/problem+json");
    expect(await response.json(), route).toMatchObject({ status: 401, detail: "未登录、登录已失效或令牌无效。" });
  }
});
