import { inject } from "vitest";

// lib/db.ts reads DATABASE_URL when a query first runs; point it at the tier's database.
process.env.DATABASE_URL = inject("databaseUrl");
