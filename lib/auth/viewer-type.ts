import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in person as every door and query sees them (lib/auth/load-viewer.ts builds it). */
export type Viewer = {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number;
  unitCode: string;
  unitName: string;
  unitKind: "BUREAU" | "DEPARTMENT" | "COUNTY";
  sessionId: string | null;
  /** Must choose a new password (first sign-in, reset, expired) before anything else. */
  mustChangePassword: boolean;
  /** The role requires a second factor that the account has not enrolled yet. */
  mustEnrolTotp: boolean;
};
