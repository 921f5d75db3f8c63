// A report's steps as its people take them in the browser, shared by the specs that walk one.
import { expect, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

export async function switchTo(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, username);
}

export const reportState = (page: Page) => page.getByTestId("report-state");

/** Presses a workflow button (with a 退回原因 when given) and waits for the state it leads to. */
export async function step(page: Page, name: string, expected: string, reason?: string): Promise<void> {
  if (reason) await page.getByLabel("退回原因").fill(reason);
  await page.getByRole("button", { name, exact: true }).click();
  await expect(reportState(page)).toHaveText(expected);
}

/** The demo history may already have taken a county's report somewhere; bring it back to its reporter first. */
export async function makeFillable(page: Page, county: string, reportUrl: string, current: string): Promise<void> {
  const undo: Record<string, [string, string, string?]> = {
    待县区审核: [`${county}-approver`, "退回修改", "演示数据,退回后重新填报"],
    已报送: ["dept-yanglao", "退回", "演示数据,退回后重新填报"],
    已通过: [`${county}-reporter`, "更正(新修订)"],
  };
  const [username, button, reason] = undo[current] ?? [];
  if (!username) return;
  await switchTo(page, username);
  await page.goto(reportUrl);
  await step(page, button, reason ? "已退回" : "草稿", reason);
  await switchTo(page, `${county}-reporter`);
}
