// Reading 督查单, scoped in the `where`: the office and the leadership read all of them (the office
// also its proposals); a unit reads its own issued ones, and a department also those on the points
// it leads. Proposals and dismissed ones never leave the office.
import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { NoticeColour, NoticeState } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer-type";
import { can, scopeOf } from "@/lib/policy";
import { dayOfDateColumn } from "@/lib/time/days";
import { CLOSED_STATES, OPEN_STATES } from "./notice-words";

export function readableNoticesWhere(viewer: Viewer): Prisma.SupervisionNoticeWhereInput | null {
  const scope = scopeOf(viewer, "notice.read");
  if (scope === null) return null;
  const issuedOnly: Prisma.SupervisionNoticeWhereInput = can(viewer, "notice.issue")
    ? {}
    : { state: { notIn: ["PROPOSED", "DISMISSED"] } };
  if (scope === "all") return issuedOnly;
  const own: Prisma.SupervisionNoticeWhereInput = can(viewer, "report.approve")
    ? { OR: [{ unitId: viewer.unitId }, { point: { leadUnitId: viewer.unitId } }] }
    : { unitId: viewer.unitId };
  return { AND: [issuedOnly, own] };
}

export type NoticeTab = "proposed" | "open" | "closed" | "all";
export type NoticeFilters = {
  tab: NoticeTab;
  unit?: string;
  colour?: NoticeColour;
  state?: NoticeState;
  year?: number;
};

const TAB_STATES: Record<NoticeTab, NoticeState[] | null> = {
  proposed: ["PROPOSED"],
  open: OPEN_STATES,
  closed: CLOSED_STATES,
  all: null,
};

const LIST_SELECT = {
  id: true,
  year: true,
  number: true,
  colour: true,
  reason: true,
  state: true,
  facts: true,
  period: true,
  version: true,
  proposedAt: true,
  issuedAt: true,
  feedbackDue: true,
  unit: { select: { code: true, name: true } },
  point: { select: { no: true, title: true } },
} as const;

export type NoticeListRow = Prisma.SupervisionNoticeGetPayload<{ select: typeof LIST_SELECT }> & {
  feedbackDay: string | null;
};

export async function listNotices(db: PrismaClient, viewer: Viewer, filters: NoticeFilters): Promise<NoticeListRow[]> {
  const readable = readableNoticesWhere(viewer);
  if (!readable) return [];
  const states = TAB_STATES[filters.tab];
  const rows = await db.supervisionNotice.findMany({
    where: {
      AND: [
        readable,
        states ? { state: { in: states } } : {},
        filters.state ? { state: filters.state } : {},
        filters.colour ? { colour: filters.colour } : {},
        filters.unit ? { unit: { code: filters.unit } } : {},
        filters.year ? { year: filters.year } : {},
      ],
    },
    orderBy: [{ year: "desc" }, { number: { sort: "desc", nulls: "first" } }, { id: "desc" }],
    take: 500,
    select: LIST_SELECT,
  });
  return rows.map((row) => ({ ...row, feedbackDay: row.feedbackDue && dayOfDateColumn(row.feedbackDue) }));
}

/** A unit's open 督查单, for the top of its landing page. */
export async function listOpenNoticesOf(db: PrismaClient, unitId: number): Promise<NoticeListRow[]> {
  const rows = await db.supervisionNotice.findMany({
    where: { unitId, state: { in: OPEN_STATES } },
    orderBy: [{ colour: "asc" }, { feedbackDue: "asc" }],
    select: LIST_SELECT,
  });
  return rows.map((row) => ({ ...row, feedbackDay: row.feedbackDue && dayOfDateColumn(row.feedbackDue) }));
}

export type OpenCounts = Map<number, { YELLOW: number; RED: number }>;

/** Open 督查单 per unit and colour (the dashboard's table). */
export async function countOpenNotices(db: PrismaClient, year: number): Promise<OpenCounts> {
  const groups = await db.supervisionNotice.groupBy({
    by: ["unitId", "colour"],
    where: { year, state: { in: OPEN_STATES } },
    _count: { _all: true },
  });
  const counts: OpenCounts = new Map();
  for (const group of groups) {
    const row = counts.get(group.unitId) ?? { YELLOW: 0, RED: 0 };
    row[group.colour] = group._count._all;
    counts.set(group.unitId, row);
  }
  return counts;
}

/** The dashboard's table: each county of the progress, with its open 督查单 by colour. */
export async function openNoticeCountsOf(
  db: PrismaClient,
  year: number,
  counties: { unitId: number; code: string; name: string }[],
) {
  const counts = await countOpenNotices(db, year);
  return counties.map((county) => ({
    code: county.code,
    name: county.name,
    red: counts.get(county.unitId)?.RED ?? 0,
    yellow: counts.get(county.unitId)?.YELLOW ?? 0,
  }));
}
