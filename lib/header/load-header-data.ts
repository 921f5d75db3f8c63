// Its own folder: the header counts read notifications and reports, which both depend on lib/auth,
// so the loader cannot live in lib/auth without a circle.
import "server-only";
import { headerDataOf, type HeaderData } from "@/lib/auth/header-data";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import { countUnread } from "@/lib/notifications/queries";
import { countOpenDuties, countReviewQueue } from "@/lib/reports/counts";
import { portalNow } from "@/lib/time/clock";
import { currentPeriod } from "@/lib/time/periods";

/** The header with its counts: three COUNT queries side by side, none while an obligation is pending. */
export async function loadHeaderData(viewer: Viewer): Promise<HeaderData> {
  if (viewer.mustChangePassword || viewer.mustEnrolTotp) return headerDataOf(viewer, null);
  const [unread, filing, reviews] = await Promise.all([
    countUnread(getPrisma(), viewer),
    countOpenDuties(viewer, currentPeriod(portalNow())),
    countReviewQueue(viewer),
  ]);
  return headerDataOf(viewer, { unread, filing, reviews });
}
