// Issue 18 §4: axe (WCAG 2.0/2.1 A and AA) finds no serious or critical violation on any page a role can open.
// Each role signs in once and walks its navigation, then the detail pages one click deep, found by following
// the links it was shown (so a walk never opens a page its reader could not reach). All violations are
// collected and asserted once, so one run lists everything to fix.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);
const PHONE = { width: 390, height: 844 };

/** A page one click deep: the first link whose address matches, on the page `on` (or any page seen so far). */
type Deep = RegExp | { on: string; link: RegExp };

type Walk = { username: string; extra: string[]; deep: Deep[]; phone?: boolean };

const ACCOUNT = ["/account", "/account/password", "/account/security", "/account/tokens", "/notifications"];

const WALKS: Record<string, Walk> = {
  admin: { username: "admin", extra: ACCOUNT, deep: [/^\/admin\/users\/\d+$/] },
  auditor: { username: "auditor", extra: ["/account", "/notifications"], deep: [] },
  leader: {
    username: "leader",
    extra: ["/account", "/notifications", "/dashboard/quotas", "/dashboard/departments/yanglao?period=2022-10"],
    deep: [
      /^\/dashboard\/indicators\/\d+/,
      /^\/dashboard\/counties\/[a-z]+/,
      /^\/plans\/2022$/,
      /^\/plans\/2022\/points\/\d+$/,
      /^\/units\/[a-z]+$/,
      /^\/reports\/\d+$/,
    ],
  },
  supervisor: {
    username: "supervisor",
    extra: [
      "/account",
      "/notifications",
      "/plans/2022",
      "/plans/2022/quotas",
      "/plans/2022/publish",
      "/plans/2022/weights",
      "/plans/2022/points/11/edit",
      "/plans/2022/points/11/indicators/new",
      "/plans/2022/points/11",
    ],
    deep: [
      { on: "/plans/2022/points/11", link: /^\/plans\/2022\/indicators\/\d+$/ },
      { on: "/plans/2022/points/11", link: /^\/plans\/2022\/indicators\/\d+\/baselines$/ },
      /^\/plans\/2022\/indicators\/\d+\/schedule$/,
      /^\/dashboard\/indicators\/\d+/,
      /^\/reports\/\d+$/,
    ],
  },
  "dept-yanglao": {
    username: "dept-yanglao",
    extra: ["/account", "/notifications", "/reports/import"],
    deep: [
      { on: "/reports", link: /^\/reports\/edit\?.*$/ },
      { on: "/reviews", link: /^\/reports\/\d+$/ },
      /^\/dashboard\/indicators\/\d+/,
    ],
  },
  "licheng-reporter": {
    username: "licheng-reporter",
    // October's reports are approved and carry the demo's evidence file (an attachment link).
    extra: ["/account", "/notifications", "/reports/import", "/reports?period=2022-10"],
    deep: [
      { on: "/reports", link: /^\/reports\/(\d+|edit\?.*)$/ },
      { on: "/reports?period=2022-10", link: /^\/reports\/\d+$/ },
      /^\/plans\/2022\/points\/\d+$/,
    ],
    phone: true,
  },
  "licheng-approver": {
    username: "licheng-approver",
    extra: ["/account", "/notifications"],
    deep: [{ on: "/reviews", link: /^\/reports\/\d+$/ }],
  },
};

/** Opens a page, runs axe, and returns the blocking violations (one line per rule and element) and its links. */
async function audit(page: Page, path: string): Promise<{ problems: string[]; links: string[] }> {
  const response = await page.goto(path);
  if (response?.status() !== 200) return { problems: [`${path}: HTTP ${response?.status()}`], links: [] };
  // Client leaves (charts, forms) render after the page loads; a page that keeps a request open is audited as it stands.
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const problems = violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${path} [${violation.impact}] ${violation.id}: ${node.target.join(" ")}\n    ${node.html.slice(0, 160)}\n    ${node.failureSummary?.replace(/\n/g, " ") ?? ""}`,
      ),
    );
  const links = await page
    .locator("a[href^='/']")
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  return { problems, links };
}

/** The walk: navigation, the role's other pages, then one page per detail pattern; returns every problem found. */
async function walk(page: Page, { extra, deep }: Walk): Promise<{ problems: string[]; visited: string[] }> {
  // A pre-rendered page (the dashboard) fills its header in after loading: wait for the navigation.
  const links = page.getByRole("navigation", { name: "主导航" }).getByRole("link");
  await links.first().waitFor();
  const navigation = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  const visited: string[] = [];
  const problems: string[] = [];
  const seen: { on: string; href: string }[] = [];
  const visit = async (path: string) => {
    if (visited.includes(path)) return;
    visited.push(path);
    const result = await audit(page, path);
    problems.push(...result.problems);
    seen.push(...result.links.map((href) => ({ on: path, href })));
  };
  for (const path of [...navigation, ...extra]) await visit(path);
  for (const step of deep) {
    const { on, link } = step instanceof RegExp ? { on: undefined, link: step } : step;
    const target = seen.find((seenLink) => (on === undefined || seenLink.on === on) && link.test(seenLink.href));
    if (target) await visit(target.href);
    else problems.push(`no link matching ${link} on ${on ?? visited.join(", ")}`);
  }
  return { problems, visited };
}

for (const [role, plan] of Object.entries(WALKS)) {
  test(`${role}: every page it opens has no serious or critical accessibility violation`, async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, plan.username);
    const { problems, visited } = await walk(page, plan);
    if (plan.phone) {
      await page.setViewportSize(PHONE);
      for (const path of visited) {
        const result = await audit(page, path);
        problems.push(...result.problems.map((line) => `(390 px) ${line}`));
      }
    }
    console.log(`${role}: ${visited.length} pages${plan.phone ? " (and again at 390 px)" : ""}`);
    expect(problems, problems.join("\n")).toEqual([]);
  });
}
