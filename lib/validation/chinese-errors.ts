// zod's own messages, in Chinese a person can act on. zod 4's zh-CN locale still names types and
// origins in English ("期望 array <=50 项"), so this map words every issue itself; schemas give
// their own message where the field's name makes it clearer.
import type { z } from "zod";

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const EXPECTED: Record<string, string> = {
  string: "须为文字",
  number: "须为数字",
  int: "须为整数",
  bigint: "须为整数",
  boolean: "须选择是或否",
  date: "须为日期",
  array: "须为列表",
  tuple: "须为列表",
  nan: "须为数字",
};

const FORMATS: Record<string, string> = {
  date: "日期格式应为 2022-10-15",
  datetime: "时间格式无效",
  time: "时间格式无效",
  email: "电子邮件地址格式不正确",
  url: "网址格式不正确",
};

const bound = (value: number | bigint) => value.toString();

function tooBig(issue: Extract<Issue, { code: "too_big" }>): string {
  const max = bound(issue.maximum);
  if (issue.origin === "string") return `不能超过 ${max} 个字`;
  if (issue.origin === "array" || issue.origin === "set") return `最多 ${max} 项`;
  if (issue.origin === "file") return `文件不能超过 ${max} 字节`;
  return issue.inclusive === false ? `须小于 ${max}` : `不能大于 ${max}`;
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): string {
  const min = bound(issue.minimum);
  if (issue.origin === "string") return min === "1" ? "不能为空" : `至少 ${min} 个字`;
  if (issue.origin === "array" || issue.origin === "set") return `至少 ${min} 项`;
  return issue.inclusive === false ? `须大于 ${min}` : `不能小于 ${min}`;
}

export function chineseError(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "必填";
      return EXPECTED[issue.expected] ?? "格式无效";
    case "too_big":
      return tooBig(issue);
    case "too_small":
      return tooSmall(issue);
    case "invalid_format":
      return FORMATS[issue.format] ?? "格式不正确";
    case "not_multiple_of":
      return `须为 ${issue.divisor} 的倍数`;
    case "invalid_value":
      return "不是可选的值";
    case "unrecognized_keys":
      return "含有无法识别的字段";
    default:
      return "输入无效";
  }
}
