// manifest.json: what an archive holds and the SHA-256 of every member, checked in full before a
// restore touches anything. Pure, so the checks are unit-tested without a database.
import { z } from "@/lib/validation/zod";
import { UserError } from "@/lib/errors";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SHA256 = /^[0-9a-f]{64}$/;

const tableSchema = z.object({
  name: z.string().regex(IDENTIFIER),
  columns: z.array(z.string().regex(IDENTIFIER)).min(1),
  rows: z.number().int().min(0),
});

const evidenceSchema = z.object({
  key: z.string().regex(/^[0-9a-f]{32}$/),
  sha256: z.string().regex(SHA256),
  bytes: z.number().int().min(0),
  contentType: z.string(),
  /** false: the object stayed in S3 (backup without --with-objects), only its key and checksum are here. */
  included: z.boolean(),
  /** The database names the file but the storage had none when the backup was taken. */
  missing: z.boolean().default(false),
});

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  portalVersion: z.string(),
  /** The last migration applied to the database backed up: the schema comes from the migrations. */
  migration: z.string().regex(/^\d{14}_[a-z0-9_]+$/),
  tables: z.array(tableSchema),
  storage: z.enum(["filesystem", "s3"]),
  evidence: z.array(evidenceSchema),
  /** Every member but manifest.json itself, by path inside the archive. */
  members: z.record(z.string(), z.string().regex(SHA256)),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type TableEntry = z.infer<typeof tableSchema>;
export type EvidenceEntry = z.infer<typeof evidenceSchema>;

export const MANIFEST = "manifest.json";
export const tableMember = (table: string) => `database/${table}.copy`;
export const evidenceMember = (key: string) => `evidence/${key}`;

export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError("备份文件已损坏:manifest.json 不是有效的 JSON,未做任何恢复。");
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new UserError("备份文件已损坏:manifest.json 的内容不完整或格式不对,未做任何恢复。");
  return parsed.data;
}

/**
 * Compares the members found in an archive with the manifest; returns the problems in Chinese (none
 * when intact). A member the manifest lists must exist with its checksum; nothing else may be there,
 * and every table and included evidence file must have its member.
 */
export function checkMembers(manifest: Manifest, found: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [member, sha256] of Object.entries(manifest.members)) {
    if (!(member in found)) problems.push(`缺少 ${member}`);
    else if (found[member] !== sha256) problems.push(`${member} 的校验和不符`);
  }
  for (const member of Object.keys(found)) if (!(member in manifest.members)) problems.push(`清单中没有 ${member}`);
  const expected = [
    ...manifest.tables.map((table) => tableMember(table.name)),
    ...manifest.evidence.filter((file) => file.included).map((file) => evidenceMember(file.key)),
  ];
  for (const member of expected) if (!(member in manifest.members)) problems.push(`清单未登记 ${member}`);
  return problems;
}
