import { inject } from "vitest";

// lib/db.ts reads DATABASE_URL when a query first runs; point it at the tier's database.
process.env.DATABASE_URL = inject("databaseUrl");
// The portal reads its configuration once (lib/env.ts); tests that sign people in share one secret,
// set before any module reads it.
process.env.AUTH_SECRET ??= "integration-test-secret-of-at-least-32-characters";
