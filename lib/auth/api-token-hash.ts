import { createHash } from "node:crypto";

// Tokens are stored only as this hash: a copy of the table gives nobody a working token.
export const hashApiToken = (token: string) => createHash("sha256").update(token).digest("hex");
