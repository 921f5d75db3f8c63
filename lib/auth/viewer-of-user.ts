import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "./viewer-type";

type UserWithUnit = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unit: { id: number; code: string; name: string; kind: Viewer["unitKind"] };
};

/** The viewer a user row stands for; session state and pending obligations come from the caller. */
export function viewerOfUser(
  user: UserWithUnit,
  state: Pick<Viewer, "sessionId" | "mustChangePassword" | "mustEnrolTotp"> = {
    sessionId: null,
    mustChangePassword: false,
    mustEnrolTotp: false,
  },
): Viewer {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unit.id,
    unitCode: user.unit.code,
    unitName: user.unit.name,
    unitKind: user.unit.kind,
    ...state,
  };
}
