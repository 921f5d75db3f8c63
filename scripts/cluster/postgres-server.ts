// A PostgreSQL server of its own for the scale and fault scripts: the embedded binaries on a free
// port in a folder of the script's, started and stopped by the script. To the portals it is an
// external database (they get its DATABASE_URL), so the script can restart it under them.
import getPort from "get-port";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "../../lib/db/embedded-server";

export type PostgresServer = {
  url: string;
  port: number;
  /** A clean shutdown; the data stays in the folder. */
  stop: () => Promise<void>;
  /** Stops and starts it again on the same port and data: open connections are cut. */
  restart: () => Promise<void>;
};

export async function startPostgresServer(dir: string): Promise<PostgresServer> {
  const port = await getPort({ host: "127.0.0.1" });
  let running: EmbeddedDatabase | null = await startEmbeddedDatabase(dir, port);
  const stop = async () => {
    const server = running;
    running = null;
    await server?.stop();
  };
  return {
    url: running.url,
    port,
    stop,
    restart: async () => {
      await stop();
      running = await startEmbeddedDatabase(dir, port);
    },
  };
}
