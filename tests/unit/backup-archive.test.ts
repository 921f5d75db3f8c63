// Archive names and manifest checks: what decides whether a file is ours to prune and whether an
// archive is intact enough to restore.
import { describe, expect, it } from "vitest";
import { archiveName, isArchiveName } from "@/lib/backup/archive-name";
import { formatSize } from "@/lib/backup/format-size";
import { checkMembers, type Manifest, parseManifest } from "@/lib/backup/manifest";

const sha = (digit: string) => digit.repeat(64);

const manifest: Manifest = {
  format: 1,
  createdAt: "2022-11-02T18:00:00.000Z",
  portalVersion: "0.1.0",
  migration: "20261207162000_backup_runs",
  tables: [{ name: "Report", columns: ["id", "period"], rows: 2 }],
  storage: "filesystem",
  evidence: [
    { key: "a".repeat(32), sha256: sha("1"), bytes: 3, contentType: "application/pdf", included: true, missing: false },
    { key: "b".repeat(32), sha256: sha("2"), bytes: 4, contentType: "image/png", included: false, missing: false },
  ],
  members: { "database/Report.copy": sha("3"), [`evidence/${"a".repeat(32)}`]: sha("1") },
};

describe("archive names", () => {
  it("name the moment on the portal's clock in Beijing time", () => {
    expect(archiveName(new Date("2022-11-02T18:00:00Z"))).toBe("backup-2022-11-03T0200+0800.tar.gz");
    expect(archiveName(new Date("2022-11-02T18:00:59Z"), 2)).toBe("backup-2022-11-03T0200+0800-2.tar.gz");
  });

  it("recognise only our own archives, so retention never deletes anything else", () => {
    expect(isArchiveName("backup-2022-11-03T0200+0800.tar.gz")).toBe(true);
    expect(isArchiveName("backup-2022-11-03T0200+0800-3.tar.gz")).toBe(true);
    expect(isArchiveName("backup-2022-11-03T0200+0800.tar.gz.partial")).toBe(false);
    expect(isArchiveName("notes.tar.gz")).toBe(false);
    expect(isArchiveName("backup-2022-11-03.tar.gz")).toBe(false);
  });
});

describe("manifest checks", () => {
  const intact = { "database/Report.copy": sha("3"), [`evidence/${"a".repeat(32)}`]: sha("1") };

  it("pass an archive whose members are exactly the manifest's", () => {
    expect(checkMembers(manifest, intact)).toEqual([]);
  });

  it("name a changed, a missing and an extra member", () => {
    expect(checkMembers(manifest, { ...intact, "database/Report.copy": sha("4") })).toEqual([
      "database/Report.copy 的校验和不符",
    ]);
    const { "database/Report.copy": _, ...missing } = intact;
    expect(checkMembers(manifest, missing)).toEqual(["缺少 database/Report.copy"]);
    expect(checkMembers(manifest, { ...intact, "evidence/x": sha("5") })).toEqual(["清单中没有 evidence/x"]);
  });

  it("refuse a manifest that leaves a table's or an included file's member out", () => {
    const shrunk = { ...manifest, members: { "database/Report.copy": sha("3") } };
    expect(checkMembers(shrunk, { "database/Report.copy": sha("3") })).toEqual([
      `清单未登记 evidence/${"a".repeat(32)}`,
    ]);
  });

  it("read a manifest back, and refuse one that is not JSON or names a table unsafely", () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
    expect(() => parseManifest("{not json")).toThrow(/备份文件已损坏/);
    const unsafe = { ...manifest, tables: [{ name: 'Report"; DROP', columns: ["id"], rows: 1 }] };
    expect(() => parseManifest(JSON.stringify(unsafe))).toThrow(/格式不对/);
  });
});

describe("archive sizes", () => {
  it("read as the admin expects", () => {
    expect(formatSize(512)).toBe("512 字节");
    expect(formatSize(1536)).toBe("1.5 KB");
    expect(formatSize(5 * 1024 * 1024)).toBe("5.0 MB");
  });
});
