import { listAttachments } from "@/lib/attachments/queries";
import { formatFileSize } from "@/lib/attachments/types";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { formatDateTime } from "@/lib/time/format";
import { AttachmentUpload } from "./attachment-upload";
import { RemoveAttachmentButton } from "./remove-attachment-button";

/**
 * A report's evidence files. `canEdit` shows the upload input and the 删除 buttons (pass it when
 * the viewer may save the report now); the server checks again on every upload and removal.
 */
export async function AttachmentList({ reportId, canEdit }: { reportId: number; canEdit: boolean }) {
  const viewer = await requireViewer("report.read");
  const attachments = await listAttachments(getPrisma(), viewer, reportId);
  return (
    <section aria-labelledby={`attachments-${reportId}`} className="space-y-3">
      <h2 id={`attachments-${reportId}`} className="text-base font-semibold text-slate-900">
        佐证材料
      </h2>
      {attachments.length === 0 ? (
        <p className="text-sm text-slate-600">暂无附件。</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
          {attachments.map((attachment) => (
            <li key={attachment.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <span className="min-w-0">
                <a
                  href={`/api/v1/attachments/${attachment.id}`}
                  className="break-all text-blue-700 underline underline-offset-2"
                >
                  {attachment.fileName}
                </a>
                <span className="ml-2 text-slate-500">
                  {formatFileSize(attachment.size)} · {attachment.uploadedBy.displayName} ·{" "}
                  {formatDateTime(attachment.createdAt)}
                </span>
              </span>
              {canEdit && <RemoveAttachmentButton id={attachment.id} fileName={attachment.fileName} />}
            </li>
          ))}
        </ul>
      )}
      {canEdit && <AttachmentUpload reportId={reportId} />}
    </section>
  );
}
