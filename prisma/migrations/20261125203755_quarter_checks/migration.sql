-- CreateEnum
CREATE TYPE "QuarterOccasion" AS ENUM ('START', 'MID');

-- CreateTable
CREATE TABLE "QuarterCheck" (
    "provinceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "occasion" "QuarterOccasion" NOT NULL,
    "countyIds" INTEGER[],
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuarterCheck_pkey" PRIMARY KEY ("provinceId","year","quarter","occasion")
);

-- AddForeignKey
ALTER TABLE "QuarterCheck" ADD CONSTRAINT "QuarterCheck_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;
