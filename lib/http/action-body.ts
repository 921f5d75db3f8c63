// What Next does with a server action's body, checked first so that a body it cannot decode is a
// 400 with words rather than its 500. Next (app-render/action-handler.js) hands a fetch action's
// body to React: a text body to decodeReply, which JSON.parses it as row 0; a multipart body through
// busboy to decodeReplyFromBusboy, where every field named by a number is a JSON row (the others
// are the person's own form fields, and files are blobs). A multipart POST without the action
// header may be a form posted before the page's script ran: Next parses it with Request.formData().
// JSON.parse refuses NaN and Infinity literals (React writes them as "$NaN", "$Infinity").
import busboy from "next/dist/compiled/busboy";

export const MALFORMED_JSON =
  "请求内容无法解析:数据格式有误(不是合法的 JSON,或含有 NaN、Infinity 这样的值)。请刷新页面后重试。";
export const MALFORMED_FORM = "请求内容无法解析:表单数据不完整或已损坏。请刷新页面后重试。";

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

function multipartRowsProblem(contentType: string, body: Buffer, limit: number): Promise<string | null> {
  return new Promise((resolve) => {
    let problem: string | null = null;
    let hasRoot = false;
    let parser: ReturnType<typeof busboy>;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        defParamCharset: "utf8",
        limits: { fieldSize: limit },
      });
    } catch {
      return resolve(MALFORMED_FORM);
    }
    parser.on("field", (name, value) => {
      if (!/^\d+$/.test(name)) return;
      hasRoot ||= name === "0";
      if (!isJson(value)) problem ??= MALFORMED_JSON;
    });
    // A truncated file part fails on its own stream too; the parser's error below answers for both.
    parser.on("file", (_name, stream) => stream.on("error", () => {}).resume());
    parser.on("error", () => resolve(MALFORMED_FORM));
    parser.on("close", () => resolve(problem ?? (hasRoot ? null : MALFORMED_FORM)));
    parser.end(body);
  });
}

async function formProblem(contentType: string, body: Buffer): Promise<string | null> {
  try {
    await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
    return null;
  } catch {
    return MALFORMED_FORM;
  }
}

/** Why Next could not decode this action body, or null when it can. */
export function actionBodyProblem(
  isFetchAction: boolean,
  contentType: string,
  body: Buffer,
  limit: number,
): Promise<string | null> {
  const multipart = contentType.startsWith("multipart/form-data");
  if (!isFetchAction) return multipart ? formProblem(contentType, body) : Promise.resolve(null);
  if (multipart) return multipartRowsProblem(contentType, body, limit);
  // Next answers a URL-encoded action itself (not found); anything else is React's text reply.
  if (contentType === "application/x-www-form-urlencoded") return Promise.resolve(null);
  return Promise.resolve(isJson(body.toString("utf8")) ? null : MALFORMED_JSON);
}
