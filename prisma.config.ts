import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate` here; migrations run through scripts/migrate.ts.
// No env() helper: it throws when DATABASE_URL is unset, and generate needs no database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
