// The list page's filters from the URL; anything unknown is ignored, never an error.
import type { NoticeColour, NoticeState } from "@/lib/generated/prisma/enums";
import { COLOUR_LABELS, STATE_LABELS } from "./notice-words";
import type { NoticeFilters, NoticeTab } from "./queries";

const TABS: NoticeTab[] = ["proposed", "open", "closed", "all"];
const one = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);

export function noticeFiltersOf(raw: Record<string, string | string[] | undefined>, mayIssue: boolean): NoticeFilters {
  const tab = one(raw.tab) as NoticeTab | undefined;
  const colour = one(raw.colour);
  const state = one(raw.state);
  const unit = one(raw.unit);
  return {
    tab: tab && TABS.includes(tab) && (mayIssue || tab !== "proposed") ? tab : mayIssue ? "proposed" : "open",
    colour: colour && colour in COLOUR_LABELS ? (colour as NoticeColour) : undefined,
    state: state && state in STATE_LABELS ? (state as NoticeState) : undefined,
    unit: unit && /^[a-z0-9-]{1,40}$/.test(unit) ? unit : undefined,
  };
}
