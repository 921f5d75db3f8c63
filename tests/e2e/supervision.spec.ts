// 督查单, one walk: the supervisor runs the day's check and confirms one proposal; 涵江区 sees it at the
// top of 本月填报, answers it (an empty answer is refused beside the field); the supervisor accepts
// it and it leaves the county's page.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

test("a proposal confirmed by the supervisor reaches the county, which answers it, and the supervisor accepts", async ({
  browser,
}) => {
  const office = await (await browser.newContext()).newPage();
  await signIn(office, "supervisor");
  await office.goto("/supervision");
  await expect(office.getByRole("heading", { name: "督查单", level: 1 })).toBeVisible();
  await office.getByRole("button", { name: "立即检查" }).click();
  await expect(office.getByRole("status").filter({ hasText: /拟发/ })).toHaveText(/新拟发 \d+ 份督查单。/);

  const proposal = office.getByRole("listitem").filter({ hasText: "涵江区第11条“新建长者之家”" });
  await proposal.getByRole("checkbox").check();
  await office.getByRole("button", { name: "确认下发所选 1 份" }).click();
  await expect(office.getByText("已下发 1 份督查单。")).toBeVisible();

  await office.goto("/supervision?tab=open&unit=hanjiang");
  const link = office.getByRole("link", { name: /^莆民督〔2022〕\d+号$/ }).first();
  const number = (await link.textContent()) ?? "";
  await link.click();
  await expect(office.getByRole("heading", { name: "黄色督查单" })).toBeVisible();
  const address = office.url();

  const county = await (await browser.newContext()).newPage();
  await signIn(county, "hanjiang-reporter");
  await county.goto("/reports");
  const banner = county.getByRole("region", { name: /本单位待办督查单/ });
  await expect(banner).toContainText("黄色");
  await banner.getByRole("link", { name: number }).click();
  await expect(county.getByText(number, { exact: true })).toBeVisible();
  const answer = county.getByLabel("整改反馈(整改措施、进展和结果)");
  await county.getByRole("button", { name: "提交整改反馈" }).click();
  await expect(county.getByText("请填写整改反馈")).toBeVisible();
  await expect(answer).toHaveAttribute("aria-invalid", "true");
  await answer.fill("已新建长者之家 2 个,10 月底前投入运营。");
  await county.getByRole("button", { name: "提交整改反馈" }).click();
  await expect(county.getByText("已反馈待审核", { exact: true })).toBeVisible();

  await office.goto(address);
  await expect(office.getByText("已新建长者之家 2 个,10 月底前投入运营。")).toBeVisible();
  await office.getByRole("button", { name: "采纳,办结" }).click();
  await expect(office.getByText("已办结", { exact: true })).toBeVisible();

  await county.goto("/reports");
  await expect(county.getByRole("heading", { name: /本月填报/ })).toBeVisible();
  await expect(county.getByRole("region", { name: /本单位待办督查单/ })).toHaveCount(0);
});
