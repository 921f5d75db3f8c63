import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { UserError } from "@/lib/errors";

const quotaSchema = z.object({
  name: z.string().trim().min(1, "指标名称不能为空"),
  target: z.number().nonnegative("目标值不能为负数"),
  county: z.object({ code: z.string().min(1, "请选择县区") }),
});

const valid = { name: "  长者之家 ", target: 30, county: { code: "licheng" } };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("defineAction", () => {
  it("runs the handler on the parsed input and returns its result", async () => {
    const action = defineAction(quotaSchema, async ({ name, target, county }) => `${county.code}:${name}:${target}`);
    expect(await action(valid)).toEqual({ ok: true, data: "licheng:长者之家:30" });
  });

  it("refuses invalid input with the first message and every field's errors, without running the handler", async () => {
    const handler = vi.fn(async () => "saved");
    const action = defineAction(quotaSchema, handler);
    const result = await action({ name: "   ", target: -1, county: { code: "" } });
    expect(result).toEqual({
      ok: false,
      message: "指标名称不能为空",
      fieldErrors: {
        name: ["指标名称不能为空"],
        target: ["目标值不能为负数"],
        "county.code": ["请选择县区"],
      },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses input that is not an object at all", async () => {
    const handler = vi.fn(async () => "saved");
    const result = await defineAction(quotaSchema, handler)("not a form");
    expect(result.ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it("shows an expected failure's message as written", async () => {
    const action = defineAction(quotaSchema, async () => {
      throw new UserError("第1条的原文与文件不一致,要点原文不能修改。");
    });
    expect(await action(valid)).toEqual({ ok: false, message: "第1条的原文与文件不一致,要点原文不能修改。" });
  });

  it("hides an unexpected error behind a generic message with a request id that is also logged", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = new Error("connect ECONNREFUSED 127.0.0.1:5432 password=secret");
    const action = defineAction(quotaSchema, async () => {
      throw failure;
    });

    const result = await action(valid);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^系统出错/);
    expect(result.message).not.toContain("ECONNREFUSED");
    expect(result.message).not.toContain("secret");
    expect(result.fieldErrors).toBeUndefined();
    const requestId = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(result.message)?.[0];
    expect(requestId).toBeDefined();
    expect(logged).toHaveBeenCalledWith(`[action ${requestId}]`, failure);
  });

  it("gives each unexpected error its own request id", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const action = defineAction(quotaSchema, async () => {
      throw new Error("boom");
    });
    const first = await action(valid);
    const second = await action(valid);
    expect(first.ok || second.ok).toBe(false);
    if (first.ok || second.ok) return;
    expect(first.message).not.toBe(second.message);
  });
});
