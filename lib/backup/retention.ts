// BACKUP_KEEP: after a successful backup the newest archives stay and older ones go. Only files
// named like our archives are ever considered, so nothing else in BACKUP_DIR is at risk.
import "server-only";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { isArchiveName } from "./archive-name";

/** Deletes all but the `keep` newest archives (by modification time); returns the names deleted, in order. */
export async function pruneArchives(dir: string, keep: number): Promise<string[]> {
  const names = (await readdir(dir)).filter(isArchiveName);
  const dated = await Promise.all(
    names.map(async (name) => ({ name, at: (await stat(path.join(dir, name))).mtimeMs })),
  );
  const old = dated.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name)).slice(keep);
  for (const { name } of old) await rm(path.join(dir, name), { force: true });
  return old.map(({ name }) => name).sort();
}
