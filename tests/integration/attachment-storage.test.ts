// Both storage backends through their real code: the file system in a directory of this test's
// own, and the S3 client against a small in-memory S3-compatible server speaking the same HTTP.
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newStorageKey } from "@/lib/attachments/keys";
import { readS3Config, s3Storage } from "@/lib/attachments/s3-storage";
import type { AttachmentStorage } from "@/lib/attachments/attachment-storage";
import { fileSystemStorage, getAttachmentStorage } from "@/lib/attachments/storage";
import { readEnv } from "@/lib/env";
import { pdfBytes } from "../unit/fixtures/attachment-files";

const objects = new Map<string, { body: Buffer; contentType: string }>();
let server: Server;
let endpoint = "";

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const name = decodeURIComponent(new URL(request.url!, "http://s3").pathname);
    const stored = objects.get(name);
    if (request.method === "PUT")
      objects.set(name, { body: Buffer.concat(chunks), contentType: request.headers["content-type"] ?? "" });
    if (request.method === "DELETE") objects.delete(name);
    if (request.method === "GET" && !stored) {
      response
        .writeHead(404, { "content-type": "application/xml" })
        .end("<Error><Code>NoSuchKey</Code><Message>missing</Message></Error>");
      return;
    }
    if (request.method === "GET")
      return void response
        .writeHead(200, { "content-type": stored!.contentType, "content-length": stored!.body.length })
        .end(stored!.body);
    response.writeHead(request.method === "DELETE" ? 204 : 200, { etag: '"x"' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

let tempRoot = "";
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (tempRoot) await rm(tempRoot, { recursive: true, force: true });
});

async function roundTrip(storage: AttachmentStorage) {
  const key = newStorageKey();
  await storage.put(key, pdfBytes(), "application/pdf");
  expect(await storage.get(key)).toEqual(pdfBytes());
  await storage.remove(key);
  expect(await storage.get(key)).toBeNull();
  await expect(storage.get("../../etc/passwd")).rejects.toThrow("invalid attachment storage key");
  return key;
}

describe("attachment storage", () => {
  it("keeps files in the data directory under random names, readable only by the portal, with nothing half-written left", async () => {
    tempRoot = await mkdtemp(path.join(os.tmpdir(), "portal-storage-"));
    const root = path.join(tempRoot, "attachments");
    const storage = fileSystemStorage(root);
    await roundTrip(storage);
    const key = newStorageKey();
    await storage.put(key, pdfBytes(), "application/pdf");
    expect(await readdir(root)).toEqual([key]);
    expect((await stat(path.join(root, key))).mode & 0o777).toBe(0o600);
  });

  it("uses the data directory by default and S3 when it is configured", () => {
    expect(getAttachmentStorage(readEnv({ PORTAL_DATA_DIR: "/srv/portal-data" })).kind).toBe("filesystem");
    expect(
      getAttachmentStorage(
        readEnv({ S3_ENDPOINT: endpoint, S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" }),
      ).kind,
    ).toBe("s3");
  });

  it("stores, reads and deletes objects in the configured bucket over the S3 protocol", async () => {
    const config = readS3Config(
      readEnv({
        S3_ENDPOINT: endpoint,
        S3_BUCKET: "portal-evidence",
        S3_ACCESS_KEY_ID: "key",
        S3_SECRET_ACCESS_KEY: "secret",
      }),
    )!;
    const storage = s3Storage(config);
    const key = newStorageKey();
    await storage.put(key, pdfBytes(), "application/pdf");
    expect(objects.get(`/portal-evidence/attachments/${key}`)).toEqual({
      body: Buffer.from(pdfBytes()),
      contentType: "application/pdf",
    });
    objects.delete(`/portal-evidence/attachments/${key}`);
    await roundTrip(storage);
    expect(objects.size).toBe(0);
  });
});
