// ?view=plan|indicator|county|department&period=2022-10[&id=<indicatorId>][&code=<unitCode>]
import { z } from "@/lib/validation/zod";
import { portalNow } from "@/lib/time/clock";
import { currentPeriod, isPeriod } from "@/lib/time/periods";
import { parseIdParam } from "@/lib/validation/id";

export const EXPORT_VIEWS = ["plan", "indicator", "county", "department"] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

export type ExportQuery = { view: ExportView; period: string; year: number; id: number | null; code: string | null };

const querySchema = z
  .object({
    view: z.enum(EXPORT_VIEWS, { error: "view 应为 plan、indicator、county 或 department" }),
    period: z.string().refine(isPeriod, "period 格式应为 2022-10").optional(),
    id: z
      .string()
      .refine((value) => parseIdParam(value) !== null, "id 应为指标编号(正整数)")
      .transform(Number)
      .optional(),
    code: z
      .string()
      .regex(/^[a-z0-9-]{2,20}$/, "code 应为单位代码,如 licheng")
      .optional(),
  })
  .superRefine((query, context) => {
    if (query.view === "indicator" && query.id === undefined)
      context.addIssue({ code: "custom", path: ["id"], message: "导出指标时须给出 id(指标编号)" });
    if ((query.view === "county" || query.view === "department") && query.code === undefined) {
      context.addIssue({ code: "custom", path: ["code"], message: "导出县区或科室时须给出 code(单位代码)" });
    }
  });

/** The query, or the first problem in Chinese; without a period, the month being filed. */
export function parseExportQuery(
  searchParams: URLSearchParams,
  now = portalNow(),
): { query: ExportQuery } | { error: string } {
  const raw = Object.fromEntries(
    ["view", "period", "id", "code"].flatMap((key) => (searchParams.has(key) ? [[key, searchParams.get(key)!]] : [])),
  );
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "参数有误" };
  const { view, id, code } = parsed.data;
  const period = parsed.data.period ?? currentPeriod(now);
  return { query: { view, period, year: Number(period.slice(0, 4)), id: id ?? null, code: code ?? null } };
}
