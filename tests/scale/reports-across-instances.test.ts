// Writes on one instance, reads on the other: an approval sent to A is in B's progress API and B's
// pre-rendered dashboard within 2 s (the progress stamp moves at commit; B hears it on the change
// feed), and one report saved on A and on B at once is taken once, the other told what changed.
import { describe, expect, it } from "vitest";
import { instanceA, instanceB, query, throughNginx } from "./helpers/cluster";
import { get, postJson, signIn } from "./helpers/http";
import { millisecondsUntil } from "./helpers/poll";

const PERIOD = "2022-10";

type Waiting = { id: number; version: number; lead: string };

/** A county's report waiting for its lead department (demo history: October is being filed), a new one each call. */
async function nextWaitingReport(): Promise<Waiting> {
  const [report] = await query<Waiting>(
    `SELECT r.id, r.version, lead.code AS lead FROM "Report" r
     JOIN "Unit" unit ON unit.id = r."unitId" JOIN "WorkPoint" point ON point.id = r."pointId"
     JOIN "Unit" lead ON lead.id = point."leadUnitId"
     WHERE r.period = $1 AND r.state = 'SUBMITTED' AND unit.kind = 'COUNTY' ORDER BY r.id LIMIT 1`,
    [PERIOD],
  );
  return report;
}

const backupsRunning = async () => {
  const [row] = await query<{ running: number }>(
    `SELECT count(*)::int AS running FROM pgboss.job WHERE name = 'nightly-backup' AND state = 'active'`,
  );
  return row.running;
};

/**
 * Milliseconds from A's answer to the approval until `readOnB` shows `expected(before)`. One figure per
 * approval: B's API and B's dashboard each measured alone, not each slowed by the other's computing.
 */
async function approveOnAAndWatchB(readOnB: (leader: string) => Promise<number>, expected: (before: number) => number) {
  const report = await nextWaitingReport();
  const reviewer = await signIn(throughNginx, `dept-${report.lead}`);
  const leader = await signIn(throughNginx, "leader");
  // Not while the tier's own every-minute backup (scheduled-work.test.ts) compresses on one of 2 cores.
  await millisecondsUntil(backupsRunning, (running) => running === 0, 60_000);
  const before = await readOnB(leader);
  const response = await postJson(instanceA, `/api/v1/reports/${report.id}/steps`, reviewer, {
    step: "approve",
    expectedVersion: report.version,
    reason: "",
  });
  expect(response.status).toBe(200);
  return millisecondsUntil(
    () => readOnB(leader),
    (now) => now === expected(before),
  );
}

describe("reports across the instances", () => {
  it("an approval on A is in B's progress API within 2 s", async () => {
    const pendingOnB = async (leader: string) => {
      const response = await get(`${instanceB}/api/v1/plans/2022/progress?period=${PERIOD}`, leader);
      return ((await response.json()) as { pendingReports: number }).pendingReports;
    };
    const ms = await approveOnAAndWatchB(pendingOnB, (pending) => pending - 1);
    console.info(`B 的进度 API 在审核后 ${ms} ms 反映 A 上的审核`);
    expect(ms).toBeLessThan(2_000);
  });

  it("an approval on A is on B's pre-rendered dashboard within 2 s", async () => {
    const approvedOnB = async (leader: string) => {
      const response = await get(`${instanceB}/dashboard?period=${PERIOD}`, leader);
      const html = (await response.text()).replaceAll("<!-- -->", "");
      return Number(/已通过\s*(\d+)\s*份/.exec(html)?.[1] ?? Number.NaN);
    };
    const ms = await approveOnAAndWatchB(approvedOnB, (approved) => approved + 1);
    console.info(`B 的预渲染看板在审核后 ${ms} ms 反映 A 上的审核`);
    expect(ms).toBeLessThan(2_000);
  });

  it("one report saved on A and on B at once: one is saved, the other is refused with its change shown", async () => {
    const [draft] = await query<{ pointId: number; version: number; unit: string }>(
      `SELECT r."pointId", r.version, unit.code AS unit FROM "Report" r JOIN "Unit" unit ON unit.id = r."unitId"
       WHERE r.period = $1 AND r.state = 'DRAFT' AND unit.kind = 'COUNTY' ORDER BY r.id LIMIT 1`,
      [PERIOD],
    );
    const reporter = await signIn(throughNginx, `${draft.unit}-reporter`);
    const save = (base: string, words: string) =>
      postJson(base, "/api/v1/reports", reporter, {
        pointId: draft.pointId,
        period: PERIOD,
        expectedVersion: draft.version,
        narrative: { progress: words, problems: "", nextSteps: "" },
        values: [],
      });
    const words = { A: "实例A保存的进展情况", B: "实例B保存的进展情况" };
    const answers = await Promise.all([save(instanceA, words.A), save(instanceB, words.B)]);
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 409]);

    const winner = answers[0].status === 200 ? "A" : "B";
    const loser = answers[winner === "A" ? 1 : 0];
    const conflict = (await loser.json()) as { detail: string; current: unknown };
    expect(conflict.detail).toBeTruthy();
    // The refused one sees the saved one's words, and those are what the report now says.
    expect(JSON.stringify(conflict.current)).toContain(words[winner]);
    const [saved] = await query<{ progress: string; version: number }>(
      `SELECT progress, version FROM "Report" WHERE "pointId" = $1 AND period = $2
       AND "unitId" = (SELECT id FROM "Unit" WHERE code = $3) ORDER BY revision DESC LIMIT 1`,
      [draft.pointId, PERIOD, draft.unit],
    );
    expect(saved).toEqual({ progress: words[winner], version: draft.version + 1 });
  });
});
