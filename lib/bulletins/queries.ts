// Reading 通报: an issued one is every unit's; a draft is the office's alone (bulletin.manage), and
// anyone else asking for it is refused as for something that does not exist.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AccessDenied } from "@/lib/auth/denied";
import type { Viewer } from "@/lib/auth/viewer-type";
import { can } from "@/lib/policy";
import { portalNow } from "@/lib/time/clock";
import { dayOfDateColumn } from "@/lib/time/days";
import { buildBulletinFigures } from "./build-figures";
import { draftTexts } from "./draft-texts";
import type { BulletinFigures } from "./figures-types";
import { type BulletinTexts, bulletinNumberText, mergeTexts } from "./text-parts";

export type BulletinListRow = {
  id: number;
  period: string;
  title: string;
  state: "DRAFT" | "ISSUED";
  numberText: string | null;
  signedOn: string | null;
};

export async function listBulletins(db: PrismaClient, viewer: Viewer): Promise<BulletinListRow[]> {
  const rows = await db.bulletin.findMany({
    where: can(viewer, "bulletin.manage") ? {} : { state: "ISSUED" },
    orderBy: [{ period: "desc" }],
    select: { id: true, period: true, year: true, title: true, state: true, number: true, signedOn: true },
  });
  return rows.map((row) => ({
    id: row.id,
    period: row.period,
    title: row.title,
    state: row.state,
    numberText: row.number === null ? null : bulletinNumberText(row.year, row.number),
    signedOn: row.signedOn ? dayOfDateColumn(row.signedOn) : null,
  }));
}

export type BulletinView = BulletinListRow & {
  year: number;
  version: number;
  texts: BulletinTexts;
  /** What the portal drafts from the figures (the form offers it back). */
  drafted: BulletinTexts;
  figures: BulletinFigures;
};

/** One 通报 with its texts and figures: frozen when issued, computed from today's approved data in a draft. */
export async function getBulletin(
  db: PrismaClient,
  viewer: Viewer,
  id: number,
  now: Date = portalNow(),
): Promise<BulletinView | null> {
  const row = await db.bulletin.findUnique({ where: { id } });
  if (!row) return null;
  if (row.state === "DRAFT" && !can(viewer, "bulletin.manage"))
    throw new AccessDenied("bulletin.manage", { type: "Bulletin", id });
  const figures =
    row.state === "ISSUED" && row.figures
      ? (row.figures as BulletinFigures)
      : await buildBulletinFigures(db, row.period, now);
  if (!figures) return null;
  const drafted = draftTexts(figures);
  return {
    id: row.id,
    period: row.period,
    year: row.year,
    title: row.title,
    state: row.state,
    version: row.version,
    numberText: row.number === null ? null : bulletinNumberText(row.year, row.number),
    signedOn: row.signedOn ? dayOfDateColumn(row.signedOn) : null,
    texts: mergeTexts(drafted, row.texts),
    drafted,
    figures,
  };
}
