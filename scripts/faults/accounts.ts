// The demo accounts the suite acts as (password Putian@2022), and a cache of their sessions so a
// scenario signs each in once.
import { DEMO_PASSWORD } from "../../lib/seed/demo-accounts";
import type { FaultContext } from "./context";
import { PortalClient } from "./http";
import type { Tally } from "./tally";

export const COUNTIES = ["licheng", "chengxiang", "hanjiang", "xiuyu", "xianyou", "beian", "meizhou"] as const;

export const signInAs = (context: FaultContext, username: string, tally: Tally) =>
  PortalClient.signIn(context.baseUrl, username, DEMO_PASSWORD, tally);

/** The department accounts of the demo (dept-yanglao, …), from the database. */
export async function departmentAccounts(context: FaultContext): Promise<string[]> {
  const users = await context.db.user.findMany({
    where: { role: "DEPARTMENT", isDemo: true, disabledAt: null },
    select: { username: true },
    orderBy: { username: "asc" },
  });
  return users.map((user) => user.username);
}
