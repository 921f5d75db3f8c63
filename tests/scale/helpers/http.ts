// Speaking to the cluster as a browser would: next-auth's credentials form for signing in and out,
// the session cookie on every request, and the page's own origin on every POST (the portal refuses
// a write from elsewhere). Any instance or nginx: the base URL says which.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token=/;

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);

async function csrfOf(baseUrl: string): Promise<{ csrfToken: string; cookies: string[] }> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!response.ok) throw new Error(`CSRF: HTTP ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken, cookies: cookiesOf(response) };
}

/** The session cookie, or null when the portal refused the sign-in (wrong password, locked). */
export async function attemptSignIn(baseUrl: string, username: string, password: string): Promise<string | null> {
  const { csrfToken, cookies } = await csrfOf(baseUrl);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  await response.body?.cancel();
  return cookiesOf(response).find((cookie) => SESSION_COOKIE.test(cookie)) ?? null;
}

export async function signIn(baseUrl: string, username: string, password = "Putian@2022"): Promise<string> {
  const cookie = await attemptSignIn(baseUrl, username, password);
  if (!cookie) throw new Error(`${username} 登录失败 (${baseUrl})`);
  return cookie;
}

/** next-auth's own sign-out, which ends the session row (lib/auth/sign-out.ts). */
export async function signOut(baseUrl: string, sessionCookie: string): Promise<void> {
  const { csrfToken, cookies } = await csrfOf(baseUrl);
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...cookies, sessionCookie].join("; "),
      origin: baseUrl,
    },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${baseUrl}/login`, json: "true" }),
  });
  await response.body?.cancel();
  if (response.status >= 400) throw new Error(`退出失败: HTTP ${response.status}`);
}

export function get(url: string, cookie: string): Promise<Response> {
  return fetch(url, { headers: { cookie }, redirect: "manual" });
}

export function postJson(baseUrl: string, path: string, cookie: string, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { cookie, origin: baseUrl, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}
