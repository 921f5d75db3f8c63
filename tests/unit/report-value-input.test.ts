import { describe, expect, it } from "vitest";
import { normaliseNumberText, reportValueSchema } from "@/lib/reports/schemas";

const parse = (value: unknown) => reportValueSchema.safeParse({ indicatorId: 1, value });

describe("numbers typed into a report", () => {
  it("accepts what Chinese input methods produce", () => {
    expect(normaliseNumberText("１２３，４５６")).toBe("123456");
    expect(normaliseNumberText("２．５")).toBe("2.5");
    expect(parse("１２３，４５６").data?.value).toBe(123456);
    expect(parse(" 30 ").data?.value).toBe(30);
    expect(parse("").data?.value).toBeNull();
  });

  it("refuses non-numbers, negatives, NaN, Infinity and absurd sizes with a Chinese message", () => {
    for (const [input, message] of [
      ["abc", "“abc”不是有效数字"],
      ["-3", "不能为负数"],
      ["1e400", "“1e400”不是有效数字"],
      ["99999999999999", "数值过大,请核对"],
    ] as const) {
      const result = parse(input);
      expect(result.success, input).toBe(false);
      expect(result.error?.issues[0].message, input).toBe(message);
    }
    // Numbers that arrive as numbers (JSON, the API) rather than typed text.
    for (const input of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(parse(input).error?.issues[0].message, String(input)).toBe("须为有限数字");
    }
    expect(parse(true).error?.issues[0].message).toBe("须为数字");
  });
});
