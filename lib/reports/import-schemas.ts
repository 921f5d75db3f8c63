import { idSchema } from "@/lib/validation/id";
import { z } from "@/lib/validation/zod";
import { MAX_TEMPLATE_BYTES } from "./excel-layout";

// The file travels as base64: a plain string through the action wrapper's zod parse, well inside
// the server actions' 1 MB body limit for a template of at most 512 KB.
const fileSchema = z
  .string({ error: "请选择文件" })
  .min(1, "请选择文件")
  .max(Math.ceil(MAX_TEMPLATE_BYTES / 3) * 4, "文件超过 512 KB,请上传本平台下载的填报模板。")
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, "文件内容无效,请重新选择文件。")
  .transform((text) => new Uint8Array(Buffer.from(text, "base64")));

export const previewImportSchema = z.object({ file: fileSchema });

export const confirmImportSchema = z.object({
  file: fileSchema,
  expected: z
    .array(z.object({ pointId: idSchema("要点编号"), version: idSchema("版本号").nullable() }))
    .max(100, "一次最多导入 100 条要点"),
});
