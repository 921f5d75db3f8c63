// Next's own copy of busboy, the multipart parser its server actions decode with (untyped there).
declare module "next/dist/compiled/busboy" {
  import type { Writable } from "node:stream";

  type Busboy = Writable & {
    on(event: "field", listener: (name: string, value: string, info: { valueTruncated: boolean }) => void): Busboy;
    on(event: "file", listener: (name: string, stream: NodeJS.ReadableStream) => void): Busboy;
    on(event: "close", listener: () => void): Busboy;
    on(event: "error", listener: (error: Error) => void): Busboy;
  };
  function busboy(options: {
    headers: Record<string, string | string[] | undefined>;
    defParamCharset?: string;
    limits?: { fieldSize?: number };
  }): Busboy;
  export default busboy;
}
