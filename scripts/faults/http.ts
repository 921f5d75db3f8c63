// The suite's HTTP client: the real doors of the portal with a session cookie and the same-origin
// Origin header a browser sends, each request timed and counted in the scenario's tally.
import { signIn } from "../bench/sign-in";
import type { Tally } from "./tally";

export type Answer = {
  status: number;
  body: Record<string, unknown> & { detail?: string };
  text: string;
  contentType: string;
};

export class PortalClient {
  constructor(
    readonly baseUrl: string,
    readonly cookie: string,
    private readonly tally: Tally,
  ) {}

  static async signIn(baseUrl: string, username: string, password: string, tally: Tally): Promise<PortalClient> {
    tally.requests += 2;
    return new PortalClient(baseUrl, await signIn(baseUrl, username, password), tally);
  }

  /** Any request; an answer outside `expected` (0: none at all) counts as an error of the scenario. */
  async send(path: string, init: RequestInit, expected: number[]): Promise<Answer> {
    const started = performance.now();
    this.tally.requests += 1;
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.baseUrl + path, {
        ...init,
        redirect: "manual",
        headers: { cookie: this.cookie, origin: this.baseUrl, ...(init.headers as Record<string, string>) },
        signal: AbortSignal.timeout(60_000),
      });
      text = await response.text();
    } catch (error) {
      // 0: no whole answer (the connection was cut, also after the status line and before the body's
      // end), which a scenario that kills the portal expects: the caller knows no more than a browser would.
      if (!expected.includes(0)) this.tally.unexpected(`${init.method ?? "GET"} ${path}: ${(error as Error).message}`);
      return { status: 0, body: {}, text: "", contentType: "" };
    }
    this.tally.latency.add(performance.now() - started);
    let body: Answer["body"] = {};
    try {
      body = JSON.parse(text);
    } catch {}
    if (!expected.includes(response.status))
      this.tally.unexpected(`${init.method ?? "GET"} ${path} → ${response.status} ${text.slice(0, 160)}`);
    return { status: response.status, body, text, contentType: response.headers.get("content-type") ?? "" };
  }

  postJson(path: string, body: unknown, expected = [200]): Promise<Answer> {
    return this.send(
      path,
      { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
      expected,
    );
  }
}
