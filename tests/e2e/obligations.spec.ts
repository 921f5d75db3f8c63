import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

// A new account must choose its own password before anything else, at every door: pages send it to
// the password page, the API answers 403 in Chinese, and once changed the portal opens as usual.
test("a new account can do nothing but change its one-time password, then works as its role", async ({
  page,
  browser,
}) => {
  const username = `e2e-new-${Date.now().toString(36)}`;
  await signIn(page, "admin");
  await page.goto("/admin/users");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("姓名").fill("新来的同事");
  await page.getByLabel("角色").first().selectOption({ label: "科室" });
  await page.getByLabel("所属单位").first().selectOption({ label: "养老服务科" });
  await page.getByRole("button", { name: "新建用户" }).click();
  const temporary = (await page.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(temporary.length).toBeGreaterThan(8);

  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 390, height: 844 },
  });
  const phone = await context.newPage();
  await phone.goto("/login");
  await phone.getByLabel("用户名").fill(username);
  await phone.getByLabel("密码").fill(temporary);
  await phone.getByRole("button", { name: "登录" }).click();
  await expect(phone).toHaveURL(/\/account\/password/);

  for (const path of ["/dashboard", "/reports", "/plans/2022", "/notifications"]) {
    await phone.goto(path);
    await expect(phone, path).toHaveURL(/\/account\/password/);
  }
  const api = await phone.request.get("/api/v1/plans/2022");
  expect(api.status()).toBe(403);
  expect(api.headers()["content-type"]).toContain("application/problem+json");
  expect((await api.json()).detail).toBe("请先修改密码,再进行其他操作。");
  expect((await phone.request.get("/api/v1/me")).status()).toBe(200);

  await phone.goto("/account/password");
  await phone.getByLabel("当前密码").fill(temporary);
  await phone.getByLabel("新密码", { exact: true }).fill("Qw8#fresh-harbour-kite");
  await phone.getByLabel("再次输入新密码").fill("Qw8#fresh-harbour-kite");
  await phone.getByRole("button", { name: "修改密码" }).click();
  await expect(phone).toHaveURL(/\/login/);
  await phone.getByLabel("用户名").fill(username);
  await phone.getByLabel("密码").fill("Qw8#fresh-harbour-kite");
  await phone.getByRole("button", { name: "登录" }).click();
  // A department's first job is its review queue.
  await expect(phone).toHaveURL(/\/reviews/);
  await phone.goto("/dashboard");
  await expect(phone.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(phone).toHaveURL(/\/dashboard/);
  await context.close();
});
