import { randomInt } from "node:crypto";
import { checkPasswordPolicy } from "@/lib/auth/password-policy";

// Without look-alikes (0/O, 1/l/I), so the password survives being read out or copied by hand.
const GROUPS = ["abcdefghjkmnpqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "@#%+=?!"];
const LENGTH = 14;

/** A random temporary password that meets the password policy for this username. */
export function generateTemporaryPassword(username: string): string {
  for (;;) {
    const chars = GROUPS.map((group) => group[randomInt(group.length)]);
    const all = GROUPS.join("");
    while (chars.length < LENGTH) chars.push(all[randomInt(all.length)]);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const password = chars.join("");
    if (checkPasswordPolicy(password, username).length === 0) return password;
  }
}
