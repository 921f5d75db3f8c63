// Where evidence files live: under the data directory by default (never under public/, so nothing
// is served without the download route's checks), or in S3-compatible object storage when
// configured, so that several app instances share the files. Keys are random, never the user's name.
import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { type PortalEnv, portalEnv } from "@/lib/env";
import { checkStorageKey } from "./keys";
import type { AttachmentStorage } from "./attachment-storage";
import { readS3Config, s3Storage } from "./s3-storage";

export function fileSystemStorage(root: string): AttachmentStorage {
  const pathOf = (key: string) => path.join(root, checkStorageKey(key));
  return {
    kind: "filesystem",
    async put(key, bytes) {
      const target = pathOf(key);
      await mkdir(root, { recursive: true, mode: 0o700 });
      // Written aside and renamed, so a reader never sees half a file.
      const temporary = `${target}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, bytes, { flag: "wx", mode: 0o600 });
        await rename(temporary, target);
      } finally {
        await rm(temporary, { force: true });
      }
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

export const attachmentsDirectory = (env: PortalEnv = portalEnv()) => path.join(env.dataDir, "attachments");

// One S3 client per process (it keeps a connection pool), made again only if the configuration changes.
const globalForStorage = globalThis as unknown as { attachmentS3?: { config: string; storage: AttachmentStorage } };

/** S3 when S3_ENDPOINT, S3_BUCKET and both keys are set; otherwise `${PORTAL_DATA_DIR}/attachments/`. */
export function getAttachmentStorage(env: PortalEnv = portalEnv()): AttachmentStorage {
  const s3 = readS3Config(env);
  if (!s3) return fileSystemStorage(attachmentsDirectory(env));
  const config = JSON.stringify(s3);
  if (globalForStorage.attachmentS3?.config !== config)
    globalForStorage.attachmentS3 = { config, storage: s3Storage(s3) };
  return globalForStorage.attachmentS3.storage;
}
