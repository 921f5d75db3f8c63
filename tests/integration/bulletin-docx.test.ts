// The 通报 as .docx (issue 11 §3): valid OOXML laid out per GB/T 9704-2012, its tables the
// dashboard's own figures for the month, the same document after a correction once issued, and a
// file LibreOffice opens (soffice must be installed with Writer: without it this test fails, it never skips).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBulletin } from "@/lib/bulletins/create-bulletin";
import { renderBulletinDocx } from "@/lib/bulletins/docx/bulletin-docx";
import { issueBulletin } from "@/lib/bulletins/issue-bulletin";
import { getBulletin } from "@/lib/bulletins/queries";
import { getPlanProgress } from "@/lib/dashboard/plan-progress";
import { formatPercent, STATUS_LABELS } from "@/lib/dashboard/status-labels";
import { getPrisma } from "@/lib/db";
import { as, type BulletinPlan, context, createBulletinPlan, fileLicheng } from "./helpers/bulletin-plan";
import { docxParts, docxTables, paragraphTexts } from "./helpers/docx-read";

const YEAR = 2049;
const MARCH = `${YEAR}-03`;
const APRIL_20 = new Date(`${YEAR}-04-20T10:00:00+08:00`);
const run = promisify(execFile);
const db = () => getPrisma();
let plan: BulletinPlan;
let bulletinId = 0;
let directory = "";

const docxOf = async (id: number, now = APRIL_20) => {
  const view = (await getBulletin(db(), await as(db(), "supervisor"), id, now))!;
  return renderBulletinDocx(view);
};

beforeAll(async () => {
  plan = await createBulletinPlan(db(), YEAR);
  bulletinId = (await createBulletin(db(), await as(db(), "supervisor"), context(), { period: MARCH }, APRIL_20)).id;
});

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe("the 通报 .docx", () => {
  it("is an OOXML package laid out per GB/T 9704-2012", async () => {
    const parts = docxParts(await docxOf(bulletinId));
    expect(parts["[Content_Types].xml"]).toContain("wordprocessingml.document.main+xml");
    const document = parts["word/document.xml"];
    // A4 (210 × 297 mm) with a 156 × 225 mm 版心: top 37, bottom 35, left 28, right 26 mm, in twips.
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/w:top="2098"/);
    expect(document).toMatch(/w:bottom="1984"/);
    expect(document).toMatch(/w:left="1587"/);
    expect(document).toMatch(/w:right="1474"/);
    // Fonts named for East Asian text, installed or not.
    for (const font of ["方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312"])
      expect(document).toContain(`w:eastAsia="${font}"`);
    // The red 发文机关标志, the 发文字号 over a red line, the title in 二号 (44 half-points), the body in 三号.
    const mastHead = document.match(/<w:r>(?:(?!<\/w:r>)[\s\S])*莆田市民政局文件<\/w:t><\/w:r>/)?.[0] ?? "";
    expect(mastHead).toMatch(/<w:color w:val="FF0000"\/>/);
    expect(document).toMatch(/<w:bottom w:val="single" w:color="FF0000"/);
    expect(document).toMatch(/<w:sz w:val="44"\/>(?:(?!<\/w:r>)[\s\S])*关于2049年3月全市民政工作要点推进情况的通报/);
    expect(document).toMatch(/<w:spacing w:line="579" w:lineRule="exact"\/>/);
    expect(parts["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    // 页码 "— 1 —" in 宋体 四号 on the outside edge: right on odd pages, left on even ones.
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers).toHaveLength(2);
    for (const [, footer] of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(paragraphTexts(footer).join("")).toBe("—  —");
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.map(([, footer]) => footer.match(/<w:jc w:val="(\w+)"\/>/)?.[1]).sort()).toEqual(["left", "right"]);
  });

  it("prints the dashboard's figures for the month in its tables", async () => {
    const tables = docxTables(docxParts(await docxOf(bulletinId))["word/document.xml"]);
    const progress = (await getPlanProgress(db(), YEAR, MARCH, APRIL_20))!;
    const [counties, departments, behind] = tables;
    expect(counties[0]).toEqual(["排名", "县区", "完成率", "序时进度", "进度状态", "按时报送率"]);
    const expected = [...progress.counties]
      .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.name.localeCompare(b.name))
      .map((county) => [
        county.rank === null ? "—" : String(county.rank),
        county.name,
        formatPercent(county.completion),
        formatPercent(county.expected),
        county.status ? STATUS_LABELS[county.status] : "—",
        formatPercent(county.onTimeRate),
      ]);
    expect(counties.slice(1)).toEqual(expected);
    expect(counties.slice(1).map((row) => row[1])).toContain("仙游县");
    expect(departments.slice(1)).toContainEqual(["社会救助科", "3", "3", "100.0%"]);
    const lagging = progress.points
      .flatMap((point) => point.indicators.map((indicator) => ({ indicator, point })))
      .filter(({ indicator }) => indicator.status === "BEHIND" || indicator.status === "SERIOUSLY_BEHIND");
    expect(lagging.map(({ indicator }) => indicator.name)).toEqual(["救助对象走访"]);
    expect(behind.slice(1).map((row) => [row[1], row[3], row[4], row[5]])).toEqual(
      lagging.map(({ indicator, point }) => [
        indicator.name,
        point.leadUnit,
        formatPercent(indicator.completion),
        formatPercent(indicator.expected),
      ]),
    );
  });

  it("once issued, is the same document after a correction is approved", async () => {
    const supervisor = await as(db(), "supervisor");
    const { version } = (await getBulletin(db(), supervisor, bulletinId, APRIL_20))!;
    const { numberText } = await issueBulletin(
      db(),
      supervisor,
      context(),
      { id: bulletinId, expectedVersion: version },
      APRIL_20,
    );
    const issued = docxParts(await docxOf(bulletinId))["word/document.xml"];
    expect(paragraphTexts(issued)).toContain(numberText);
    expect(paragraphTexts(issued)).toContain("2049年4月20日");
    await fileLicheng(db(), plan, MARCH, 10, new Date(`${YEAR}-04-25T09:00:00+08:00`));
    const later = new Date(`${YEAR}-05-06T10:00:00+08:00`);
    const licheng = (await getPlanProgress(db(), YEAR, MARCH, later))!.counties.find((row) => row.code === "licheng")!;
    expect(licheng.completion).toBe(1);
    expect(docxParts(await docxOf(bulletinId, later))["word/document.xml"]).toBe(issued);
  });

  it("opens in LibreOffice: soffice --headless converts it to a PDF", { timeout: 240_000 }, async () => {
    directory = await mkdtemp(path.join(tmpdir(), "bulletin-pdf-"));
    const docx = path.join(directory, "bulletin.docx");
    await writeFile(docx, await docxOf(bulletinId));
    // Its own profile: another soffice running on the machine (or a stale lock) must not block it.
    const profile = `file://${path.join(directory, "profile")}`;
    await run(
      "soffice",
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", directory, docx],
      { timeout: 220_000 },
    );
    const pdf = await readFile(path.join(directory, "bulletin.pdf"));
    expect((await stat(path.join(directory, "bulletin.pdf"))).size).toBeGreaterThan(10_000);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // A4 pages: 595 × 842 points.
    expect(pdf.toString("latin1")).toMatch(
      /\/MediaBox\s*\[\s*0 0 595(?:\.\d+)? 841(?:\.\d+)?|\/MediaBox\s*\[\s*0 0 595(?:\.\d+)? 842/,
    );
  });
});
