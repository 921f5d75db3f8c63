import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer-type";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getUnitTasks, listUnitsWithTasks } from "@/lib/plans/unit-tasks";

async function viewerFor(username: string): Promise<Viewer> {
  return viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));
}

describe("unit scope in the queries themselves", () => {
  it("gives a county its own unit's tasks and nothing of another county's", async () => {
    for (const username of ["xiuyu-reporter", "xiuyu-approver"]) {
      const viewer = await viewerFor(username);
      expect((await getUnitTasks(viewer, "xiuyu"))?.name).toBe("秀屿区");
      expect((await getUnitTasks(viewer, "xiuyu"))?.quotas.length).toBeGreaterThan(10);
      expect(await getUnitTasks(viewer, "licheng")).toBeNull();
      expect(await getUnitTasks(viewer, "yanglao")).toBeNull();
      expect((await listUnitsWithTasks(viewer)).map((unit) => unit.code)).toEqual(["xiuyu"]);
    }
  });

  it("gives leaders, the supervisor and departments every unit", async () => {
    for (const username of ["leader", "supervisor", "dept-ertong"]) {
      const viewer = await viewerFor(username);
      expect((await getUnitTasks(viewer, "licheng"))?.name).toBe("荔城区");
      expect((await listUnitsWithTasks(viewer)).length).toBe(18);
    }
  });

  it("gives administrators and auditors no business data at all", async () => {
    for (const username of ["admin", "auditor"]) {
      const viewer = await viewerFor(username);
      expect(await getUnitTasks(viewer, "licheng")).toBeNull();
      expect(await listUnitsWithTasks(viewer)).toEqual([]);
    }
  });
});
