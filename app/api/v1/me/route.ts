import { apiRoute } from "@/lib/api/api-route";
import { loadHeaderData } from "@/lib/header/load-header-data";

// The header of a pre-rendered page (the dashboard): who is signed in, their navigation and its counts.
export const GET = apiRoute("session.read", async (viewer) => Response.json(await loadHeaderData(viewer)));
