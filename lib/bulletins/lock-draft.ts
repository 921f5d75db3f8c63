import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";

/**
 * The draft a change is made to, locked for the transaction: gone, issued, or changed by someone
 * else since the page was opened, the change is refused and nothing is written.
 */
export async function lockDraft(tx: Prisma.TransactionClient, id: number, expectedVersion: number) {
  await tx.$executeRaw`SELECT id FROM "Bulletin" WHERE id = ${id} FOR UPDATE`;
  const bulletin = await tx.bulletin.findUnique({ where: { id } });
  if (!bulletin) throw new UserError("通报不存在,请刷新页面。");
  if (bulletin.state !== "DRAFT") throw new UserError("该通报已印发,不能再修改。");
  if (bulletin.version !== expectedVersion) throw new UserError("该通报已被他人修改,请刷新页面查看最新内容后再操作。");
  return bulletin;
}
