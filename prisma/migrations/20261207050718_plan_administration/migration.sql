-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "PointKind" AS ENUM ('QUANTITATIVE', 'QUALITATIVE');

-- CreateEnum
CREATE TYPE "QuotaMode" AS ENUM ('SPLIT', 'SAME', 'MINIMUM', 'NONE');

-- CreateEnum
CREATE TYPE "ProgressRule" AS ENUM ('LINEAR', 'CURVE', 'LEVEL', 'BY_DATE');

-- CreateEnum
CREATE TYPE "BaselineSource" AS ENUM ('TYPED', 'PREVIOUS_YEAR');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "dueOn" DATE,
ADD COLUMN     "quotaGapReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "quotaMode" "QuotaMode" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "retiredReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "rule" "ProgressRule" NOT NULL DEFAULT 'LINEAR',
ADD COLUMN     "wholeNumbers" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "firstPeriod" TEXT,
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT';

-- AlterTable
ALTER TABLE "ReportValue" ADD COLUMN     "implausible" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "WorkPoint" ADD COLUMN     "kind" "PointKind" NOT NULL DEFAULT 'QUANTITATIVE';

-- CreateTable
CREATE TABLE "Baseline" (
    "indicatorId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "value" DECIMAL(18,4),
    "numerator" DECIMAL(18,4),
    "denominator" DECIMAL(18,4),
    "source" "BaselineSource" NOT NULL DEFAULT 'TYPED',

    CONSTRAINT "Baseline_pkey" PRIMARY KEY ("indicatorId","unitId")
);

-- CreateTable
CREATE TABLE "PlanChange" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "pointId" INTEGER,
    "indicatorId" INTEGER,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "userId" INTEGER,
    "username" TEXT,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Baseline_unitId_idx" ON "Baseline"("unitId");

-- CreateIndex
CREATE INDEX "PlanChange_planId_at_idx" ON "PlanChange"("planId", "at");

-- CreateIndex
CREATE INDEX "PlanChange_pointId_idx" ON "PlanChange"("pointId");

-- AddForeignKey
ALTER TABLE "Baseline" ADD CONSTRAINT "Baseline_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Baseline" ADD CONSTRAINT "Baseline_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanChange" ADD CONSTRAINT "PlanChange_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Plans that existed before plans had a status were being reported on: they stay published from January.
UPDATE "Plan" SET "status" = 'PUBLISHED', "publishedAt" = "createdAt", "firstPeriod" = "year"::text || '-01';
-- A point without indicators was followed through its reports only: qualitative.
UPDATE "WorkPoint" p SET "kind" = 'QUALITATIVE' WHERE NOT EXISTS (SELECT 1 FROM "Indicator" i WHERE i."pointId" = p.id);
-- How existing indicators reached the counties, and their rule, as the data already said.
UPDATE "Indicator" i SET "quotaMode" = CASE WHEN i.kind = 'SUM' THEN 'SPLIT'::"QuotaMode" ELSE 'SAME'::"QuotaMode" END
 WHERE EXISTS (SELECT 1 FROM "Quota" q WHERE q."indicatorId" = i.id);
UPDATE "Indicator" SET "rule" = 'CURVE' WHERE cardinality("schedule") = 12;

-- Baselines move expected progress and forecasts, like quotas.
CREATE CONSTRAINT TRIGGER "Baseline_progress" AFTER INSERT OR UPDATE OR DELETE ON "Baseline" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
