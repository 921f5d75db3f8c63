import { UserError } from "@/lib/errors";

/** The report or attachment does not exist, or the viewer may not read it: the same answer for both (404). */
export class NotFoundError extends UserError {
  constructor(message = "未找到。") {
    super(message);
    this.name = "NotFoundError";
  }
}

/**
 * The evidence store refused the file (disk full, a read-only or missing folder, object storage
 * down): nothing was recorded, and the person is told to try again rather than shown a bare 500.
 */
export class StorageUnavailableError extends UserError {
  constructor() {
    super("附件存储暂时无法写入(如磁盘已满),文件未保存,请稍后重试;如仍不行,请联系管理员。");
    this.name = "StorageUnavailableError";
  }
}
