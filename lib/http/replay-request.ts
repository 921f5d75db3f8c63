// A request whose body was read for screening, handed on to Next as if it were still unread: a new
// IncomingMessage on the same socket, with the same method, address and headers, that yields the
// bytes we read, exactly, and then ends.
import { IncomingMessage } from "node:http";

export function replayRequest(original: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(original.socket);
  Object.assign(replay, {
    method: original.method,
    url: original.url,
    headers: original.headers,
    rawHeaders: original.rawHeaders,
    trailers: original.trailers,
    rawTrailers: original.rawTrailers,
    httpVersion: original.httpVersion,
    httpVersionMajor: original.httpVersionMajor,
    httpVersionMinor: original.httpVersionMinor,
    complete: true,
  });
  if (body.byteLength > 0) replay.push(body);
  replay.push(null);
  return replay;
}
