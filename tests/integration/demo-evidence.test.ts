// The demo seed (run by the tier's global setup) attaches the demo PDF to the latest approved demo
// report of each (unit, point); here: which reports got it, what was stored, and who may download it.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AttachmentStorage } from "@/lib/attachments/attachment-storage";
import { attachmentsDirectory, getAttachmentStorage } from "@/lib/attachments/storage";
import { getPrisma } from "@/lib/db";
import { DEMO_EVIDENCE_FILE, seedDemoEvidence } from "@/lib/seed/demo-evidence";
import { download, signInAs } from "./helpers/attachment-requests";

vi.mock("next/headers", async () => (await import("./helpers/fake-next-headers")).fakeNextHeaders);

let fixture = new Uint8Array();
let sha256 = "";
const hash = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const demoEvidence = () =>
  getPrisma().attachment.findMany({
    where: { sha256, deletedAt: null },
    select: {
      id: true,
      reportId: true,
      fileName: true,
      contentType: true,
      size: true,
      storageKey: true,
      uploadedBy: { select: { username: true } },
    },
  });

/** Worked out here independently of the seed's SQL: per (unit, point), the approved demo report of the latest month up to October. */
async function latestApprovedReports() {
  const reports = await getPrisma().report.findMany({
    where: { isDemo: true, state: "APPROVED", period: { gte: "2022-01", lte: "2022-10" } },
    select: {
      id: true,
      unitId: true,
      pointId: true,
      period: true,
      unit: { select: { code: true, kind: true, shortName: true } },
      point: { select: { no: true } },
    },
  });
  const latest = new Map<string, (typeof reports)[number]>();
  for (const report of reports) {
    const key = `${report.unitId}/${report.pointId}`;
    if ((latest.get(key)?.period ?? "") < report.period) latest.set(key, report);
  }
  return [...latest.values()];
}

beforeAll(async () => {
  fixture = new Uint8Array(await readFile(DEMO_EVIDENCE_FILE));
  sha256 = hash(fixture);
});

describe("the demo evidence attached by the demo seed", () => {
  it("is a small PDF whose title says it is simulated", () => {
    const text = Buffer.from(fixture).toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(fixture.byteLength).toBeLessThan(60 * 1024);
    const title = /\/Title <FEFF([0-9A-F]+)>/.exec(text)?.[1] ?? "";
    expect(Buffer.from(title, "hex").swap16().toString("utf16le")).toBe("演示佐证材料(模拟数据,非真实材料)");
  });

  it("is on the latest approved demo report of every unit and point up to October, and nowhere else", async () => {
    const expected = await latestApprovedReports();
    expect(expected.length).toBeGreaterThan(100);
    const attached = new Map((await demoEvidence()).map((attachment) => [attachment.reportId ?? 0, attachment]));
    expect(
      [...attached.keys()].sort((a, b) => a - b),
      "seedDatabase (demo) attaches the demo evidence once the history is written",
    ).toEqual(expected.map((report) => report.id).sort((a, b) => a - b));
    for (const report of expected) {
      const attachment = attached.get(report.id)!;
      const reporter = report.unit.kind === "COUNTY" ? `${report.unit.code}-reporter` : `dept-${report.unit.code}`;
      expect(attachment, `report ${report.id}`).toMatchObject({
        fileName: `演示佐证-${report.unit.shortName}-${report.period}-第${report.point.no}条.pdf`,
        contentType: "application/pdf",
        size: fixture.byteLength,
        uploadedBy: { username: reporter },
      });
    }
    expect(expected.some((report) => report.period === "2022-10")).toBe(true);
    expect(expected.some((report) => report.period === "2022-09")).toBe(true);
  });

  it("stores the fixture's exact bytes under random keys in the tier's own data directory, not the portal's", async () => {
    expect(attachmentsDirectory(), "the tier's global setup gives PORTAL_DATA_DIR a directory of its own").not.toBe(
      path.resolve("data/attachments"),
    );
    const stored = await demoEvidence();
    expect(new Set(stored.map((attachment) => attachment.storageKey)).size).toBe(stored.length);
    const storage = getAttachmentStorage();
    for (const attachment of stored) {
      expect(attachment.storageKey).toMatch(/^[0-9a-f]{32}$/);
      const bytes = await storage.get(attachment.storageKey);
      expect(bytes && hash(bytes), `attachment ${attachment.id}`).toBe(sha256);
    }
  });

  it("adds nothing when run again", async () => {
    const before = (await demoEvidence()).length;
    // A storage that refuses every file: were one due again, the run fails and leaves nothing anywhere.
    const refusing: AttachmentStorage = {
      kind: "filesystem",
      get: async () => null,
      remove: async () => {},
      put: async (key) => {
        throw new Error(`demo evidence written again: ${key}`);
      },
    };
    await expect(seedDemoEvidence(getPrisma(), refusing)).resolves.toBe(0);
    expect((await demoEvidence()).length).toBe(before);
  });

  it("is served to the leader by the download route, and is not found for another county", async () => {
    const report = (await latestApprovedReports()).find(
      (candidate) => candidate.unit.code === "licheng" && candidate.point.no === 11,
    )!;
    const { id } = (await demoEvidence()).find((attachment) => attachment.reportId === report.id)!;
    await signInAs("leader");
    const response = await download(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(hash(new Uint8Array(await response.arrayBuffer()))).toBe(sha256);
    await signInAs("licheng-reporter");
    expect((await download(id)).status).toBe(200);
    await signInAs("xianyou-reporter");
    expect((await download(id)).status).toBe(404);
  });
});
