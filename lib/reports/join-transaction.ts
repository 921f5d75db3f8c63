import "server-only";
import type { PrismaClient, Prisma } from "@/lib/generated/prisma/client";

/**
 * saveReport and transitionReport open their own transactions; handed this, they run inside the
 * caller's instead, so a refusal in the last part also undoes the first.
 */
export function joinTransaction(tx: Prisma.TransactionClient): PrismaClient {
  return new Proxy(tx, {
    get: (target, key, receiver) =>
      key === "$transaction"
        ? (run: (inner: Prisma.TransactionClient) => Promise<unknown>) => run(target)
        : Reflect.get(target, key, receiver),
  }) as unknown as PrismaClient;
}
