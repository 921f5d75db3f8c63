import { can, ROLE_LABELS } from "@/lib/policy";
import { navigationFor, type NavItem } from "./navigation";
import type { Viewer } from "./viewer-type";

/** What the portal's header shows a viewer: rendered with the page, or fetched by a pre-rendered one. */
export type HeaderData = {
  /** The signed-in person's id: 退出 clears their browser drafts of report forms, and no one else's. */
  userId: number;
  who: string;
  navigation: NavItem[];
  /** null while a password change or second-factor enrolment is pending: no notification centre yet. */
  unreadCount: number | null;
  /** The supervisor's link from the dashboard to the completion weights. */
  canSetWeights: boolean;
};

export function headerDataOf(viewer: Viewer, unreadCount: number | null): HeaderData {
  const pending = viewer.mustChangePassword || viewer.mustEnrolTotp;
  return {
    userId: viewer.userId,
    who: `${viewer.displayName} · ${viewer.unitName} · ${ROLE_LABELS[viewer.role]}`,
    navigation: pending ? [] : navigationFor(viewer),
    unreadCount: pending ? null : unreadCount,
    canSetWeights: !pending && can(viewer, "plan.import"),
  };
}
