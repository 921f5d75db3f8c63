-- AlterTable
ALTER TABLE "Attachment" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "recordedAt" TIMESTAMP(3),
ALTER COLUMN "at" DROP DEFAULT;

-- AlterTable
ALTER TABLE "DueDateExtension" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Notification" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Plan" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Report" ALTER COLUMN "createdAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "ReportEvent" ALTER COLUMN "at" DROP DEFAULT;

-- CreateTable
CREATE TABLE "ClockStart" (
    "startsAt" TIMESTAMP(3) NOT NULL,
    "realStartedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClockStart_pkey" PRIMARY KEY ("startsAt")
);

-- The audit trail on the portal's clock (written by hand, like the chain itself). `at` is now the time
-- the portal shows (the demo's 2022 in demo mode), sent by the portal; "recordedAt" is the real time,
-- set here whatever the portal sends, so the chain still says when each row was really written. The
-- hash covers both; concat_ws skips a NULL, so rows written before this migration hash as they did.
CREATE OR REPLACE FUNCTION audit_event_hash(e "AuditEvent") RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(chr(31),
    e."prevHash", e.id::text, to_char(e.at, 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e."userId"::text, ''), coalesce(e.username, ''), coalesce(e.role, ''), coalesce(e."unitCode", ''),
    e.action, coalesce(e."objectType", ''), coalesce(e."objectId", ''), e.result,
    coalesce(e."clientAddress", ''), coalesce(e."requestId", ''),
    coalesce(e.before::text, ''), coalesce(e.after::text, ''), coalesce(e.detail, ''),
    to_char(e."recordedAt", 'YYYY-MM-DD"T"HH24:MI:SS.US')
  ), 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7302202201);
  NEW.id := nextval(pg_get_serial_sequence('"AuditEvent"', 'id'));
  NEW."recordedAt" := date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC');
  NEW.at := coalesce(date_trunc('milliseconds', NEW.at), NEW."recordedAt");
  SELECT hash INTO NEW."prevHash" FROM "AuditEvent" ORDER BY id DESC LIMIT 1;
  NEW."prevHash" := coalesce(NEW."prevHash", 'GENESIS');
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END
$$;
