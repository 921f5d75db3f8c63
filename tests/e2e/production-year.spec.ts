import { expect, test } from "@playwright/test";
import { PRODUCTION_DATA_DIR, PRODUCTION_DATABASE_PORT } from "../../playwright.config";
import { type Account, createAccount, createFirstAdmin, firstSignIn, signInAs } from "./helpers/first-sign-in";

// A bureau runs a real year from nothing: `npm start` (no demo data) on a clock set to 7 February
// 2022 (PORTAL_CLOCK, playwright.config.ts). The first administrator comes from the command line;
// everything after it happens in the browser, as the people whose job it is.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const PASSWORD = "Qw8#harbour-kite-2022";
const accounts: Record<string, Account> = {};
const PEOPLE = [
  { key: "supervisor", username: "ducha", name: "督查科陈科长", role: "督查", unit: "莆田市民政局", mfa: true },
  { key: "leader", username: "juzhang", name: "林局长", role: "局领导", unit: "莆田市民政局", mfa: true },
  { key: "department", username: "yanglaoke", name: "养老服务科王科长", role: "科室", unit: "养老服务科", mfa: false },
  { key: "reporter", username: "licheng-tb", name: "荔城区填报员", role: "县区填报员", unit: "荔城区", mfa: false },
  { key: "approver", username: "licheng-sh", name: "荔城区审核人", role: "县区审核", unit: "荔城区", mfa: false },
] as const;

test("the administrator comes from the command line, enrols TOTP and creates the year's accounts", async ({ page }) => {
  const temporary = createFirstAdmin("chief", {
    PORTAL_DATA_DIR: PRODUCTION_DATA_DIR,
    EMBEDDED_DB_PORT: String(PRODUCTION_DATABASE_PORT),
  });
  accounts.admin = await firstSignIn(page, "chief", temporary, PASSWORD, true);
  expect(accounts.admin.totpSecret).toBeTruthy();
  const temporaries = new Map<string, string>();
  for (const person of PEOPLE) temporaries.set(person.key, await createAccount(page, person));
  for (const person of PEOPLE) {
    await page.context().clearCookies();
    accounts[person.key] = await firstSignIn(
      page,
      person.username,
      temporaries.get(person.key) ?? "",
      PASSWORD,
      person.mfa,
    );
  }
  // Supervisors and leaders must use a second factor; a county's reporter need not.
  expect(accounts.supervisor.totpSecret).toBeTruthy();
  expect(accounts.leader.totpSecret).toBeTruthy();
  expect(accounts.reporter.totpSecret).toBeUndefined();
});

test("production starts with the 2022 plan as a draft from its document: nobody has a month to file yet", async ({
  page,
}) => {
  await signInAs(page, accounts.reporter);
  await page.goto("/reports");
  await expect(page.getByText(/尚未发布/).first()).toBeVisible();
  await signInAs(page, accounts.supervisor);
  await page.goto("/plans/2022");
  await expect(page.getByText("草稿").first()).toBeVisible();
});
