// What every scenario gets: the portal's address, a database client on the suite's own
// PostgreSQL, the ledger of acknowledged steps, and the means to restart either server.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { PortalProcess } from "../cluster/portal-process";
import type { PostgresServer } from "../cluster/postgres-server";
import type { SubmissionLedger } from "./ledger";
import type { Tally } from "./tally";

export const FAULTS_PORT = 3500;
export const FAULTS_DATA_DIR = "data-faults";
/** November 2022 is being filed: the demo history ends in October, so every November duty is fresh. */
export const FAULTS_CLOCK = "2022-12-01T09:00:00+08:00";
export const FAULTS_PERIOD = "2022-11";
/** Scenario 1 leaves this county's last two duties unsent: scenario 11 sends them at month end. */
export const MONTH_END_COUNTY = "xianyou";
export const MONTH_END_RESERVED = 2;

export type FaultContext = {
  short: boolean;
  baseUrl: string;
  databaseUrl: string;
  db: PrismaClient;
  postgres: PostgresServer;
  ledger: SubmissionLedger;
  portal: () => PortalProcess;
  /** Stops (or finds killed) the portal and starts it again, with extra variables if given. */
  restartPortal: (env?: Record<string, string>) => Promise<void>;
  /** How long the last start of the portal took (a restart must fit before a chosen instant). */
  lastStartMs: () => number;
  /** Starts the portal after a scenario killed it. */
  startPortal: (env?: Record<string, string>) => Promise<void>;
};

export type Scenario = {
  /** "1 截止日高峰" — the number of issue 12 §4 and a few words. */
  name: string;
  run: (context: FaultContext, tally: Tally) => Promise<void>;
};
