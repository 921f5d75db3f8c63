// Every error an API caller sees has one shape: application/problem+json (RFC 9457), with a
// Chinese `detail` a person can act on. The portal's own server and the route wrappers use it.

export const PROBLEM_CONTENT_TYPE = "application/problem+json; charset=utf-8";

const TITLES: Record<number, string> = {
  400: "请求有误",
  401: "未登录",
  403: "禁止访问",
  404: "未找到",
  405: "不支持的请求方法",
  408: "请求超时",
  409: "数据已被他人修改",
  413: "请求过大",
  415: "不支持的内容类型",
  422: "输入有误",
  429: "请求过于频繁",
  431: "请求头过大",
  500: "系统出错",
  503: "服务暂不可用",
};

export type Problem = {
  type: "about:blank";
  status: number;
  title: string;
  detail: string;
  requestId?: string;
  /** Field name → messages, for input that failed validation. */
  errors?: Record<string, string[]>;
  /** A refused write's view of the record as it is now (409), or a file's problems (422). */
  current?: unknown;
  problems?: string[];
};

type ProblemExtra = Pick<Problem, "requestId" | "errors" | "current" | "problems">;

export function problemOf(status: number, detail: string, extra: ProblemExtra = {}): Problem {
  return { type: "about:blank", status, title: TITLES[status] ?? "请求未完成", detail, ...extra };
}

/** The Response for route handlers; never cached. */
export function problemResponse(
  status: number,
  detail: string,
  extra: ProblemExtra & { headers?: Record<string, string> } = {},
): Response {
  const { headers, ...fields } = extra;
  return new Response(JSON.stringify(problemOf(status, detail, fields)), {
    status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store", ...headers },
  });
}
