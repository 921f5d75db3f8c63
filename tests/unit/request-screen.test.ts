// The portal's own server screens requests before Next: a stand-in handler plays Next, recording
// what reaches it. Bodies a browser sends are made by React's own encodeReply (the one Next ships).
import { createHash } from "node:crypto";
import { request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { connect } from "node:net";
import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { createScreenedServer } from "@/lib/http/screened-server";

const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

type Answer = { status: number; headers: IncomingMessage["headers"]; body: string };
const servers: Server[] = [];
let reached: { url: string; sha: string }[] = [];
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function start(trustedProxies: string[] = [], publicAddress = "http://localhost:3000"): Promise<number> {
  const server = createScreenedServer(
    new Set(trustedProxies),
    (request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        reached.push({ url: request.url ?? "", sha: sha(Buffer.concat(chunks)) });
        response.end("ok");
      });
    },
    publicAddress,
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as { port: number }).port;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  reached = [];
});

function send(port: number, method: string, headers: Record<string, string>, body?: Uint8Array): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ port, host: "127.0.0.1", method, path: "/reports", headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
const action = (port: number, body: Uint8Array | string, headers: Record<string, string> = {}) =>
  send(
    port,
    "POST",
    {
      "Next-Action": "7f00aa",
      Origin: `http://127.0.0.1:${port}`,
      "Content-Type": "text/plain;charset=UTF-8",
      ...headers,
    },
    typeof body === "string" ? Buffer.from(body) : body,
  );

async function multipartOf(form: FormData): Promise<{ body: Uint8Array; contentType: string }> {
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return { body: new Uint8Array(await request.arrayBuffer()), contentType: request.headers.get("content-type")! };
}

function expectProblem(answer: Answer, status: number, detail: RegExp) {
  expect(answer.status).toBe(status);
  expect(answer.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
  const problem = JSON.parse(answer.body);
  expect(problem.status).toBe(status);
  expect(problem.detail).toMatch(detail);
  expect(problem.detail).toMatch(/[\u4e00-\u9fff]/);
  expect(reached).toEqual([]);
}

describe("the portal's server before Next", () => {
  it("answers TRACE, TRACK and CONNECT with 405", async () => {
    const port = await start();
    expectProblem(await send(port, "TRACE", {}), 405, /不接受 TRACE/);
    for (const line of ["TRACK / HTTP/1.1", "CONNECT example.com:443 HTTP/1.1"]) {
      const raw = await new Promise<string>((resolve) => {
        const socket = connect(port, "127.0.0.1", () => socket.write(`${line}\r\nHost: x\r\n\r\n`));
        let text = "";
        socket.on("data", (chunk) => (text += chunk));
        socket.on("close", () => resolve(text));
      });
      expect(raw.split("\r\n")[0], line).toBe("HTTP/1.1 405 Method Not Allowed");
      expect(JSON.parse(raw.split("\r\n\r\n")[1]).detail).toMatch(/不接受/);
    }
  });

  it("refuses an action from a foreign Origin with 403", async () => {
    const port = await start();
    expectProblem(await action(port, "[]", { Origin: "https://evil.example" }), 403, /其他网站/);
    expectProblem(await action(port, "[]", { Origin: "null" }), 403, /其他网站/);
  });

  it("refuses an action body over 1 MB with 413, and passes one of exactly 1 MB", async () => {
    const port = await start();
    expectProblem(await action(port, `["${"x".repeat(1024 * 1024)}"]`), 413, /超过 1 MB/);
    const exact = `["${"x".repeat(1024 * 1024 - 4)}"]`;
    expect((await action(port, exact)).status).toBe(200);
    expect(reached).toEqual([{ url: "/reports", sha: sha(Buffer.from(exact)) }]);
  });

  it("refuses bodies Next cannot decode with 400", async () => {
    const port = await start();
    for (const body of ['{"id": 1', '[{"value": NaN}]', "[Infinity]", "", "\u0000garbage"])
      expectProblem(await action(port, body), 400, /无法解析/);
    const data = new FormData();
    data.append("0", '["$K1"]');
    data.append("1_file", new File(["abc"], "a.txt"));
    const form = await multipartOf(data);
    const truncated = form.body.subarray(0, form.body.byteLength - 20);
    expectProblem(await action(port, truncated, { "Content-Type": form.contentType }), 400, /无法解析/);
    expectProblem(await action(port, "garbage", { "Content-Type": "multipart/form-data" }), 400, /无法解析/);
    const badRow = new FormData();
    badRow.append("0", "[NaN]");
    const bad = await multipartOf(badRow);
    expectProblem(await action(port, bad.body, { "Content-Type": bad.contentType }), 400, /无法解析/);
  });

  it("hands the bodies a browser sends on to Next byte for byte", async () => {
    const port = await start();
    const text = (await encodeReply([{ id: 1, n: Number.NaN, i: Number.POSITIVE_INFINITY, s: "中文" }])) as string;
    expect((await action(port, text)).status).toBe(200);
    const data = new FormData();
    data.append("file", new File([new Uint8Array(4096).fill(7)], "证明.pdf"));
    data.append("note", "备注");
    const form = await multipartOf((await encodeReply([data, { big: 10n, at: new Date(0) }])) as FormData);
    expect((await action(port, form.body, { "Content-Type": form.contentType })).status).toBe(200);
    expect(reached.map((entry) => entry.sha)).toEqual([sha(Buffer.from(text)), sha(form.body)]);
  });

  it("does not read other requests: an upload to the API streams on untouched", async () => {
    const port = await start();
    const upload = new Uint8Array(3 * 1024 * 1024).fill(1);
    const answer = await send(port, "POST", { "Content-Type": "application/octet-stream" }, upload);
    expect(answer.status).toBe(200);
    expect(reached).toEqual([{ url: "/reports", sha: sha(upload) }]);
  });

  it("sends HSTS only over https: the public address, or a trusted proxy saying so, never a client's claim", async () => {
    const claim = { "X-Forwarded-Proto": "https" };
    const hsts = async (port: number) => (await send(port, "GET", claim)).headers["strict-transport-security"];
    expect(await hsts(await start())).toBeUndefined();
    expect(await hsts(await start(["127.0.0.1"]))).toContain("max-age=");
    expect(await hsts(await start([], "https://dbjb.ptmz.gov.cn"))).toContain("max-age=");
    expect((await send(await start(["127.0.0.1"]), "GET", {})).headers["strict-transport-security"]).toBeUndefined();
  });
});
