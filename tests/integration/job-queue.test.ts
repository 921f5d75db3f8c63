// The portal's one job queue (pg-boss) on real PostgreSQL: two portal instances starting at once
// hold one schedule and run the catch-up reminder job once, on the clock they are given.
import { inject, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { REMINDER_JOB, startJobQueue } from "@/lib/jobs/job-queue";

const url = inject("databaseUrl");
const now = () => new Date("2022-12-02T11:00:00+08:00");

async function settledJobs() {
  for (let tries = 0; tries < 150; tries++) {
    const jobs = await getPrisma().$queryRaw<{ state: string }[]>`
      SELECT state::text FROM pgboss.job WHERE name = ${REMINDER_JOB}`;
    if (jobs.length && jobs.every((job) => job.state === "completed")) return jobs;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the reminder job did not complete");
}

describe("the job queue", () => {
  it("keeps one schedule and one start-up run when two instances start together, and runs it to completion", async () => {
    const [a, b] = await Promise.all([
      startJobQueue({ databaseUrl: url, reminderCron: "0 * * * *", now }),
      startJobQueue({ databaseUrl: url, reminderCron: "0 * * * *", now }),
    ]);
    try {
      expect(await settledJobs()).toHaveLength(1);
      const schedules = await getPrisma().$queryRaw<{ cron: string; timezone: string }[]>`
        SELECT cron, timezone FROM pgboss.schedule WHERE name = ${REMINDER_JOB}`;
      expect(schedules).toEqual([{ cron: "0 * * * *", timezone: "Asia/Shanghai" }]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    const off = await startJobQueue({ databaseUrl: url, reminderCron: "off", now });
    await off.stop();
    expect(await getPrisma().$queryRaw`SELECT name FROM pgboss.schedule WHERE name = ${REMINDER_JOB}`).toEqual([]);
  });
});
