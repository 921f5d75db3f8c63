import { idSchema } from "@/lib/validation/id";
import { z } from "@/lib/validation/zod";
import { TEXT_MAX_LENGTH, TEXT_PARTS, TITLE_MAX_LENGTH } from "./text-parts";

export const createBulletinSchema = z.object({
  period: z.string({ error: "请选择月份" }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, "请选择月份"),
});

const textSchema = z.string({ error: "请填写内容" }).max(TEXT_MAX_LENGTH, `不能超过 ${TEXT_MAX_LENGTH} 字`);

export const saveBulletinTextsSchema = z.object({
  id: idSchema("通报编号"),
  expectedVersion: z.number({ error: "版本无效" }).int("版本无效"),
  title: z
    .string({ error: "请填写标题" })
    .trim()
    .min(1, "请填写标题")
    .max(TITLE_MAX_LENGTH, `标题不能超过 ${TITLE_MAX_LENGTH} 字`),
  texts: z.object(
    Object.fromEntries(TEXT_PARTS.map((part) => [part, textSchema])) as Record<
      (typeof TEXT_PARTS)[number],
      typeof textSchema
    >,
  ),
});

export const issueBulletinSchema = z.object({
  id: idSchema("通报编号"),
  expectedVersion: z.number({ error: "版本无效" }).int("版本无效"),
});

export type CreateBulletinInput = z.infer<typeof createBulletinSchema>;
export type SaveBulletinTextsInput = z.infer<typeof saveBulletinTextsSchema>;
export type IssueBulletinInput = z.infer<typeof issueBulletinSchema>;
