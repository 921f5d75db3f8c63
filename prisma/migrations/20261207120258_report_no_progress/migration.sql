-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "noProgress" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "noProgressReason" TEXT NOT NULL DEFAULT '';
