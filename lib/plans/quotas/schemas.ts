import { changeReasonSchema } from "@/lib/plans/plan-change";
import { idSchema } from "@/lib/validation/id";
import { z } from "@/lib/validation/zod";

const yearSchema = z.number({ error: "年度无效" }).int("年度无效").min(2000, "年度无效").max(2100, "年度无效");

/** The grid as typed: each cell's text, checked against its indicator on the server (parseQuotaCell). */
export const saveQuotaGridSchema = z.object({
  year: yearSchema,
  reason: changeReasonSchema,
  rows: z
    .array(
      z.object({
        indicatorId: idSchema("指标编号"),
        cells: z
          .array(z.object({ unitId: idSchema("县区编号"), value: z.string().max(40, "分解数过长,请核对") }))
          .max(200),
      }),
    )
    .min(1, "没有要保存的分解数")
    .max(2000),
});
export type SaveQuotaGridInput = z.infer<typeof saveQuotaGridSchema>;

// The file travels as base64, as the monthly import's does (lib/reports/import-schemas.ts).
const fileSchema = z
  .string({ error: "请选择文件" })
  .min(1, "请选择文件")
  .max(Math.ceil((512 * 1024) / 3) * 4, "文件超过 512 KB,请上传本平台下载的分解表。")
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, "文件内容无效,请重新选择文件。")
  .transform((text) => new Uint8Array(Buffer.from(text, "base64")));

export const previewQuotaUploadSchema = z.object({ year: yearSchema, file: fileSchema });
export const confirmQuotaUploadSchema = z.object({ year: yearSchema, file: fileSchema, reason: changeReasonSchema });
