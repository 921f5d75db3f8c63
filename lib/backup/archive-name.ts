// Archive names carry the moment of the backup on the portal's clock, in Beijing time, so an
// operator reads "the backup of 3 November, 02:00" off the file name without opening it.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "@/lib/time/days";

const NAME = /^backup-\d{4}-\d{2}-\d{2}T\d{4}\+0800(?:-\d+)?\.tar\.gz$/;

/** backup-2022-11-03T0200+0800.tar.gz; `attempt` > 1 adds -2, -3… for a second backup in the same minute. */
export function archiveName(at: Date, attempt = 1): string {
  const stamp = format(new TZDate(at.getTime(), TIME_ZONE), "yyyy-MM-dd'T'HHmm");
  return `backup-${stamp}+0800${attempt > 1 ? `-${attempt}` : ""}.tar.gz`;
}

/** Only files named like ours are ever deleted by the retention rule. */
export const isArchiveName = (name: string) => NAME.test(name);
