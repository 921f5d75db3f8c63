-- CreateEnum
CREATE TYPE "NoticeColour" AS ENUM ('YELLOW', 'RED');

-- CreateEnum
CREATE TYPE "NoticeReason" AS ENUM ('BEHIND', 'SERIOUSLY_BEHIND', 'OVERDUE', 'UNANSWERED', 'MANUAL');

-- CreateEnum
CREATE TYPE "NoticeState" AS ENUM ('PROPOSED', 'ISSUED', 'FEEDBACK', 'RETURNED', 'ACCEPTED', 'WITHDRAWN', 'DISMISSED', 'ESCALATED');

-- CreateEnum
CREATE TYPE "BulletinState" AS ENUM ('DRAFT', 'ISSUED');

-- CreateEnum
CREATE TYPE "CloseoutState" AS ENUM ('APPLIED', 'VERIFIED', 'CLOSED', 'RETURNED', 'REOPENED');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "closeoutId" INTEGER,
ADD COLUMN     "noticeId" INTEGER,
ALTER COLUMN "reportId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "SupervisionNotice" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER,
    "colour" "NoticeColour" NOT NULL,
    "reason" "NoticeReason" NOT NULL,
    "state" "NoticeState" NOT NULL,
    "unitId" INTEGER NOT NULL,
    "pointId" INTEGER,
    "indicatorId" INTEGER,
    "period" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "facts" TEXT NOT NULL,
    "factsData" JSONB,
    "feedbackDue" DATE,
    "escalatedFromId" INTEGER,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "issuedAt" TIMESTAMP(3),
    "issuedById" INTEGER,
    "feedbackText" TEXT NOT NULL DEFAULT '',
    "feedbackAt" TIMESTAMP(3),
    "feedbackById" INTEGER,
    "decisionNote" TEXT NOT NULL DEFAULT '',
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SupervisionNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "yellowOverdueDays" INTEGER NOT NULL DEFAULT 3,
    "redOverdueDays" INTEGER NOT NULL DEFAULT 7,
    "feedbackWorkingDays" INTEGER NOT NULL DEFAULT 5,
    "autoIssue" BOOLEAN NOT NULL DEFAULT false,
    "praiseTopCount" INTEGER NOT NULL DEFAULT 3,
    "criticiseOnTimeBelow" DOUBLE PRECISION NOT NULL DEFAULT 0.8,

    CONSTRAINT "SupervisionSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bulletin" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "number" INTEGER,
    "state" "BulletinState" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "texts" JSONB NOT NULL,
    "figures" JSONB,
    "signedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "issuedAt" TIMESTAMP(3),
    "issuedById" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Bulletin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Closeout" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "pointId" INTEGER NOT NULL,
    "indicatorId" INTEGER,
    "state" "CloseoutState" NOT NULL,
    "summary" TEXT NOT NULL,
    "factsData" JSONB,
    "appliedAt" TIMESTAMP(3) NOT NULL,
    "appliedById" INTEGER NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" INTEGER,
    "verifyNote" TEXT NOT NULL DEFAULT '',
    "closedAt" TIMESTAMP(3),
    "closedById" INTEGER,
    "returnReason" TEXT NOT NULL DEFAULT '',
    "reopenedAt" TIMESTAMP(3),
    "reopenedById" INTEGER,
    "reopenReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Closeout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionNotice_escalatedFromId_key" ON "SupervisionNotice"("escalatedFromId");

-- CreateIndex
CREATE INDEX "SupervisionNotice_state_idx" ON "SupervisionNotice"("state");

-- CreateIndex
CREATE INDEX "SupervisionNotice_unitId_state_idx" ON "SupervisionNotice"("unitId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionNotice_year_number_key" ON "SupervisionNotice"("year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionNotice_unitId_subject_colour_key" ON "SupervisionNotice"("unitId", "subject", "colour");

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_period_key" ON "Bulletin"("period");

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_year_number_key" ON "Bulletin"("year", "number");

-- CreateIndex
CREATE INDEX "Closeout_unitId_state_idx" ON "Closeout"("unitId", "state");

-- CreateIndex
CREATE INDEX "Closeout_pointId_state_idx" ON "Closeout"("pointId", "state");

-- CreateIndex
CREATE INDEX "Attachment_noticeId_idx" ON "Attachment"("noticeId");

-- CreateIndex
CREATE INDEX "Attachment_closeoutId_idx" ON "Attachment"("closeoutId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "SupervisionNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_closeoutId_fkey" FOREIGN KEY ("closeoutId") REFERENCES "Closeout"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "WorkPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionNotice" ADD CONSTRAINT "SupervisionNotice_escalatedFromId_fkey" FOREIGN KEY ("escalatedFromId") REFERENCES "SupervisionNotice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Closeout" ADD CONSTRAINT "Closeout_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Closeout" ADD CONSTRAINT "Closeout_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "WorkPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Closeout" ADD CONSTRAINT "Closeout_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An attachment belongs to exactly one owner: a report, a 督查单's feedback, or a close-out application.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_one_owner"
  CHECK (num_nonnulls("reportId", "noticeId", "closeoutId") = 1);

-- At most one live close-out per unit and subject (applied, verified or closed); returned and reopened ones are history.
CREATE UNIQUE INDEX "Closeout_one_live" ON "Closeout" ("unitId", "pointId", COALESCE("indicatorId", 0))
  WHERE "state" IN ('APPLIED', 'VERIFIED', 'CLOSED');

-- A close-out changes what the dashboards count as 已办结: it moves the progress stamp like a report.
CREATE CONSTRAINT TRIGGER "Closeout_progress" AFTER INSERT OR UPDATE OR DELETE ON "Closeout"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();

-- The settings row the ladder and the 通报 read (defaults as in the issue: 3 and 7 days overdue, 5 working days).
INSERT INTO "SupervisionSettings" ("id") VALUES (1);
