import QRCode from "qrcode";

/** Drawn on the server; an <img> of an SVG data URL, so no markup is injected into the page. */
export async function TotpQrCode({ uri }: { uri: string }) {
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt="两步验证二维码:请用身份验证器扫描"
      width={192}
      height={192}
      className="rounded-md border border-slate-200 bg-white p-2"
    />
  );
}
