// What the portal asks of a place that keeps evidence files (lib/attachments/storage.ts chooses one).
export interface AttachmentStorage {
  readonly kind: "filesystem" | "s3";
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** null when there is no such file. */
  get(key: string): Promise<Uint8Array | null>;
  remove(key: string): Promise<void>;
}
