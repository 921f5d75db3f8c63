// ?period=2022-10[&section=3][&unit=licheng][&status=BEHIND]: the 督办台账's month and filters, the
// same for the page (which keeps them in its URL) and the file it offers.
import type { Status } from "@/lib/dashboard/progress-types";
import { portalNow } from "@/lib/time/clock";
import { currentPeriod, isPeriod } from "@/lib/time/periods";
import { z } from "@/lib/validation/zod";

/** A status, or NONE: nothing approved yet. */
export const LEDGER_STATUSES = ["AHEAD", "ON_TRACK", "BEHIND", "SERIOUSLY_BEHIND", "NONE"] as const;
export type LedgerStatus = Status | "NONE";

export type LedgerQuery = {
  period: string;
  year: number;
  section: number | null;
  unit: string | null;
  status: LedgerStatus | null;
};

export const LEDGER_FIELDS = ["period", "section", "unit", "status"] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

// A blank choice in the form ("全部") arrives as an empty string: no filter.
const blankless = (schema: z.ZodType) => z.preprocess((value) => (value === "" ? undefined : value), schema);

const ledgerQuerySchema = z.object({
  period: blankless(z.string().refine(isPeriod, "统计月份格式应为 2022-10").optional()),
  section: blankless(
    z
      .string()
      .regex(/^[1-9]\d{0,2}$/, "分项应为分项序号,如 3")
      .transform(Number)
      .optional(),
  ),
  unit: blankless(
    z
      .string()
      .regex(/^[a-z0-9-]{2,20}$/, "单位应为单位代码,如 licheng")
      .optional(),
  ),
  status: blankless(
    z.enum(LEDGER_STATUSES, { error: "状态应为超前、正常、滞后、严重滞后或暂无已审核数据" }).optional(),
  ),
});

export type LedgerParse = { query: LedgerQuery } | { errors: Partial<Record<LedgerField, string>> };

/** One value per field (the first, when a URL repeats one); without a period, the month being filed. */
export function parseLedgerQuery(
  raw: Record<string, string | string[] | undefined> | URLSearchParams,
  now = portalNow(),
): LedgerParse {
  const first = (key: LedgerField) => {
    const value = raw instanceof URLSearchParams ? raw.get(key) : raw[key];
    return Array.isArray(value) ? value[0] : (value ?? undefined);
  };
  const parsed = ledgerQuerySchema.safeParse(Object.fromEntries(LEDGER_FIELDS.map((key) => [key, first(key)])));
  if (!parsed.success) {
    const errors: Partial<Record<LedgerField, string>> = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as LedgerField] ??= issue.message;
    return { errors };
  }
  const data = parsed.data as { period?: string; section?: number; unit?: string; status?: LedgerStatus };
  const period = data.period ?? currentPeriod(now);
  return {
    query: {
      period,
      year: Number(period.slice(0, 4)),
      section: data.section ?? null,
      unit: data.unit ?? null,
      status: data.status ?? null,
    },
  };
}

/** The query as URL parameters (filters left out when not set), for the page's link to its file. */
export function ledgerSearch(query: LedgerQuery): string {
  const params = new URLSearchParams({ period: query.period });
  if (query.section !== null) params.set("section", String(query.section));
  if (query.unit !== null) params.set("unit", query.unit);
  if (query.status !== null) params.set("status", query.status);
  return params.toString();
}

/** For the page: a bad value is left out (and explained beside its field) rather than refusing the page. */
export function parseLedgerPage(
  raw: Record<string, string | string[] | undefined>,
  now = portalNow(),
): { query: LedgerQuery; errors: Partial<Record<LedgerField, string>> } {
  const parsed = parseLedgerQuery(raw, now);
  if ("query" in parsed) return { query: parsed.query, errors: {} };
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in parsed.errors)));
  const retried = parseLedgerQuery(kept, now);
  if (!("query" in retried)) throw new Error("a query without its bad fields is good");
  return { query: retried.query, errors: parsed.errors };
}
