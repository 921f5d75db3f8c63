-- CreateEnum
CREATE TYPE "ReminderTrigger" AS ENUM ('BEFORE_DUE', 'ON_DUE', 'OVERDUE', 'REVIEW_WAITING');

-- CreateTable
CREATE TABLE "ReminderRule" (
    "id" SERIAL NOT NULL,
    "trigger" "ReminderTrigger" NOT NULL,
    "days" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ReminderRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "id" SERIAL NOT NULL,
    "ruleId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReminderRule_trigger_days_key" ON "ReminderRule"("trigger", "days");

-- CreateIndex
CREATE INDEX "ReminderSent_unitId_sentAt_idx" ON "ReminderSent"("unitId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSent_ruleId_unitId_period_subject_key" ON "ReminderSent"("ruleId", "unitId", "period", "subject");

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "ReminderRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderSent" ADD CONSTRAINT "ReminderSent_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The default rules (issue 11): 3 days before the due date, on the due day, 1 and 3 days after it, and a
-- report waiting for review for 3 days. The supervisor edits them on 提醒规则.
INSERT INTO "ReminderRule" ("trigger", "days") VALUES
  ('BEFORE_DUE', 3), ('ON_DUE', 0), ('OVERDUE', 1), ('OVERDUE', 3), ('REVIEW_WAITING', 3);
