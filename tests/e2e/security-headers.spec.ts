import { expect, test } from "@playwright/test";

const TOKEN = { Authorization: "Bearer ptk_demo_leader_readonly_2022" };
const ROUTES = [
  "/login",
  "/plans/2022",
  "/plans/2022/points/11",
  "/units/licheng",
  "/api/health",
  "/api/v1/plans/2022",
  "/api/v1/units/licheng",
  "/no-such-page",
];

test("every route sends the security headers and never X-Powered-By", async ({ request }) => {
  for (const route of ROUTES) {
    const response = await request.get(route, { headers: TOKEN, maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], route).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], route).toBe("nosniff");
    expect(headers["referrer-policy"], route).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], route).toBeUndefined();
  }
});

test("signed-in pages and API data are never cached", async ({ request }) => {
  for (const route of ["/plans/2022", "/api/v1/plans/2022", "/api/v1/units/licheng"]) {
    const response = await request.get(route, { headers: TOKEN, maxRedirects: 0 });
    expect(response.headers()["cache-control"], route).toContain("no-store");
  }
});

test("HSTS is not sent to a client that only claims HTTPS (no trusted proxy, public address http)", async ({
  request,
}) => {
  const response = await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});

test("error responses show no stack, SQL or path", async ({ request }) => {
  const probes = [
    request.get("/api/v1/plans/not-a-year", { headers: TOKEN }),
    request.get("/api/v1/units/%00", { headers: TOKEN }),
    request.get("/api/v1/plans/2022", { headers: { Authorization: "Bearer forged" } }),
    request.post("/api/auth/callback/credentials", { form: { username: "x", password: "y" } }),
    request.get("/plans/%E0%A4%A"),
  ];
  for (const response of await Promise.all(probes)) {
    const body = await response.text();
    expect(body).not.toMatch(/at \w+ \(|\.tsx?:\d+|node_modules|SELECT |prisma|\/work\//i);
  }
});

test("the portal has a favicon: the first page of a session asks for nothing that is missing", async ({ page }) => {
  const missing: string[] = [];
  page.on("response", (response) => response.status() === 404 && missing.push(response.url()));
  await page.goto("/login");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  const icon = await page.request.get(href ?? "");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(missing).toEqual([]);
});
