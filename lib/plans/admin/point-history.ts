// 修改记录 of a point: every change made to it, its indicators, milestones, baselines and quotas
// after the plan was published, newest first, as the people who made them described them.
import "server-only";
import { getPrisma } from "@/lib/db";
import { actionLabel } from "@/lib/audit/labels";

export type HistoryEntry = {
  id: number;
  at: Date;
  who: string;
  what: string;
  changes: { field: string; before: string; after: string }[];
  reason: string;
};

const asWords = (json: unknown): Record<string, string> =>
  json && typeof json === "object" && !Array.isArray(json)
    ? Object.fromEntries(
        Object.entries(json).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]),
      )
    : {};

export async function listPointHistory(pointId: number): Promise<HistoryEntry[]> {
  const rows = await getPrisma().planChange.findMany({
    where: { pointId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 200,
  });
  const people = await getPrisma().user.findMany({
    where: { id: { in: rows.flatMap((row) => (row.userId ? [row.userId] : [])) } },
    select: { id: true, displayName: true },
  });
  const nameOf = new Map(people.map((person) => [person.id, person.displayName]));
  return rows.map((row) => {
    const before = asWords(row.before);
    const after = asWords(row.after);
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return {
      id: row.id,
      at: row.at,
      who: (row.userId && nameOf.get(row.userId)) || row.username || "系统",
      what: actionLabel(row.action),
      changes: fields.map((field) => ({ field, before: before[field] ?? "", after: after[field] ?? "" })),
      reason: row.reason,
    };
  });
}
