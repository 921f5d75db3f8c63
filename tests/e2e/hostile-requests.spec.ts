// Hostile and malformed requests against the real portal: each gets a Chinese problem+json 4xx
// from the door that first sees it, and nothing changes; a spreadsheet bomb is refused while the
// portal keeps answering.
import { expect, test, type APIResponse } from "@playwright/test";
import { entriesOf, whitespaceBomb } from "../unit/fixtures/zip-bomb";
import { signIn } from "./helpers/sign-in";

const TOKEN = { Authorization: "Bearer ptk_demo_leader_readonly_2022" };
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function expectProblem(response: APIResponse, status: number, detail: RegExp) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toBe("application/problem+json; charset=utf-8");
  const problem = await response.json();
  expect(problem.detail).toMatch(detail);
}

test("TRACE is refused with 405 before Next", async ({ request }) => {
  await expectProblem(await request.fetch("/login", { method: "TRACE" }), 405, /不接受 TRACE/);
});

test("server-action bodies Next cannot decode, too large or from another site are refused", async ({
  request,
  baseURL,
}) => {
  const post = (data: string, headers: Record<string, string> = {}) =>
    request.post("/reports", {
      data,
      headers: {
        "Next-Action": "00deadbeef",
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: baseURL!,
        ...headers,
      },
    });
  await expectProblem(await post('[{"id": 1'), 400, /无法解析/);
  await expectProblem(await post("[NaN]"), 400, /无法解析/);
  await expectProblem(await post("[Infinity]"), 400, /无法解析/);
  await expectProblem(await post("garbage", { "Content-Type": "multipart/form-data; boundary=xyz" }), 400, /无法解析/);
  await expectProblem(await post(`["${"x".repeat(1024 * 1024)}"]`), 413, /超过 1 MB/);
  await expectProblem(await post("[]", { Origin: "https://evil.example" }), 403, /其他网站/);
});

test("ids beyond the integer range are not found, never a 500", async ({ page, request }) => {
  await expectProblem(await request.get("/api/v1/attachments/99999999999", { headers: TOKEN }), 404, /未找到/);
  await signIn(page, "leader");
  const response = await page.goto("/reports/99999999999");
  expect(response?.status()).toBe(404);
  expect((await page.goto("/notifications?before=99999999999"))?.status()).toBe(200);
});

test("a template carrying 450 MB of whitespace is refused while the portal keeps answering", async ({
  page,
  request,
}) => {
  await signIn(page, "xiuyu-reporter");
  const template = await page.request.get("/api/v1/reports/template?period=2022-10");
  expect(template.status()).toBe(200);
  const bomb = whitespaceBomb(450, entriesOf(new Uint8Array(await template.body())));
  expect(bomb.byteLength).toBeLessThan(512 * 1024);

  await page.goto("/reports/import");
  let uploading = true;
  const slowest = (async () => {
    let worst = 0;
    while (uploading) {
      const started = Date.now();
      expect((await request.get("/api/health")).status()).toBe(200);
      worst = Math.max(worst, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return worst;
  })();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "秀屿区填报.xlsx", mimeType: XLSX, buffer: Buffer.from(bomb) });
  await expect(page.locator("#import-message")).toContainText("文件解压后超过 20 MB");
  uploading = false;
  expect(await slowest).toBeLessThan(1000);
});
