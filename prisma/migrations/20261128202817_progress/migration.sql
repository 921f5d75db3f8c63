-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "schedule" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
ADD COLUMN     "weight" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "weight" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "WorkPoint" ADD COLUMN     "weight" DOUBLE PRECISION NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ProgressStamp" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ProgressStamp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressCache" (
    "key" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "payload" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressCache_pkey" PRIMARY KEY ("key")
);

-- Written by hand below: weights are never negative, and the progress stamp.
ALTER TABLE "Section" ADD CONSTRAINT "Section_weight_check" CHECK ("weight" >= 0);
ALTER TABLE "WorkPoint" ADD CONSTRAINT "WorkPoint_weight_check" CHECK ("weight" >= 0);
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_weight_check" CHECK ("weight" >= 0);

INSERT INTO "ProgressStamp" ("id", "version") VALUES (1, 0);

-- Bumps the stamp once per transaction that changed anything progress is computed from. The
-- trigger is deferred to commit, so the stamp row is the last lock a transaction takes (no lock
-- cycles with the rows it changed) and the new version becomes visible together with the data.
CREATE FUNCTION progress_bump() RETURNS trigger AS $$
BEGIN
  IF current_setting('portal.progress_bumped', true) = 'yes' THEN
    RETURN NULL;
  END IF;
  UPDATE "ProgressStamp" SET "version" = "version" + 1 WHERE "id" = 1;
  PERFORM set_config('portal.progress_bumped', 'yes', true);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER "Report_progress" AFTER INSERT OR UPDATE OR DELETE ON "Report" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
CREATE CONSTRAINT TRIGGER "ReportValue_progress" AFTER INSERT OR UPDATE OR DELETE ON "ReportValue" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
CREATE CONSTRAINT TRIGGER "ReportEvent_progress" AFTER INSERT OR UPDATE OR DELETE ON "ReportEvent" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
CREATE CONSTRAINT TRIGGER "DueDateExtension_progress" AFTER INSERT OR UPDATE OR DELETE ON "DueDateExtension" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
CREATE CONSTRAINT TRIGGER "Indicator_progress" AFTER INSERT OR UPDATE OR DELETE ON "Indicator" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
CREATE CONSTRAINT TRIGGER "Quota_progress" AFTER INSERT OR UPDATE OR DELETE ON "Quota" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
CREATE CONSTRAINT TRIGGER "WorkPoint_progress" AFTER INSERT OR UPDATE OR DELETE ON "WorkPoint" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
CREATE CONSTRAINT TRIGGER "Section_progress" AFTER INSERT OR UPDATE OR DELETE ON "Section" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
CREATE CONSTRAINT TRIGGER "Unit_progress" AFTER INSERT OR UPDATE OR DELETE ON "Unit" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
CREATE CONSTRAINT TRIGGER "Plan_progress" AFTER INSERT OR UPDATE OR DELETE ON "Plan" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
