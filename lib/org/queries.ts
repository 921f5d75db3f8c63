import "server-only";
import { getPrisma } from "@/lib/db";

export type UnitOption = { code: string; name: string; kind: "BUREAU" | "DEPARTMENT" | "COUNTY" };

export async function listUnitOptions(): Promise<UnitOption[]> {
  return getPrisma().unit.findMany({ select: { code: true, name: true, kind: true }, orderBy: { sortOrder: "asc" } });
}

export async function unitExists(code: string): Promise<boolean> {
  return /^[a-z0-9-]{1,32}$/.test(code) && (await getPrisma().unit.count({ where: { code } })) > 0;
}
