import type { AuditActor } from "./record-audit";

/** The audit row's actor for a signed-in person (or any row with the same four facts). */
export const auditActorOf = (person: AuditActor): AuditActor => ({
  userId: person.userId,
  username: person.username,
  role: person.role,
  unitCode: person.unitCode,
});
