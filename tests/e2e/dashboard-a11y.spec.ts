// axe-core over every dashboard view, as the people who open them: no serious or critical violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

const BLOCKING = new Set(["serious", "critical"]);

/** One line per rule and element, so a failure says what to fix and where. */
async function blockingViolations(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `[${violation.impact}] ${violation.id}: ${violation.help}\n    at ${node.target.join(" ")}\n    ${node.html.slice(0, 200)}\n    ${node.failureSummary?.replace(/\n/g, " ") ?? ""}`,
      ),
    );
}

test.describe("as the leader", () => {
  test.beforeEach(async ({ page }) => signIn(page, "leader"));

  test("the leadership dashboard has no serious or critical accessibility violation", async ({ page }) => {
    expect(await blockingViolations(page, "/dashboard?period=2022-10")).toEqual([]);
  });

  test("the indicator page of 新建长者之家 has none", async ({ page }) => {
    await page.goto("/dashboard?period=2022-10");
    const href = await page
      .getByTestId("heat-table")
      .getByRole("link", { name: "新建长者之家", exact: true })
      .getAttribute("href");
    expect(href).toMatch(/^\/dashboard\/indicators\/\d+/);
    expect(await blockingViolations(page, href!)).toEqual([]);
  });

  test("a county dashboard and a department dashboard have none", async ({ page }) => {
    expect(await blockingViolations(page, "/dashboard/counties/licheng?period=2022-10")).toEqual([]);
    expect(await blockingViolations(page, "/dashboard/departments/yanglao?period=2022-10")).toEqual([]);
  });
});

test("a county's own dashboard, as its reporter, has none", async ({ page }) => {
  await signIn(page, "meizhou-reporter");
  expect(await blockingViolations(page, "/dashboard/counties/meizhou?period=2022-10")).toEqual([]);
});
