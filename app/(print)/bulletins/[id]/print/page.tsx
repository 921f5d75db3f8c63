import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BulletinDocument } from "@/components/bulletins/bulletin-document";
import { PrintButton } from "@/components/dashboard/print-button";
import { readBulletinOrRefuse } from "@/lib/bulletins/read-bulletin";
import { requireViewer } from "@/lib/auth/viewer";
import { parseIdParam } from "@/lib/validation/id";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "通报(打印)" };
export const dynamic = "force-dynamic";

// A4 with the GB/T 9704 版心 (top 37, bottom 35, left 28, right 26 mm); Chromium draws the page
// number "— 1 —" in the bottom margin, on the outside edge. 打印 → 另存为 PDF gives the PDF.
const PAGE_CSS = `
@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt "宋体", SimSun, serif; margin-right: 1em; vertical-align: top; padding-top: 7mm; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt "宋体", SimSun, serif; margin-left: 1em; vertical-align: top; padding-top: 7mm; } }
@media screen { .bulletin-sheet { width: 210mm; min-height: 297mm; padding: 37mm 26mm 35mm 28mm; margin: 1rem auto; box-shadow: 0 0 0.5rem #0002; } }
@media print { .bulletin-sheet { width: auto; padding: 0; margin: 0; } .bulletin-document table { break-inside: auto; } }
`;

export default async function BulletinPrintPage({ params }: Props) {
  const viewer = await requireViewer("bulletin.read");
  const id = parseIdParam((await params).id);
  const bulletin = id === null ? null : await readBulletinOrRefuse(viewer, id);
  if (!bulletin) notFound();
  return (
    <>
      <style>{PAGE_CSS}</style>
      <div className="no-print flex justify-center gap-3 bg-slate-100 py-2 text-sm">
        <PrintButton />
        <span className="self-center text-slate-600">在打印对话框中选择“另存为 PDF”即得 PDF 文件。</span>
      </div>
      <div className="bulletin-sheet bg-white">
        <BulletinDocument {...bulletin} />
      </div>
    </>
  );
}
