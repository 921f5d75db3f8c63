import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { bytesOf, sendLargeTextAsBytes } from "@/lib/http/page-bytes";

const page = "<p>序时进度</p>".repeat(2_000);

function recordingResponse() {
  const ended: unknown[][] = [];
  const response = { end: (...args: unknown[]) => ended.push(args) } as unknown as ServerResponse;
  sendLargeTextAsBytes(response);
  return { response, ended };
}

describe("sending a large page as bytes", () => {
  it("sends the UTF-8 bytes of a large page, the same bytes each time it is sent again", () => {
    const { response, ended } = recordingResponse();
    response.end(page);
    response.end(page);
    const [first, second] = ended.map(([chunk]) => chunk as Buffer);
    expect(Buffer.isBuffer(first)).toBe(true);
    expect(first.toString("utf8")).toBe(page);
    expect(second).toBe(first);
    expect(bytesOf(page)).toBe(first);
  });

  it("passes small text, bytes, other encodings and a callback through as they are", () => {
    const { response, ended } = recordingResponse();
    const done = () => {};
    const bytes = Buffer.from(page);
    response.end("未找到");
    response.end(bytes);
    response.end(page.slice(0, 20_000), "latin1");
    response.end(page, done);
    response.end();
    expect(ended[0]).toEqual(["未找到"]);
    expect(ended[1][0]).toBe(bytes);
    expect(ended[2]).toEqual([page.slice(0, 20_000), "latin1"]);
    expect((ended[3][0] as Buffer).toString("utf8")).toBe(page);
    expect(ended[3][1]).toBe(done);
    expect(ended[4]).toEqual([]);
  });
});
