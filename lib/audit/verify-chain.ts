import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type ChainVerdict =
  | { ok: true; rows: number }
  | { ok: false; rows: number; firstBrokenId: bigint; reason: string };

const BATCH = 5_000;
export const GENESIS = "GENESIS";

type ChainRow = { id: bigint; hash: string; prevHash: string; expected: string };

/**
 * Walks the audit trail in id order and recomputes every row's hash with the database's own
 * audit_event_hash, the function the insert trigger used, so both sides hash exactly the same text.
 * `rows` counts the rows checked, up to and including the first broken one.
 */
export async function verifyAuditChain(db: PrismaClient): Promise<ChainVerdict> {
  let previousHash = GENESIS;
  let lastId = BigInt(0);
  let rows = 0;
  for (;;) {
    const batch = await db.$queryRaw<ChainRow[]>`
      SELECT id, hash, "prevHash", audit_event_hash(e) AS expected
      FROM "AuditEvent" e WHERE id > ${lastId} ORDER BY id LIMIT ${BATCH}`;
    for (const row of batch) {
      rows += 1;
      if (row.hash !== row.expected) {
        return { ok: false, rows, firstBrokenId: row.id, reason: `第 ${rows} 行(编号 ${row.id})内容被改动,哈希不符` };
      }
      if (row.prevHash !== previousHash) {
        const why =
          rows === 1
            ? `的前序哈希不是起点标记 ${GENESIS}(最早的记录可能被删除)`
            : "的前序哈希与上一行不符(可能有行被删除)";
        return { ok: false, rows, firstBrokenId: row.id, reason: `第 ${rows} 行(编号 ${row.id})${why}` };
      }
      previousHash = row.hash;
      lastId = row.id;
    }
    if (batch.length < BATCH) return { ok: true, rows };
  }
}
