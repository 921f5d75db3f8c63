import { getPrisma } from "@/lib/db";

export type UnitOption = { code: string; name: string; kind: "BUREAU" | "DEPARTMENT" | "COUNTY" };

export async function listUnitOptions(): Promise<UnitOption[]> {
  return getPrisma().unit.findMany({ select: { code: true, name: true, kind: true }, orderBy: { sortOrder: "asc" } });
}
