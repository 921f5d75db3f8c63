import { can, ROLE_LABELS } from "@/lib/policy";
import { navigationFor, type NavItem } from "./navigation";
import type { Viewer } from "./viewer-type";

/** What the portal's header shows a viewer: rendered with the page, or fetched by a pre-rendered one. */
export type HeaderData = {
  /** The signed-in person's id: 退出 clears their browser drafts of report forms, and no one else's. */
  userId: number;
  who: string;
  displayName: string;
  navigation: NavItem[];
  /** null while a password change or second-factor enrolment is pending: no notification centre yet. */
  unreadCount: number | null;
  /** The supervisor's link from the dashboard to the completion weights. */
  canSetWeights: boolean;
};

/** The work waiting for the viewer: unread notifications, points still to file, reports to review. */
export type HeaderCounts = { unread: number; filing: number | null; reviews: number | null };

export function headerDataOf(viewer: Viewer, counts: HeaderCounts | null): HeaderData {
  const pending = viewer.mustChangePassword || viewer.mustEnrolTotp;
  const countOf = (href: string) =>
    (href === "/reports" ? counts?.filing : href === "/reviews" ? counts?.reviews : null) ?? undefined;
  return {
    userId: viewer.userId,
    who: `${viewer.displayName} · ${viewer.unitName} · ${ROLE_LABELS[viewer.role]}`,
    displayName: viewer.displayName,
    navigation: pending ? [] : navigationFor(viewer).map((item) => ({ ...item, count: countOf(item.href) })),
    unreadCount: pending || !counts ? null : counts.unread,
    canSetWeights: !pending && can(viewer, "plan.import"),
  };
}
