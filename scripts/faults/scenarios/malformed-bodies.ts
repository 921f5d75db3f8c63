// 7 超大与畸形请求: on every write route, a body past its limit (413), malformed JSON, a NaN and
// garbage multipart (400), a JSON route sent something else (415). Each answer is problem+json with a Chinese
// detail, and nothing is written.
import { signInAs } from "../accounts";
import type { Scenario } from "../context";
import type { Answer, PortalClient } from "../http";
import { WRITTEN_ROWS_SQL, type WriteRoute, writeRoutes } from "../write-routes";
import type { Tally } from "../tally";

const MB = 1024 * 1024;
const BOUNDARY = "----faults";

type Attempt = { what: string; init: RequestInit; expected: number };

function attemptsFor(route: WriteRoute): Attempt[] {
  const json = (body: string): RequestInit => ({
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const multipart = (body: BodyInit): RequestInit => ({
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body,
  });
  const action = (body: BodyInit, type = "text/plain;charset=UTF-8"): RequestInit => ({
    method: "POST",
    headers: { "content-type": type, "next-action": "7f".repeat(21) },
    body,
  });
  if (route.kind === "json")
    return [
      { what: "超大(3 MB)", init: json(`{"pointId":1,"narrative":{"progress":"${"大".repeat(MB)}"}}`), expected: 413 },
      { what: "残缺 JSON", init: json('{"pointId": 1, "period": "2022-11"'), expected: 400 },
      { what: "NaN", init: json('{"pointId": NaN}'), expected: 400 },
      {
        what: "非 JSON 类型",
        init: { method: "POST", headers: { "content-type": "text/plain" }, body: "x" },
        expected: 415,
      },
    ];
  if (route.kind === "multipart")
    return [
      {
        what: "超大(25 MB)",
        init: multipart(
          new Blob([
            `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
            new Uint8Array(25 * MB),
            `\r\n--${BOUNDARY}--\r\n`,
          ]),
        ),
        expected: 413,
      },
      { what: "乱码 multipart", init: multipart("\u0000\u0001 garbage --not-a-boundary"), expected: 400 },
    ];
  return [
    { what: "超大(2 MB)", init: action(`["${"x".repeat(2 * MB)}"]`), expected: 413 },
    { what: "残缺请求体", init: action('[{"pointId":'), expected: 400 },
  ];
}

function checkProblem(tally: Tally, label: string, answer: Answer): void {
  tally.check(
    answer.contentType.startsWith("application/problem+json"),
    `${label}: 不是 problem+json (${answer.contentType})`,
  );
  tally.check(
    Boolean(answer.body.detail && /[\u4e00-\u9fff]/.test(answer.body.detail)),
    `${label}: 没有中文说明 ${answer.text.slice(0, 100)}`,
  );
}

export const malformedBodies: Scenario = {
  name: "7 超大与畸形请求",
  async run(context, tally) {
    const client: PortalClient = await signInAs(context, "licheng-reporter", tally);
    const report = await context.db.report.findFirstOrThrow({
      where: { unit: { code: "licheng" } },
      select: { id: true },
    });
    const before = await context.db.$queryRawUnsafe<unknown[]>(WRITTEN_ROWS_SQL);
    let tried = 0;
    for (const route of writeRoutes(report.id))
      for (const attempt of attemptsFor(route)) {
        const label = `${route.label} ${attempt.what}`;
        const answer = await client.send(route.path, attempt.init, [attempt.expected]);
        tried += 1;
        if (answer.status === attempt.expected) checkProblem(tally, label, answer);
      }
    const after = await context.db.$queryRawUnsafe<unknown[]>(WRITTEN_ROWS_SQL);
    tally.check(
      JSON.stringify(before, bigints) === JSON.stringify(after, bigints),
      `拒绝的请求改动了数据: ${JSON.stringify(before, bigints)} → ${JSON.stringify(after, bigints)}`,
    );
    tally.notes.push(`${tried} 个畸形或超大请求,5 个写入口`);
  },
};

const bigints = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);
