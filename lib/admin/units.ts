// Organisation units. Codes are permanent (accounts, plans and the API refer to them); names may change.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor, type RequestContext } from "@/lib/audit/record-audit";
import { UserError } from "@/lib/errors";
import type { CreateUnitInput, UpdateUnitInput } from "./schemas";
import { isUniqueViolation } from "./unique-violation";

const UNIT_SELECT = { id: true, code: true, name: true, shortName: true, kind: true } as const;
const unitJson = (unit: { code: string; name: string; shortName: string; kind: string }) => ({
  code: unit.code,
  name: unit.name,
  shortName: unit.shortName,
  kind: unit.kind,
});
const nameTaken = (name: string) => new UserError(`单位名称「${name}」已被其他单位使用,请换一个。`);

/** Adds a unit at the end of its kind, so lists keep departments before counties. */
export async function createUnit(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  input: CreateUnitInput,
): Promise<{ code: string }> {
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.unit.findUnique({ where: { code: input.code }, select: { id: true } }))
        throw new UserError(`单位代码「${input.code}」已被使用,请换一个。`);
      if (await tx.unit.findUnique({ where: { name: input.name }, select: { id: true } })) throw nameTaken(input.name);
      const sameKind = await tx.unit.aggregate({ where: { kind: input.kind }, _max: { sortOrder: true } });
      const all = await tx.unit.aggregate({ _max: { sortOrder: true } });
      const sortOrder = (sameKind._max.sortOrder ?? all._max.sortOrder ?? 0) + 1;
      await tx.unit.updateMany({ where: { sortOrder: { gte: sortOrder } }, data: { sortOrder: { increment: 1 } } });
      const unit = await tx.unit.create({ data: { ...input, sortOrder }, select: UNIT_SELECT });
      await recordAudit(tx, {
        actor,
        context,
        action: "unit.create",
        result: "SUCCESS",
        objectType: "Unit",
        objectId: unit.code,
        after: unitJson(unit),
      });
      return { code: unit.code };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError("单位代码或名称已被使用,请换一个。");
    throw error;
  }
}

/** Renames a unit; its code and kind stay. */
export async function updateUnit(
  db: PrismaClient,
  actor: AuditActor,
  context: RequestContext,
  input: UpdateUnitInput,
): Promise<{ changed: boolean }> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Unit" WHERE code = ${input.code} FOR UPDATE`;
      const before = await tx.unit.findUnique({ where: { code: input.code }, select: UNIT_SELECT });
      if (!before) throw new UserError("该单位不存在。");
      if (before.name === input.name && before.shortName === input.shortName) return { changed: false };
      const holder = await tx.unit.findUnique({ where: { name: input.name }, select: { id: true } });
      if (holder && holder.id !== before.id) throw nameTaken(input.name);
      const after = await tx.unit.update({
        where: { id: before.id },
        data: { name: input.name, shortName: input.shortName },
        select: UNIT_SELECT,
      });
      await recordAudit(tx, {
        actor,
        context,
        action: "unit.update",
        result: "SUCCESS",
        objectType: "Unit",
        objectId: after.code,
        before: unitJson(before),
        after: unitJson(after),
      });
      return { changed: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}
