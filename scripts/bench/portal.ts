// Starts the portal with its real start command (demo mode, for the demo clock) on a bench data
// directory, the way the e2e tier does (scripts/cluster/portal-process.ts).
import path from "node:path";
import { isServing, type PortalProcess, startPortalProcess } from "../cluster/portal-process";
import type { DataSet } from "./data-sets";

export { stopAllPortalProcesses as stopAllPortals } from "../cluster/portal-process";

export const PORTAL_PORT = 3300;
export const BASE_URL = `http://localhost:${PORTAL_PORT}`;
export const BENCH_DIST_DIR = ".next-bench";

export const isPortBusy = () => isServing(BASE_URL);

export function startPortal(set: DataSet): Promise<PortalProcess> {
  return startPortalProcess({
    name: set.label,
    port: PORTAL_PORT,
    mode: "demo",
    env: { PORTAL_DATA_DIR: set.dataDir, EMBEDDED_DB_PORT: String(set.databasePort), PORTAL_DEMO_DATE: "2022-11-03" },
    logFile: path.join(set.dataDir, "portal.log"),
    distDir: BENCH_DIST_DIR,
    readyWithinMs: 180_000,
  });
}
