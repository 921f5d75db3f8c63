-- AlterTable
ALTER TABLE "Bulletin" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Closeout" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "SupervisionNotice" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;
