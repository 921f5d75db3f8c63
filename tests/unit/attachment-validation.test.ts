import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "@/lib/attachments/disposition";
import { readS3Config } from "@/lib/attachments/s3-storage";
import { readEnv } from "@/lib/env";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES } from "@/lib/attachments/types";
import { checkAttachmentSize, cleanFileName, validateAttachment } from "@/lib/attachments/validate";
import { MIME, docxBytes, htmlBytes, jpegBytes, pdfBytes, pngBytes, xlsxBytes } from "./fixtures/attachment-files";

const validate = (fileName: string, contentType: string, bytes: Uint8Array) =>
  validateAttachment({ fileName, contentType, bytes });

describe("attachment validation", () => {
  it("accepts a real file of each of the five types, stored with the type its content proved", async () => {
    await expect(validate("进展材料.pdf", MIME.pdf, pdfBytes())).resolves.toEqual({
      fileName: "进展材料.pdf",
      contentType: MIME.pdf,
      kind: "pdf",
    });
    await expect(validate("现场照片.PNG", MIME.png, pngBytes())).resolves.toMatchObject({
      kind: "png",
      contentType: MIME.png,
    });
    await expect(validate("现场照片.jpg", MIME.jpeg, jpegBytes())).resolves.toMatchObject({ kind: "jpeg" });
    await expect(validate("照片.jpeg", "image/jpeg", jpegBytes())).resolves.toMatchObject({ kind: "jpeg" });
    await expect(validate("工作总结.docx", MIME.docx, docxBytes())).resolves.toMatchObject({
      kind: "docx",
      contentType: MIME.docx,
    });
    await expect(validate("台账.xlsx", MIME.xlsx, await xlsxBytes())).resolves.toMatchObject({
      kind: "xlsx",
      contentType: MIME.xlsx,
    });
  });

  it("refuses an HTML page named .pdf, naming the file", async () => {
    await expect(validate("通知.pdf", MIME.pdf, htmlBytes())).rejects.toThrow("文件“通知.pdf”的内容不是 PDF 文件");
  });

  it("refuses content of another kind than the name says", async () => {
    await expect(validate("照片.pdf", MIME.pdf, pngBytes())).rejects.toThrow("文件“照片.pdf”的内容不是 PDF 文件");
    await expect(validate("台账.docx", MIME.docx, await xlsxBytes())).rejects.toThrow(
      "文件“台账.docx”的内容不是 DOCX 文件",
    );
    await expect(validate("报表.xlsx", MIME.xlsx, docxBytes())).rejects.toThrow("的内容不是 XLSX 文件");
  });

  it("refuses a declared type that does not match the extension", async () => {
    await expect(validate("进展材料.pdf", "image/png", pdfBytes())).rejects.toThrow(
      "文件“进展材料.pdf”的声明类型(image/png)与扩展名不符",
    );
    await expect(validate("进展材料.pdf", "text/html", pdfBytes())).rejects.toThrow("与扩展名不符");
    await expect(validate("进展材料.pdf", "", pdfBytes())).rejects.toThrow("声明类型(未知)");
  });

  it("refuses other types, such as HTML, scripts and old Word files", async () => {
    await expect(validate("页面.html", "text/html", htmlBytes())).rejects.toThrow(
      "文件“页面.html”的类型不受支持,只能上传 PDF、JPEG、PNG、DOCX、XLSX 文件。",
    );
    await expect(validate("宏.docm", MIME.docx, docxBytes())).rejects.toThrow("类型不受支持");
    await expect(validate("无扩展名", MIME.pdf, pdfBytes())).rejects.toThrow("类型不受支持");
  });

  it("refuses an empty file", async () => {
    await expect(validate("空白.pdf", MIME.pdf, new Uint8Array(0))).rejects.toThrow("文件“空白.pdf”是空文件");
  });

  it("refuses a file over 20 MB and accepts one of exactly 20 MB, without allocating either", async () => {
    expect(() => checkAttachmentSize("扫描件.pdf", MAX_ATTACHMENT_BYTES + 1)).toThrow("文件“扫描件.pdf”超过 20 MB");
    expect(() => checkAttachmentSize("扫描件.pdf", MAX_ATTACHMENT_BYTES)).not.toThrow();
    // A small PDF that reports itself as one byte too large: validation must look at the size first.
    const bytes = pdfBytes();
    Object.defineProperty(bytes, "byteLength", { value: MAX_ATTACHMENT_BYTES + 1 });
    await expect(validate("扫描件.pdf", MIME.pdf, bytes)).rejects.toThrow("超过 20 MB");
  });

  it("keeps only the file's own name, without folders or control characters", () => {
    expect(cleanFileName("C:\\fakepath\\进展材料.pdf")).toBe("进展材料.pdf");
    expect(cleanFileName("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(cleanFileName("a\u0000b\u202Efdp.exe.pdf")).toBe("abfdp.exe.pdf");
    const long = cleanFileName(`${"很长的名字".repeat(40)}.xlsx`);
    expect(long).toHaveLength(120);
    expect(long.endsWith(".xlsx")).toBe(true);
  });

  it("offers the five types to the file picker", () => {
    expect(ATTACHMENT_ACCEPT.split(",")).toEqual(
      expect.arrayContaining([".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx", MIME.pdf, MIME.xlsx]),
    );
  });
});

describe("download file names", () => {
  it("gives the Chinese name encoded and an ASCII fallback, with nothing that could break the header", () => {
    expect(attachmentDisposition("进展材料.pdf", "attachment-7")).toBe(
      "attachment; filename=\"attachment-7.pdf\"; filename*=UTF-8''%E8%BF%9B%E5%B1%95%E6%9D%90%E6%96%99.pdf",
    );
    expect(attachmentDisposition("report 2022.xlsx", "attachment-8")).toBe(
      "attachment; filename=\"report_2022.xlsx\"; filename*=UTF-8''report%202022.xlsx",
    );
    const tricky = attachmentDisposition('a"b\r\nSet-Cookie: x.pdf', "attachment-9");
    expect(tricky).not.toMatch(/[\r\n]/);
    expect(tricky.match(/"/g)).toHaveLength(2);
  });
});

describe("object storage configuration", () => {
  it("uses the data directory when S3 is not configured and refuses a half configuration", () => {
    expect(readS3Config(readEnv({}))).toBeNull();
    expect(() => readEnv({ S3_ENDPOINT: "http://minio:9000", S3_BUCKET: "portal" })).toThrow(
      "缺少 S3_ACCESS_KEY_ID、S3_SECRET_ACCESS_KEY",
    );
    const complete = {
      S3_ENDPOINT: "http://minio:9000",
      S3_BUCKET: "portal",
      S3_ACCESS_KEY_ID: "k",
      S3_SECRET_ACCESS_KEY: "s",
    };
    expect(readS3Config(readEnv(complete))).toMatchObject({
      bucket: "portal",
      region: "us-east-1",
      forcePathStyle: true,
    });
    expect(readS3Config(readEnv({ ...complete, S3_FORCE_PATH_STYLE: "false" }))?.forcePathStyle).toBe(false);
    expect(() => readEnv({ ...complete, S3_FORCE_PATH_STYLE: "no" })).toThrow(
      'S3_FORCE_PATH_STYLE 须为 true 或 false,现为 "no"',
    );
  });
});
