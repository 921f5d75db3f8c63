import { Secret, TOTP } from "otpauth";

const ISSUER = "莆田民政督办";

function totpFor(secret: string, username: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

export const createTotpSecret = () => new Secret({ size: 20 }).base32;

export const totpUri = (secret: string, username: string) => totpFor(secret, username).toString();

/** Accepts the current code and its neighbours (±30 s of clock drift). */
export function verifyTotp(secret: string, username: string, code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpFor(secret, username).validate({ token: code, window: 1 }) !== null;
}

export const currentTotp = (secret: string, username: string) => totpFor(secret, username).generate();
