import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BulletinDocument } from "@/components/bulletins/bulletin-document";
import { BulletinVersionProvider } from "@/components/bulletins/bulletin-version";
import { BulletinTextsForm } from "@/components/bulletins/bulletin-texts-form";
import { IssueBulletinButton } from "@/components/bulletins/issue-bulletin-button";
import { readBulletinOrRefuse } from "@/lib/bulletins/read-bulletin";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { formatDateTime } from "@/lib/time/format";
import { parseIdParam } from "@/lib/validation/id";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "通报" };
export const dynamic = "force-dynamic";

export default async function BulletinPage({ params }: Props) {
  const viewer = await requireViewer("bulletin.read");
  const id = parseIdParam((await params).id);
  const bulletin = id === null ? null : await readBulletinOrRefuse(viewer, id);
  if (!bulletin) notFound();
  const editing = bulletin.state === "DRAFT" && can(viewer, "bulletin.manage");
  return (
    <BulletinVersionProvider version={bulletin.version}>
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Link href="/bulletins" className="text-brand-700 underline">
            返回通报列表
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <a
              href={`/bulletins/${bulletin.id}/docx`}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
            >
              下载 Word(.docx)
            </a>
            <a
              href={`/bulletins/${bulletin.id}/print`}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
            >
              打印 / 另存为 PDF
            </a>
            {editing && <IssueBulletinButton id={bulletin.id} />}
          </div>
        </div>
        {editing ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="bulletin-state">
            草稿 · 仅督查可见 · 数据截至 {formatDateTime(new Date(bulletin.figures.computedAt))}(按已审核数据实时生成)
          </p>
        ) : (
          <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700" data-testid="bulletin-state">
            已印发 · {bulletin.numberText} · 数据于 {formatDateTime(new Date(bulletin.figures.computedAt))} 定稿
          </p>
        )}
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white px-6 py-4 sm:px-10">
            <BulletinDocument {...bulletin} />
          </div>
          {editing && (
            <BulletinTextsForm
              id={bulletin.id}
              title={bulletin.title}
              texts={bulletin.texts}
              drafted={bulletin.drafted}
            />
          )}
        </div>
      </div>
    </BulletinVersionProvider>
  );
}
