import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** A unique index refused the row: two administrators chose the same name at the same moment. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
