// The one guard every door asks: pages (requireViewer), server actions (defineAction), API routes
// (apiRoute), the upload route (postRoute) and the portal's front door. Pure: it decides; each
// door answers in its own way (a redirect, a message, a problem+json) and audits a refusal once.
import { can, OBLIGATION_RIGHTS, type PolicySubject, type Right } from "@/lib/policy";

export type GuardSubject = PolicySubject & { mustChangePassword: boolean; mustEnrolTotp: boolean };

export type Refusal = "signedOut" | "mustChangePassword" | "mustEnrolTotp" | "forbidden";

export type GuardDecision = { ok: true } | { ok: false; refusal: Refusal };

export function guard(viewer: GuardSubject | null, right: Right, resourceUnitId?: number): GuardDecision {
  if (!viewer) return { ok: false, refusal: "signedOut" };
  if (!OBLIGATION_RIGHTS.includes(right)) {
    if (viewer.mustChangePassword) return { ok: false, refusal: "mustChangePassword" };
    if (viewer.mustEnrolTotp) return { ok: false, refusal: "mustEnrolTotp" };
  }
  return can(viewer, right, resourceUnitId) ? { ok: true } : { ok: false, refusal: "forbidden" };
}

/** What a refused person reads, whichever door refused them. */
export const REFUSAL_MESSAGES: Record<Refusal, string> = {
  signedOut: "登录已失效,请重新登录。",
  mustChangePassword: "请先修改密码,再进行其他操作。",
  mustEnrolTotp: "请先绑定动态口令(双因素认证),再进行其他操作。",
  forbidden: "未找到,或您无权进行此操作。",
};

/** Where a page sends a person who must first fulfil an obligation. */
export const OBLIGATION_PAGES: Partial<Record<Refusal, string>> = {
  mustChangePassword: "/account/password",
  mustEnrolTotp: "/account/security",
};

/** The audit detail of a refusal, so the log tells an obligation from a missing right. */
export const REFUSAL_DETAILS: Record<Exclude<Refusal, "signedOut">, string> = {
  mustChangePassword: "须先修改密码",
  mustEnrolTotp: "须先绑定动态口令",
  forbidden: "无此权限或不在其范围内",
};
