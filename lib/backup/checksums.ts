import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}

/** Every file under `root` by its path relative to it (with "/"), and its SHA-256. */
export async function checksumTree(root: string, skip: string[] = []): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const member = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (!skip.includes(member)) found[member] = await sha256OfFile(path.join(root, member));
  }
  return found;
}
