import "server-only";
import { auditActorOf } from "@/lib/audit/actor";
import { type RequestContext, recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import type { Right } from "@/lib/policy";
import type { DeniedResource } from "./denied";
import { REFUSAL_DETAILS, type Refusal } from "./guard";
import type { Viewer } from "./viewer-type";

/** One audit row per refused request, under the right that was asked for. */
export async function recordRefusal(
  viewer: Viewer,
  right: Right,
  refusal: Exclude<Refusal, "signedOut">,
  context: RequestContext,
  resource?: DeniedResource,
): Promise<void> {
  await recordAudit(getPrisma(), {
    actor: auditActorOf(viewer),
    action: right,
    result: "DENIED",
    objectType: resource?.type,
    objectId: resource?.id,
    detail: REFUSAL_DETAILS[refusal],
    context,
  });
}
