import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "民政工作要点督办平台", template: "%s · 民政工作要点督办平台" },
  description: "莆田市民政局年度工作要点的任务分解、月度进展填报、审核与督办",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
