// An S3-compatible endpoint for the tests, on loopback: path-style PUT, GET and DELETE of objects
// in memory, which is all the portal's storage asks of a bucket (lib/attachments/s3-storage.ts).
// The AWS SDK talks to it over real HTTP; signatures are not checked.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeS3 = {
  endpoint: string;
  /** Objects by "bucket/key". */
  objects: Map<string, Uint8Array>;
  close: () => Promise<void>;
};

const NO_SUCH_KEY =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>';

export async function startFakeS3(): Promise<FakeS3> {
  const objects = new Map<string, Uint8Array>();
  const server = createServer(async (request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? "/", "http://s3").pathname.slice(1));
    if (request.method === "PUT") {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      objects.set(name, new Uint8Array(Buffer.concat(chunks)));
      response.writeHead(200, { ETag: '"fake"' }).end();
    } else if (request.method === "GET") {
      const bytes = objects.get(name);
      if (!bytes) response.writeHead(404, { "Content-Type": "application/xml" }).end(NO_SUCH_KEY);
      else response.writeHead(200, { "Content-Length": bytes.byteLength }).end(Buffer.from(bytes));
    } else if (request.method === "DELETE") {
      objects.delete(name);
      response.writeHead(204).end();
    } else response.writeHead(405).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
