import { describe, expect, it } from "vitest";
import { cellDone, cellId, cellNumber, cellText } from "@/lib/reports/excel-cells";

describe("reading what people type into the Excel template", () => {
  it("accepts numbers, numbers typed as text and what Chinese input methods produce", () => {
    expect(cellNumber(12)).toEqual({ ok: true, value: 12 });
    expect(cellNumber(" 12.5 ")).toEqual({ ok: true, value: 12.5 });
    expect(cellNumber("１２３，４５６．７")).toEqual({ ok: true, value: 123456.7 });
    expect(cellNumber({ formula: "A1+1", result: 7 } as never)).toEqual({ ok: true, value: 7 });
    expect(cellNumber({ richText: [{ text: "１" }, { text: "0" }] } as never)).toEqual({ ok: true, value: 10 });
    expect(cellNumber(null)).toEqual({ ok: true, value: null });
    expect(cellNumber("")).toEqual({ ok: true, value: null });
  });

  it("refuses text, negatives, non-finite numbers, error values and dates with a Chinese message", () => {
    expect(cellNumber("十二")).toEqual({ ok: false, message: "“十二”不是有效数字" });
    expect(cellNumber(-3)).toEqual({ ok: false, message: "不能为负数" });
    expect(cellNumber("－3")).toEqual({ ok: false, message: "不能为负数" });
    expect(cellNumber(Infinity)).toEqual({ ok: false, message: "须为有限数字" });
    expect(cellNumber(NaN)).toEqual({ ok: false, message: "须为有限数字" });
    expect(cellNumber({ error: "#DIV/0!" } as never)).toEqual({ ok: false, message: "为错误值 #DIV/0!,请填数字" });
    expect(cellNumber({ formula: "A1" } as never)).toEqual({
      ok: false,
      message: "为错误值 公式没有计算结果,请填数字",
    });
    expect(cellNumber(new Date("2022-10-01"))).toEqual({ ok: false, message: "须为数字" });
    expect(cellNumber(true)).toEqual({ ok: false, message: "须为数字" });
  });

  it("reads milestones as 是/否, text as text, and only untouched ids as ids", () => {
    expect(cellDone("是")).toEqual({ ok: true, value: true });
    expect(cellDone("否")).toEqual({ ok: true, value: false });
    expect(cellDone("")).toEqual({ ok: true, value: null });
    expect(cellDone("大概")).toEqual({ ok: false, message: "“大概”应填“是”或“否”" });
    expect(cellText({ richText: [{ text: "已建成" }, { text: "3个" }] } as never)).toBe("已建成3个");
    expect(cellText("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
    expect(cellId(42)).toBe(42);
    expect(cellId("42")).toBe(42);
    expect(cellId(4.2)).toBeNull();
    expect(cellId(-1)).toBeNull();
    expect(cellId("abc")).toBeNull();
  });
});
