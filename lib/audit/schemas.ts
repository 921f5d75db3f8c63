// The auditor's filters live in the URL, so a view can be bookmarked and the export repeats it.
// Each parameter is checked on its own: a bad one is dropped with a note, the others still apply.
import { z } from "@/lib/validation/zod";

export const AUDIT_RESULTS = ["SUCCESS", "FAILURE", "DENIED"] as const;

export const auditFiltersSchema = z.object({
  user: z.string().trim().min(1).max(64).optional(),
  unit: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/)
    .optional(),
  action: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,80}$/)
    .optional(),
  /** Asia/Shanghai calendar days, inclusive. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  result: z.enum(AUDIT_RESULTS).optional(),
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;
export type AuditFilterKey = keyof AuditFilters;

const cursorId = z
  .string()
  .regex(/^[1-9]\d{0,18}$/)
  .transform((value) => BigInt(value));

export const auditSearchParamsSchema = auditFiltersSchema.extend({
  /** Keyset paging: rows older than this id, or newer than it. */
  before: cursorId.optional(),
  after: cursorId.optional(),
});

export type AuditCursor = { before: bigint } | { after: bigint };
export type AuditSearchParams = Record<string, string | string[] | undefined>;
export type ParsedAuditSearch = { filters: AuditFilters; cursor: AuditCursor | null; notes: string[] };

export const AUDIT_PARAM_LABELS: Record<keyof z.infer<typeof auditSearchParamsSchema>, string> = {
  user: "用户",
  unit: "单位",
  action: "操作",
  from: "开始日期",
  to: "结束日期",
  result: "结果",
  before: "翻页位置",
  after: "翻页位置",
};

const FILTER_KEYS = Object.keys(auditFiltersSchema.shape) as AuditFilterKey[];

function firstValue(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  // An empty form field means "any", not an invalid value.
  return single === undefined || single.trim() === "" ? undefined : single;
}

function shorten(value: string): string {
  return value.length > 30 ? `${value.slice(0, 30)}…` : value;
}

export function parseAuditSearchParams(params: AuditSearchParams): ParsedAuditSearch {
  const notes: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(auditSearchParamsSchema.shape)) {
    const raw = firstValue(params[key]);
    if (raw === undefined) continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) values[key] = parsed.data;
    else notes.push(`${AUDIT_PARAM_LABELS[key as keyof typeof AUDIT_PARAM_LABELS]}“${shorten(raw)}”无效,已忽略。`);
  }
  const data = values as z.infer<typeof auditSearchParamsSchema>;
  if (data.from && data.to && data.from > data.to) {
    notes.push(`开始日期 ${data.from} 晚于结束日期 ${data.to},已忽略日期范围。`);
    delete data.from;
    delete data.to;
  }
  if (data.before !== undefined && data.after !== undefined) {
    notes.push("翻页位置有冲突,已回到最新一页。");
    delete data.before;
    delete data.after;
  }
  const filters: AuditFilters = {};
  for (const key of FILTER_KEYS) if (data[key] !== undefined) Object.assign(filters, { [key]: data[key] });
  const cursor =
    data.before !== undefined ? { before: data.before } : data.after !== undefined ? { after: data.after } : null;
  return { filters, cursor, notes };
}

/** The query string for these filters (and optionally a page cursor), in a stable order. */
export function auditQueryString(filters: AuditFilters, cursor: AuditCursor | null = null): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) query.set(key, value);
  }
  if (cursor && "before" in cursor) query.set("before", String(cursor.before));
  if (cursor && "after" in cursor) query.set("after", String(cursor.after));
  const text = query.toString();
  return text ? `?${text}` : "";
}
