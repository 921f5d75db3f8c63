import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmTotpForm } from "@/components/account/confirm-totp-form";
import { DisableTotpForm } from "@/components/account/disable-totp-form";
import { TotpQrCode } from "@/components/account/totp-qr-code";
import { getTotpEnrolment } from "@/lib/account/totp";
import { readAuthSettings } from "@/lib/auth/settings";
import { requireViewer } from "@/lib/auth/viewer";
import { getPrisma } from "@/lib/db";
import { formatDateTime } from "@/lib/time/format";

export const metadata: Metadata = { title: "两步验证" };

export default async function TotpPage() {
  const viewer = await requireViewer("account.totpEnrol");
  const totp = await getTotpEnrolment(getPrisma(), viewer.userId, readAuthSettings());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">两步验证</h1>
      {viewer.mustEnrolTotp && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          按本平台安全要求,您的角色必须开启两步验证。完成下面的设置后才能继续使用其他功能。
        </p>
      )}
      {totp.enabled ? (
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <p role="status" className="text-sm">
            两步验证<strong className="text-green-700">已开启</strong>(开启于 {formatDateTime(totp.enabledAt)}
            )。登录时除密码外,还需输入身份验证器中的动态口令。
          </p>
          {totp.required ? (
            <p className="text-sm text-slate-600">
              您的角色要求必须使用两步验证,不能关闭。如更换手机或遗失验证器,请联系系统管理员。
            </p>
          ) : (
            <>
              <h2 className="font-medium">关闭两步验证</h2>
              <p className="text-sm text-slate-600">
                关闭后登录只需密码,账号安全性会降低。请输入当前密码和动态口令确认。
              </p>
              <DisableTotpForm />
            </>
          )}
          <Link href="/" className="inline-block text-sm text-brand-700 hover:underline">
            返回首页
          </Link>
        </section>
      ) : (
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <ol className="list-decimal space-y-4 pl-5">
            <li>
              在手机上安装身份验证器应用(如“腾讯身份验证器”小程序、Microsoft Authenticator、Google Authenticator)。
            </li>
            <li className="space-y-2">
              <p>用验证器扫描下面的二维码:</p>
              <TotpQrCode uri={totp.uri} />
              <p className="text-slate-600">无法扫描时,可在验证器中手动添加账号 {viewer.username},密钥(基于时间):</p>
              <code
                className="block w-fit select-all break-all rounded bg-slate-100 px-2 py-1 font-mono tracking-wider"
                data-testid="totp-secret"
              >
                {totp.secret.match(/.{1,4}/g)?.join(" ")}
              </code>
            </li>
            <li>
              <p className="mb-2">输入验证器中显示的 6 位动态口令,完成绑定:</p>
              <ConfirmTotpForm />
            </li>
          </ol>
        </section>
      )}
    </div>
  );
}
