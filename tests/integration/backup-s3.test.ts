// Backups with evidence in S3-compatible storage (over HTTP, tests/integration/helpers/fake-s3-server.ts):
// by default the archive names each object by key and checksum and leaves it in the bucket;
// --with-objects carries the objects, and a restore puts them into the new bucket byte for byte.
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { s3Storage } from "@/lib/attachments/s3-storage";
import { attachmentsDirectory, fileSystemStorage } from "@/lib/attachments/storage";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { takeBackup } from "@/lib/backup/take-backup";
import { getPrisma } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { type FakeS3, startFakeS3 } from "./helpers/fake-s3-server";
import { createScratchDatabase, dropScratchDatabase } from "./helpers/scratch-database";

const url = inject("databaseUrl");
const TARGET = `restore_s3_${process.pid}`;
const BUCKET = "evidence";
const NOW = new Date("2022-11-03T18:00:00Z");
let work: string;
let source: FakeS3;
let target: FakeS3;
let stored: { key: string; sha256: string }[];

const storageOn = (s3: FakeS3) =>
  s3Storage({
    endpoint: s3.endpoint,
    bucket: BUCKET,
    accessKeyId: "test",
    secretAccessKey: "test-secret",
    region: "us-east-1",
    forcePathStyle: true,
  });
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "backup-s3-"));
  [source, target] = await Promise.all([startFakeS3(), startFakeS3()]);
  // The bucket holds what the data directory holds: every evidence file the database names.
  const local = fileSystemStorage(attachmentsDirectory(readEnv()));
  const rows = await getPrisma().attachment.findMany({ select: { storageKey: true, sha256: true, contentType: true } });
  stored = [];
  for (const row of rows) {
    const bytes = await local.get(row.storageKey);
    if (!bytes) continue;
    await storageOn(source).put(row.storageKey, bytes, row.contentType);
    stored.push({ key: row.storageKey, sha256: row.sha256 });
  }
});

afterAll(async () => {
  await dropScratchDatabase(url, TARGET);
  await Promise.all([source.close(), target.close(), rm(work, { recursive: true, force: true })]);
});

describe("a backup with evidence in S3-compatible storage", () => {
  it("names each object by key and checksum and leaves it in the bucket, without --with-objects", async () => {
    expect(stored.length).toBeGreaterThan(0);
    const { manifest } = await takeBackup({ databaseUrl: url, storage: storageOn(source), outDir: work, now: NOW });
    expect(manifest.storage).toBe("s3");
    const byKey = new Map(manifest.evidence.map((entry) => [entry.key, entry]));
    for (const { key, sha256: checksum } of stored)
      expect(byKey.get(key)).toMatchObject({ sha256: checksum, included: false, missing: false });
    expect(Object.keys(manifest.members).filter((member) => member.startsWith("evidence/"))).toEqual([]);
  });

  it("carries the objects with --with-objects, and a restore puts them into a new bucket byte for byte", {
    timeout: 120_000,
  }, async () => {
    const backup = await takeBackup({
      databaseUrl: url,
      storage: storageOn(source),
      outDir: work,
      now: NOW,
      withObjects: true,
    });
    for (const { key, sha256: checksum } of stored) {
      expect(backup.manifest.members[`evidence/${key}`]).toBe(checksum);
      expect(sha256(source.objects.get(`${BUCKET}/attachments/${key}`)!)).toBe(checksum);
    }
    const restoreUrl = await createScratchDatabase(url, TARGET);
    const summary = await restoreBackup({ archive: backup.file, databaseUrl: restoreUrl, storage: storageOn(target) });
    expect(summary.ok).toBe(true);
    expect(summary.evidence).toMatchObject({ restored: stored.length, mismatched: [] });
    for (const { key } of stored)
      expect(target.objects.get(`${BUCKET}/attachments/${key}`)).toEqual(
        source.objects.get(`${BUCKET}/attachments/${key}`),
      );
  });
});
