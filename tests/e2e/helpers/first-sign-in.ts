// A production account's first day: the one-time password is replaced, and roles that must use a
// second factor enrol TOTP; the codes are computed here as a phone's authenticator would.
import { execFileSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

export type Account = { username: string; password: string; totpSecret?: string };

/** `npm run user:create-admin` beside the running production portal; returns its one-time password. */
export function createFirstAdmin(username: string, env: Record<string, string>): string {
  const output = execFileSync("npm", ["run", "--silent", "user:create-admin", "--", "--username", username], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return output.trim().split("\n").at(-1) ?? "";
}

export function totpCode(secret: string, username: string): string {
  const totp = new TOTP({
    label: username,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
  return totp.generate();
}

async function submitLogin(page: Page, account: Account): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(account.username);
  await page.getByLabel("密码").fill(account.password);
  await page.getByRole("button", { name: "登录" }).click();
  if (account.totpSecret) {
    await page.getByLabel("动态口令").fill(totpCode(account.totpSecret, account.username));
    await page.getByRole("button", { name: "登录" }).click();
  }
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Signs in with a one-time password, chooses `password`, and enrols TOTP when the role must
 * (MFA_REQUIRED_ROLES: administrators, auditors, supervisors and leaders by default).
 */
export async function firstSignIn(
  page: Page,
  username: string,
  temporary: string,
  password: string,
  mustEnrol: boolean,
): Promise<Account> {
  await submitLogin(page, { username, password: temporary });
  await expect(page).toHaveURL(/\/account\/password/);
  await page.getByLabel("当前密码").fill(temporary);
  await page.getByLabel("新密码", { exact: true }).fill(password);
  await page.getByLabel("再次输入新密码").fill(password);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/login/);
  await submitLogin(page, { username, password });
  if (!mustEnrol) {
    await expect(page).not.toHaveURL(/\/account\//);
    return { username, password };
  }
  await expect(page).toHaveURL(/\/account\/security/);
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s+/g, "");
  await page.getByLabel("验证器显示的 6 位动态口令").fill(totpCode(secret, username));
  await page.getByRole("button", { name: "验证并开启" }).click();
  await expect(page.getByText("已开启")).toBeVisible();
  return { username, password, totpSecret: secret };
}

export async function signInAs(page: Page, account: Account): Promise<void> {
  await page.context().clearCookies();
  await submitLogin(page, account);
}

/** The administrator creates an account on /admin/users; returns its one-time password. */
export async function createAccount(
  page: Page,
  user: { username: string; name: string; role: string; unit: string },
): Promise<string> {
  await page.goto("/admin/users");
  await page.getByLabel("用户名").fill(user.username);
  await page.getByLabel("姓名").fill(user.name);
  await page.getByLabel("角色").first().selectOption({ label: user.role });
  await page.getByLabel("所属单位").first().selectOption({ label: user.unit });
  await page.getByRole("button", { name: "新建用户" }).click();
  const temporary = ((await page.getByTestId("temporary-password").textContent()) ?? "").trim();
  expect(temporary.length).toBeGreaterThan(8);
  return temporary;
}
