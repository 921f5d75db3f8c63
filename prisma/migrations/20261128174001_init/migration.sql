-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('BUREAU', 'DEPARTMENT', 'COUNTY');

-- CreateEnum
CREATE TYPE "AggregationKind" AS ENUM ('SUM', 'RATE', 'RATIO', 'MILESTONE');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('AT_LEAST', 'AT_MOST');

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "docNumber" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuedAt" DATE NOT NULL,
    "sourceText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "no" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkPoint" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "no" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "leadUnitId" INTEGER NOT NULL,

    CONSTRAINT "WorkPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportingUnit" (
    "pointId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,

    CONSTRAINT "SupportingUnit_pkey" PRIMARY KEY ("pointId","unitId")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "pointId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "target" DECIMAL(18,4) NOT NULL,
    "direction" "Direction" NOT NULL,
    "kind" "AggregationKind" NOT NULL,
    "sourceText" TEXT NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quota" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "target" DECIMAL(18,4) NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Quota_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_name_key" ON "Unit"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_year_key" ON "Plan"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Section_planId_no_key" ON "Section"("planId", "no");

-- CreateIndex
CREATE INDEX "WorkPoint_sectionId_idx" ON "WorkPoint"("sectionId");

-- CreateIndex
CREATE INDEX "WorkPoint_leadUnitId_idx" ON "WorkPoint"("leadUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkPoint_planId_no_key" ON "WorkPoint"("planId", "no");

-- CreateIndex
CREATE INDEX "SupportingUnit_unitId_idx" ON "SupportingUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_pointId_name_key" ON "Indicator"("pointId", "name");

-- CreateIndex
CREATE INDEX "Quota_unitId_idx" ON "Quota"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Quota_indicatorId_unitId_key" ON "Quota"("indicatorId", "unitId");

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPoint" ADD CONSTRAINT "WorkPoint_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPoint" ADD CONSTRAINT "WorkPoint_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPoint" ADD CONSTRAINT "WorkPoint_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportingUnit" ADD CONSTRAINT "SupportingUnit_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "WorkPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportingUnit" ADD CONSTRAINT "SupportingUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_pointId_fkey" FOREIGN KEY ("pointId") REFERENCES "WorkPoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quota" ADD CONSTRAINT "Quota_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
