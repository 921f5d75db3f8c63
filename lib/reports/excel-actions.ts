"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { previewReportImport } from "./excel-import";
import { MAX_TEMPLATE_BYTES } from "./excel-layout";
import { importReportFile } from "./excel-save";

// The file travels as base64: a plain string through the action wrapper's zod parse, well inside
// the server actions' 1 MB body limit for a template of at most 512 KB.
const fileSchema = z
  .string({ error: "请选择文件" })
  .min(1, "请选择文件")
  .max(Math.ceil(MAX_TEMPLATE_BYTES / 3) * 4, "文件超过 512 KB,请上传本平台下载的填报模板。")
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, "文件内容无效,请重新选择文件。")
  .transform((text) => new Uint8Array(Buffer.from(text, "base64")));

const previewSchema = z.object({ file: fileSchema });

const confirmSchema = z.object({
  file: fileSchema,
  expected: z
    .array(z.object({ pointId: z.number().int().positive(), version: z.number().int().positive().nullable() }))
    .max(100),
});

export const previewReportImportAction = defineAction("report.file", previewSchema, ({ file }, { viewer }) =>
  previewReportImport(getPrisma(), viewer, file),
);

export const confirmReportImportAction = defineAction(
  "report.file",
  confirmSchema,
  ({ file, expected }, { viewer, clientAddress, requestId }) =>
    importReportFile(getPrisma(), viewer, { clientAddress, requestId }, file, expected),
);
