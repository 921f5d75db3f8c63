// Who may add or remove an application's evidence (佐证材料), and when: the applying unit's own
// people, while the application waits for its first decision (the lead department's check, or the
// office's when the applicant leads the point itself). After that the evidence is what was decided on.
import type { CloseoutState } from "@/lib/generated/prisma/enums";
import { can, type PolicySubject } from "@/lib/policy";

export type EvidenceSubject = { unitId: number; state: CloseoutState; leadUnitId: number };

export function evidenceRefusal(closeout: EvidenceSubject, viewer: PolicySubject): string | null {
  if (!can(viewer, "closeout.apply") || viewer.unitId !== closeout.unitId)
    return "只有申请单位可以上传或删除办结申请的佐证材料。";
  const waiting =
    closeout.state === "APPLIED" || (closeout.state === "VERIFIED" && closeout.unitId === closeout.leadUnitId);
  return waiting ? null : "办结申请已进入审核,不能再更改佐证材料。";
}
