-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "checkInClosesAt" TIMESTAMP(3),
ADD COLUMN     "checkInOpenedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CheckInAttempt" (
    "id" BIGSERIAL NOT NULL,
    "personId" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckInAttempt_personId_at_idx" ON "CheckInAttempt"("personId", "at");
