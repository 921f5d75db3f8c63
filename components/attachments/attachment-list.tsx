import type { AttachmentOwner } from "@/lib/attachments/types";
import { listAttachments } from "@/lib/attachments/queries";
import { formatFileSize } from "@/lib/attachments/types";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { formatDateTime } from "@/lib/time/format";
import { AttachmentUpload } from "./attachment-upload";
import { RemoveAttachmentButton } from "./remove-attachment-button";

/**
 * The evidence files of a report, a 督查单's feedback or an application for 办结. `canEdit` shows the
 * upload input and the 删除 buttons (pass it when the viewer may change the owner now); the server
 * checks again on every upload and removal.
 */
export async function AttachmentList({
  owner,
  canEdit,
  title = "佐证材料",
}: {
  owner: AttachmentOwner;
  canEdit: boolean;
  title?: string;
}) {
  const viewer = await requireViewer("report.read");
  const attachments = await listAttachments(getPrisma(), viewer, owner);
  const headingId = `attachments-${owner.kind}-${owner.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        {title}
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
              {canEdit && (
                <RemoveAttachmentButton id={attachment.id} fileName={attachment.fileName} owner={owner.kind} />
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && <AttachmentUpload owner={owner} />}
    </section>
  );
}
