// Reads a plan's title, document number, issuer and date from the notice that wraps it.
// Documents copied from the bureau's website lose characters (the 2022 notice prints
// "莆民〔202211" for 莆民〔2022〕11号), so each field has a fallback and every repair is reported.
import { normalizeWidth } from "@/lib/plans/plan-text";

export type PlanMetadata = {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  issuedAt: string | null;
  year: number | null;
};

export type SignatureBlock = { orgLine: number | null; dateLine: number };

const DATE_LINE = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;
const ORG_LINE = /^[\u4e00-\u9fa5()（）]{2,30}(局|厅|委员会|委|政府|办公室|办公厅|中心|部|院|会|办)$/;
const DOC_NUMBER =
  /(?:^|[\s:：])([\u4e00-\u9fa5]{1,6})\s*[〔[［(（]\s*((?:19|20)\d{2})\s*([〕\]］)）])?\s*(\d{1,4})(?![\d年月日.-])\s*(号)?/;
const HEADING_WORDS = /要点|计划|方案|安排|任务|意见/;

/** A date alone on a line, and the signing body on the non-empty line above it if it names one. */
export function findSignatureBlocks(lines: string[]): SignatureBlock[] {
  const blocks: SignatureBlock[] = [];
  lines.forEach((line, i) => {
    if (!DATE_LINE.test(normalizeWidth(line))) return;
    let above = i - 1;
    while (above >= 0 && lines[above].trim() === "") above -= 1;
    const orgLine = above >= 0 && ORG_LINE.test(lines[above].trim()) ? above : null;
    blocks.push({ orgLine, dateLine: i });
  });
  return blocks;
}

export function readPlanMetadata(lines: string[], preambleEnd: number, warnings: string[]): PlanMetadata {
  const preamble = lines.slice(0, preambleEnd).map(normalizeWidth);
  const blocks = findSignatureBlocks(lines);
  const signature = blocks.find((b) => b.orgLine !== null) ?? blocks[0];
  const title = readTitle(preamble, warnings);
  const docNumber = readDocNumber(preamble, warnings);
  const issuer = signature?.orgLine != null ? lines[signature.orgLine].trim() : readIssuerField(preamble);
  const signedOn = signature ? DATE_LINE.exec(normalizeWidth(lines[signature.dateLine])) : null;
  const published = firstMatch(preamble, /发布日期\s*[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/);
  const issuedAt = formatDate(signedOn ?? published);
  const year = [title, issuedAt, docNumber].map(readYear).find((y) => y !== null) ?? null;
  const missing = { 计划标题: title, 文号: docNumber, 发文单位: issuer, 发文日期: issuedAt };
  for (const [label, value] of Object.entries(missing)) if (value === null) warnings.push(`未找到${label}`);
  return { title, docNumber, issuer, issuedAt, year };
}

function readTitle(preamble: string[], warnings: string[]): string | null {
  const quoted = firstMatch(
    preamble.filter((l) => /印发|转发|通知/.test(l)),
    /《([^《》]+)》/,
  )?.[1];
  const notice = firstMatch(preamble, /关于(?:印发|转发)(.+?)的通知/)?.[1];
  const heading = preamble
    .map((l) => l.trim())
    .filter((l) => l.length >= 4 && l.length <= 40 && HEADING_WORDS.test(l))
    .filter((l) => !/[,，。;；:：]|关于|通知/.test(l))
    .at(-1);
  const fromNotice = quoted ?? notice;
  if (fromNotice) {
    if (heading && heading !== fromNotice)
      warnings.push(`正文标题“${heading}”与通知中的标题不一致，采用“${fromNotice}”`);
    return fromNotice;
  }
  const fixed = heading?.replace(/^(\d{4})(?=[^\d年])/, "$1年") ?? null;
  if (heading && fixed !== heading) warnings.push(`正文标题“${heading}”缺少“年”字，按“${fixed}”识别`);
  return fixed;
}

function readDocNumber(preamble: string[], warnings: string[]): string | null {
  const m = firstMatch(preamble, DOC_NUMBER);
  if (!m) return null;
  const printed = m[0].replace(/^[\s:：]/, "").trim();
  // The year is always four digits, so "莆民〔202211" can only be 莆民〔2022〕11号; the serial
  // number has no leading zeros (GB/T 9704: 不编虚位).
  const docNumber = `${m[1]}〔${m[2]}〕${Number(m[4])}号`;
  if (printed !== docNumber) warnings.push(`文号印刷为“${printed}”，按“${docNumber}”识别`);
  return docNumber;
}

function readIssuerField(preamble: string[]): string | null {
  const field = firstMatch(
    preamble,
    /(?:发布机构|发文机关|发布单位|发文单位|来源)\s*[:：]\s*([\u4e00-\u9fa5()（）]{2,30})/,
  );
  return field?.[1] ?? firstMatch(preamble, /^\s*([\u4e00-\u9fa5]{2,30}?)关于(?:印发|转发)/)?.[1] ?? null;
}

function readYear(text: string | null): number | null {
  const m = text ? /((?:19|20)\d{2})/.exec(text) : null;
  return m ? Number(m[1]) : null;
}

function formatDate(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function firstMatch(lines: string[], pattern: RegExp): RegExpExecArray | null {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m) return m;
  }
  return null;
}
