// The plan administration's actions through their real door (only cookies and headers faked): a
// refusal inside the domain reaches the form as a message beside its field, nothing written; a
// county reporter is refused at the door. Plan 2081 is this file's own.
import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { REFUSAL_MESSAGES } from "@/lib/auth/guard";
import { createIndicatorAction, updatePointAction } from "@/lib/plans/admin/actions";
import { signInAs } from "./helpers/attachment-requests";
import { createPlan } from "./helpers/progress-plans";

vi.mock("next/headers", async () => (await import("./helpers/fake-next-headers")).fakeNextHeaders);

describe("the plan administration's doors", () => {
  it("answer a domain refusal beside its field, and refuse a county reporter", async () => {
    const plan = await createPlan(getPrisma(), 2081, [[{ leadUnit: "yanglao", indicators: [] }]]);
    const pointId = plan.points[0].id;
    await signInAs("supervisor");
    const county = await updatePointAction({
      pointId,
      title: "要点",
      leadUnitCode: "licheng",
      supportingUnitCodes: [],
      kind: "QUANTITATIVE",
      reason: "调整",
    });
    expect(county).toEqual({
      ok: false,
      message: "牵头单位须是市局的科室或直属单位。",
      fieldErrors: { leadUnitCode: ["牵头单位须是市局的科室或直属单位。"] },
    });
    const fraction = await createIndicatorAction({
      pointId,
      name: "新增床位",
      unit: "张",
      target: "10.5",
      direction: "AT_LEAST",
      kind: "SUM",
      wholeNumbers: true,
      quotaMode: "SPLIT",
      rule: "LINEAR",
      reason: "补充",
    });
    expect(fraction).toMatchObject({
      ok: false,
      fieldErrors: { target: ["该指标按整数计,目标值须为整数(现为 10.5)。"] },
    });
    expect(await getPrisma().indicator.count({ where: { pointId } })).toBe(0);

    await signInAs("licheng-reporter");
    expect(
      await createIndicatorAction({
        pointId,
        name: "x",
        unit: "个",
        target: "1",
        direction: "AT_LEAST",
        kind: "SUM",
        quotaMode: "NONE",
        rule: "LINEAR",
      }),
    ).toEqual({ ok: false, message: REFUSAL_MESSAGES.forbidden });
    expect(await getPrisma().indicator.count({ where: { pointId } })).toBe(0);
  });
});
