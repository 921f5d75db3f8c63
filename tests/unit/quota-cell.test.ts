import { describe, expect, it } from "vitest";
import { parseQuotaCell, sameQuota } from "@/lib/plans/quotas/quota-cell";
import { balanceWords, quotaBalance } from "@/lib/plans/quota-sum";

const homes = { name: "新建长者之家", wholeNumbers: true };
const lottery = { name: "福彩销售", wholeNumbers: false };

describe("a quota cell", () => {
  it("reads what people type: blank is no quota, full-width digits, trailing zeros", () => {
    expect(parseQuotaCell("", homes)).toEqual({ ok: true, value: null });
    expect(parseQuotaCell("  ", homes)).toEqual({ ok: true, value: null });
    expect(parseQuotaCell("１２", homes)).toEqual({ ok: true, value: "12" });
    expect(parseQuotaCell("12.00", homes)).toEqual({ ok: true, value: "12" });
    expect(parseQuotaCell("0.360", lottery)).toEqual({ ok: true, value: "0.36" });
    expect(parseQuotaCell(0.36, lottery)).toEqual({ ok: true, value: "0.36" });
    expect(parseQuotaCell("007", homes)).toEqual({ ok: true, value: "7" });
  });

  it("refuses fractions of whole things, negatives, words and too many decimals, in Chinese", () => {
    expect(parseQuotaCell("2.5", homes)).toEqual({ ok: false, message: "新建长者之家的分解数须为整数" });
    expect(parseQuotaCell("-3", lottery)).toEqual({ ok: false, message: "分解数不能为负数" });
    expect(parseQuotaCell("十个", homes)).toEqual({ ok: false, message: "“十个”不是有效数字" });
    expect(parseQuotaCell("0.12345", lottery)).toEqual({ ok: false, message: "分解数最多保留 4 位小数" });
    expect(parseQuotaCell(Number.NaN, lottery)).toEqual({ ok: false, message: "须为数字" });
  });

  it("compares quotas as amounts", () => {
    expect(sameQuota("2.5", "2.50")).toBe(true);
    expect(sameQuota("30", "30.0000")).toBe(true);
    expect(sameQuota(null, "0")).toBe(false);
    expect(sameQuota(null, null)).toBe(true);
  });
});

describe("Σ quotas against the target", () => {
  it("adds decimals exactly and says the gap in words", () => {
    const balanced = quotaBalance("2.5", ["0.36", "0.34", "0.6", "0.6", "0.6", null]);
    expect(balanced).toMatchObject({ sum: "2.5", balanced: true });
    expect(balanceWords(balanced, "亿元")).toBe("");
    expect(balanceWords(quotaBalance("30", ["10", "10"]), "个")).toBe("比市级目标少 10个");
    expect(balanceWords(quotaBalance("30", ["20", "12"]), "个")).toBe("比市级目标多 2个");
  });
});
