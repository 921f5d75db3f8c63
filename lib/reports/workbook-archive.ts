// An uploaded .xlsx is a zip archive, and 458 KB of it can inflate to 450 MB of whitespace. Before
// ExcelJS sees a byte, the archive is bounded in two passes: its central directory (the declared
// sizes and the number of entries, read without inflating anything), then the entries themselves,
// inflated in small steps and stopped at the bound, since declared sizes can lie. ExcelJS then reads
// the entries we inflated, stored uncompressed, so it never inflates anything we did not count.
import { Unzip, UnzipInflate, unzipSync, zipSync, type Unzipped } from "fflate";
import { UserError } from "@/lib/errors";

/** A template of the largest unit inflates to well under 1 MB in about 15 entries. */
export const WORKBOOK_LIMITS = { entries: 100, entryBytes: 10 * 1024 * 1024, totalBytes: 20 * 1024 * 1024 };
export type WorkbookLimits = typeof WORKBOOK_LIMITS;

const STEP = 512;
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const unreadable = () =>
  new UserError("无法读取该文件,请上传本平台下载的 .xlsx 填报模板(不支持 .xls 和 WPS 其他格式)。");
const tooMany = (limits: WorkbookLimits) =>
  new UserError(`文件内含的部件超过 ${limits.entries} 个,不是本平台的填报模板,请重新下载模板后填写。`);
const tooLarge = (limits: WorkbookLimits) =>
  new UserError(
    `文件解压后超过 ${megabytes(limits.totalBytes)} MB(填报模板解压后不足 1 MB),可能含有大量空白或隐藏内容。请在本平台重新下载模板,只填写数值和文字后上传。`,
  );

function checkDirectory(bytes: Uint8Array, limits: WorkbookLimits): void {
  let entries = 0;
  let total = 0;
  unzipSync(bytes, {
    filter: (file) => {
      entries++;
      total += file.originalSize;
      if (entries > limits.entries) throw tooMany(limits);
      if (file.originalSize > limits.entryBytes || total > limits.totalBytes) throw tooLarge(limits);
      return false;
    },
  });
}

function inflateBounded(bytes: Uint8Array, limits: WorkbookLimits): Unzipped {
  const files: Unzipped = {};
  let total = 0;
  let refusal: UserError | null = null;
  const unzip = new Unzip((file) => {
    if (Object.keys(files).length >= limits.entries) return void (refusal ??= tooMany(limits));
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) return void (refusal ??= unreadable());
      size += chunk.byteLength;
      total += chunk.byteLength;
      if (size > limits.entryBytes || total > limits.totalBytes) {
        refusal ??= tooLarge(limits);
        return file.terminate();
      }
      chunks.push(chunk);
      if (final && !file.name.endsWith("/")) files[file.name] = Buffer.concat(chunks);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < bytes.byteLength && !refusal; offset += STEP)
    unzip.push(bytes.subarray(offset, offset + STEP), offset + STEP >= bytes.byteLength);
  if (refusal) throw refusal;
  return files;
}

/** The workbook's entries re-stored without compression, or a refusal a person can act on. */
export function boundedWorkbook(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): Uint8Array {
  try {
    checkDirectory(bytes, limits);
    const files = inflateBounded(bytes, limits);
    if (Object.keys(files).length === 0) throw unreadable();
    return zipSync(files, { level: 0 });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw unreadable();
  }
}
