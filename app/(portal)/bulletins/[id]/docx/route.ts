import { apiRoute, jsonError } from "@/lib/api/api-route";
import { attachmentDisposition } from "@/lib/attachments/disposition";
import { renderBulletinDocx } from "@/lib/bulletins/docx/bulletin-docx";
import { bulletinFileName } from "@/lib/bulletins/file-name";
import { getBulletin } from "@/lib/bulletins/queries";
import { getPrisma } from "@/lib/db";
import { parseIdParam } from "@/lib/validation/id";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// GET /bulletins/<id>/docx: the 通报 per GB/T 9704-2012; a draft only for the office (others: 404, audited).
export const GET = apiRoute<{ id: string }>("bulletin.read", async (viewer, params) => {
  const id = parseIdParam(params.id);
  const bulletin = id === null ? null : await getBulletin(getPrisma(), viewer, id);
  if (!bulletin) return jsonError(404, "未找到该通报");
  const body = await renderBulletinDocx(bulletin);
  const name = bulletinFileName(bulletin);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": DOCX,
      "Content-Disposition": attachmentDisposition(name, `bulletin-${bulletin.period}`),
    },
  });
});
