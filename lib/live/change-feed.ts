// What this portal instance knows, without asking, of changes any instance committed: the progress
// data version and a count of account changes. The database announces both at commit (NOTIFY
// portal_changes, see migration 20261128230000_change_feed). While the feed is not listening
// (starting, or the connection was lost and is being re-established), it knows nothing: the
// version is null and callers ask the database themselves.
import "server-only";
import { Client } from "pg";

export const CHANGES_CHANNEL = "portal_changes";
const RECONNECT_MS = 1_000;

export class ChangeFeed {
  /** The newest progress version committed, or null while not listening. */
  progressVersion: bigint | null = null;
  /** Moves on every account change and every (re)connection: what was learnt under an older epoch is stale. */
  accountsEpoch = 0;
  private client: Client | null = null;
  private newestAnnounced = 0n;
  private stopped = false;

  constructor(private readonly connectionString: string) {}

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5_000 });
    this.client = client;
    client.on("notification", (message) => this.apply(message.payload ?? ""));
    client.on("error", () => this.lose(client));
    client.on("end", () => this.lose(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      // Read after LISTEN: a change committed meanwhile is in this answer or announced after it.
      const { rows } = await client.query<{ version: string }>(
        `SELECT version::text AS version FROM "ProgressStamp" WHERE id = 1`,
      );
      if (this.client !== client) return;
      const read = BigInt(rows[0]?.version ?? 0);
      this.progressVersion = read > this.newestAnnounced ? read : this.newestAnnounced;
      this.accountsEpoch += 1;
    } catch {
      this.lose(client);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.lose(client);
    await client?.end().catch(() => {});
  }

  /** One announcement; exported for the tests of its parsing. */
  apply(payload: string): void {
    const progress = /^progress (\d+)$/.exec(payload);
    if (progress) {
      const version = BigInt(progress[1]);
      if (version > this.newestAnnounced) this.newestAnnounced = version;
      if (this.progressVersion !== null && version > this.progressVersion) this.progressVersion = version;
    } else if (payload === "accounts") {
      this.accountsEpoch += 1;
    }
  }

  private lose(client: Client | null): void {
    if (!client || this.client !== client) return;
    this.client = null;
    this.progressVersion = null;
    this.accountsEpoch += 1;
    client.removeAllListeners("notification");
    void client.end().catch(() => {});
    if (!this.stopped) setTimeout(() => void this.start(), RECONNECT_MS).unref();
  }
}
