// The 督办台账 opens where offices open it: LibreOffice turns the file into a PDF. soffice must be
// installed (CI installs libreoffice-calc-nogui): without it this test fails, it never skips.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { exportLedger } from "@/lib/ledger/export-ledger";
import { parseLedgerQuery } from "@/lib/ledger/ledger-query";

const run = promisify(execFile);
let directory = "";

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe("the 督办台账 in LibreOffice", () => {
  it("converts to a PDF with soffice --headless", { timeout: 240_000 }, async () => {
    const parsed = parseLedgerQuery(new URLSearchParams("period=2022-10"));
    if (!("query" in parsed)) throw new Error("bad query");
    const file = (await exportLedger(parsed.query))!;
    directory = await mkdtemp(path.join(tmpdir(), "ledger-pdf-"));
    const xlsx = path.join(directory, file.asciiFilename);
    await writeFile(xlsx, file.body);
    // Its own profile: another soffice running on the machine (or a stale lock) must not block it.
    const profile = `file://${path.join(directory, "profile")}`;
    await run(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", directory, xlsx],
      { timeout: 220_000 },
    );
    const pdf = path.join(directory, file.asciiFilename.replace(/\.xlsx$/, ".pdf"));
    expect((await stat(pdf)).size).toBeGreaterThan(10_000);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
