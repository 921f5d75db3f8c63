// npm run demo  — demo mode: embedded database seeded with the 2022 plan and demo data.
// npm start     — production mode: no demo data; DATABASE_URL or the embedded database.
// Both build the app when its sources changed, then serve it (scripts/run-portal.ts).
import { runPortal } from "./run-portal";

runPortal({ mode: process.argv.includes("--demo") ? "demo" : "production", dev: false });
