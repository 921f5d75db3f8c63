// What one scenario sent and what surprised it: every request is counted, every answer the
// scenario did not expect is an error with a line saying which, and every failed check a problem.
import { LatencyLog } from "./latency";

export class Tally {
  requests = 0;
  errors = 0;
  readonly problems: string[] = [];
  readonly notes: string[] = [];
  readonly latency = new LatencyLog();

  /** A failed check of the scenario's own (the verdict fails, the request count stays). */
  check(ok: boolean, problem: string): void {
    if (!ok) this.problems.push(problem);
  }

  unexpected(what: string): void {
    this.errors += 1;
    if (this.problems.length < 20) this.problems.push(what);
  }
}
