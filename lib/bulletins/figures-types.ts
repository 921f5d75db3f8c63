// The figures of a 通报: computed from approved data for a draft, frozen as JSON when it is issued.
// Fractions are numbers (0.833 for 83.3%), as in the dashboard's own progress.
import type { Status } from "@/lib/dashboard/progress-types";

export type BulletinCounty = {
  code: string;
  name: string;
  completion: number | null;
  expected: number | null;
  status: Status | null;
  rank: number | null;
  reportsDue: number;
  reportsOnTime: number;
  onTimeRate: number | null;
};

export type BulletinDepartment = {
  code: string;
  name: string;
  reportsDue: number;
  reportsOnTime: number;
  onTimeRate: number | null;
};

export type BulletinBehind = {
  name: string;
  unit: string;
  pointNo: number;
  pointTitle: string;
  leadUnit: string;
  completion: number;
  expected: number;
  status: Status;
};

export type NoticeTally = { yellow: number; red: number };

export type BulletinNotices = {
  issued: NoticeTally;
  closed: NoticeTally;
  /** The units that received a 督查单 issued in the month, by name. */
  issuedTo: { name: string; yellow: number; red: number }[];
};

/** A unit praised or criticised, with the rule's reasons in words. */
export type JudgedUnit = { code: string; name: string; reasons: string[] };

/** An earlier issued 通报 whose figures a later-approved correction changed. */
export type BulletinCorrection = { period: string; number: string; items: string[] };

export type BulletinRules = { praiseTopCount: number; criticiseOnTimeBelow: number };

export type BulletinFigures = {
  year: number;
  period: string;
  planTitle: string;
  plan: { completion: number | null; expected: number | null; status: Status | null };
  statusCounts: Record<Status | "NONE", number>;
  counties: BulletinCounty[];
  departments: BulletinDepartment[];
  behind: BulletinBehind[];
  notices: BulletinNotices;
  rules: BulletinRules;
  praised: JudgedUnit[];
  criticised: JudgedUnit[];
  corrections: BulletinCorrection[];
  /** The dashboard data version they were computed from, and when (the portal's clock). */
  dataVersion: string;
  computedAt: string;
};
