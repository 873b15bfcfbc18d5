-- CreateEnum
CREATE TYPE "PartnerRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "PartnerRequest" (
    "id" TEXT NOT NULL,
    "fromNgoId" TEXT NOT NULL,
    "toNgoId" TEXT NOT NULL,
    "status" "PartnerRequestStatus" NOT NULL DEFAULT 'PENDING',
    "createdById" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "PartnerRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CountyNeighbours" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_CountyNeighbours_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "PartnerRequest_fromNgoId_createdAt_idx" ON "PartnerRequest"("fromNgoId", "createdAt");

-- CreateIndex
CREATE INDEX "PartnerRequest_toNgoId_fromNgoId_idx" ON "PartnerRequest"("toNgoId", "fromNgoId");

-- CreateIndex
CREATE INDEX "_CountyNeighbours_B_index" ON "_CountyNeighbours"("B");

-- AddForeignKey
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_fromNgoId_fkey" FOREIGN KEY ("fromNgoId") REFERENCES "Ngo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_toNgoId_fkey" FOREIGN KEY ("toNgoId") REFERENCES "Ngo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountyNeighbours" ADD CONSTRAINT "_CountyNeighbours_A_fkey" FOREIGN KEY ("A") REFERENCES "County"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountyNeighbours" ADD CONSTRAINT "_CountyNeighbours_B_fkey" FOREIGN KEY ("B") REFERENCES "County"("id") ON DELETE CASCADE ON UPDATE CASCADE;
