// The scenarios in the order they run (issue 12 §4 numbers them). 2, 3, 4, 5, 10 and 12 work on
// the reports scenario 1 submitted; 11 moves the portal's clock forward (it never runs back), so it
// comes last.
import type { Scenario } from "../context";
import { backupUnderBurst } from "./backup-under-burst";
import { bruteForce } from "./brute-force";
import { concurrentSave } from "./concurrent-save";
import { databaseRestart } from "./database-restart";
import { deadlineBurst } from "./deadline-burst";
import { expiredMidEdit } from "./expired-mid-edit";
import { forgedSessions } from "./forged-sessions";
import { malformedBodies } from "./malformed-bodies";
import { monthEnd } from "./month-end";
import { portalKilled } from "./portal-killed";
import { repeatedSubmit } from "./repeated-submit";
import { storageUnwritable } from "./storage-unwritable";

export const SCENARIOS: Scenario[] = [
  deadlineBurst,
  concurrentSave,
  repeatedSubmit,
  malformedBodies,
  forgedSessions,
  bruteForce,
  expiredMidEdit,
  storageUnwritable,
  databaseRestart,
  portalKilled,
  backupUnderBurst,
  monthEnd,
];
