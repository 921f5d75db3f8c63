// npm run dev — the demo portal with Next in development mode: pages recompile on save and the
// browser refreshes. The same database (./data unless PORTAL_DATA_DIR), seed, HTTP server and front
// door as npm run demo (scripts/run-portal.ts), so /dashboard is the pre-rendered page here too.
import { runPortal } from "./run-portal";

runPortal({ mode: "demo", dev: true });
