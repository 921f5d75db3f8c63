import { afterEach, describe, expect, it, vi } from "vitest";
import { createTotpSecret, currentTotp, totpUri, verifyTotp } from "@/lib/auth/totp";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const AT = new Date("2022-03-05T06:30:10Z");

function codeAt(date: Date, secret = SECRET, username = "leader") {
  vi.setSystemTime(date);
  return currentTotp(secret, username);
}

describe("TOTP second factor", () => {
  afterEach(() => vi.useRealTimers());

  it("accepts the code an authenticator shows for a new secret", () => {
    const secret = createTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(verifyTotp(secret, "admin", currentTotp(secret, "admin"))).toBe(true);
  });

  it("gives each enrolment its own secret", () => {
    expect(createTotpSecret()).not.toBe(createTotpSecret());
  });

  it("tolerates 30 seconds of clock drift either way, and no more", () => {
    vi.useFakeTimers();
    const code = codeAt(AT);
    vi.setSystemTime(new Date(AT.getTime() + 30_000));
    expect(verifyTotp(SECRET, "leader", code)).toBe(true);
    vi.setSystemTime(new Date(AT.getTime() - 30_000));
    expect(verifyTotp(SECRET, "leader", code)).toBe(true);
    vi.setSystemTime(new Date(AT.getTime() + 90_000));
    expect(verifyTotp(SECRET, "leader", code)).toBe(false);
  });

  it("refuses a wrong code and a code made from another secret", () => {
    vi.useFakeTimers();
    const accepted = new Set([-30_000, 0, 30_000].map((offset) => codeAt(new Date(AT.getTime() + offset))));
    vi.setSystemTime(AT);
    const wrong = ["000000", "123456", "999999"].find((code) => !accepted.has(code))!;
    expect(verifyTotp(SECRET, "leader", wrong)).toBe(false);
    const otherSecret = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
    const foreign = codeAt(AT, otherSecret);
    expect(accepted.has(foreign)).toBe(false);
    expect(verifyTotp(SECRET, "leader", foreign)).toBe(false);
  });

  it("refuses malformed codes without checking them", () => {
    vi.useFakeTimers();
    const code = codeAt(AT);
    for (const malformed of [
      "",
      code.slice(0, 5),
      `${code}0`,
      ` ${code}`,
      `${code.slice(0, 3)} ${code.slice(3)}`,
      "abcdef",
      "12345６",
    ]) {
      expect(verifyTotp(SECRET, "leader", malformed), JSON.stringify(malformed)).toBe(false);
    }
  });

  it("puts the issuer, account and secret in the otpauth link the QR code carries", () => {
    const uri = new URL(totpUri(SECRET, "dept-yanglao"));
    expect(uri.protocol).toBe("otpauth:");
    expect(decodeURIComponent(uri.pathname)).toContain("dept-yanglao");
    expect(uri.searchParams.get("secret")).toBe(SECRET);
    expect(uri.searchParams.get("issuer")).toBe("莆田民政督办");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
  });
});
