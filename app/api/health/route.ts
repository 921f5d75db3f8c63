import { getPrisma } from "@/lib/db";
import { checkHealth } from "@/lib/db/health";
import { portalEnv } from "@/lib/env";

// Public: load balancers and operators ask it whether this instance can reach its database.
export async function GET() {
  const health = await checkHealth(getPrisma(), portalEnv().PORTAL_DATABASE_KIND ?? "external");
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
}
