-- CreateEnum
CREATE TYPE "TrainingPillar" AS ENUM ('KNOWLEDGE', 'EXPERIENCE', 'ON_THE_JOB');

-- CreateEnum
CREATE TYPE "TrainingFormat" AS ENUM ('IN_PERSON', 'ONLINE', 'EITHER');

-- CreateEnum
CREATE TYPE "NeedPriority" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateTable
CREATE TABLE "TrainingTopic" (
    "id" SERIAL NOT NULL,
    "code" TEXT,
    "pillar" "TrainingPillar" NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAz" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdById" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsRound" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "openedById" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "closedById" BIGINT,

    CONSTRAINT "NeedsRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsInvitation" (
    "roundId" TEXT NOT NULL,
    "ngoId" TEXT NOT NULL,
    "countyId" INTEGER NOT NULL,

    CONSTRAINT "NeedsInvitation_pkey" PRIMARY KEY ("roundId","ngoId")
);

-- CreateTable
CREATE TABLE "NeedsAnswer" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "ngoId" TEXT NOT NULL,
    "format" "TrainingFormat" NOT NULL,
    "attendees" INTEGER NOT NULL,
    "days" INTEGER[],
    "times" TEXT[],
    "otherNeed" TEXT,
    "answeredById" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NeedsAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsChoice" (
    "answerId" TEXT NOT NULL,
    "topicId" INTEGER NOT NULL,
    "priority" "NeedPriority" NOT NULL,

    CONSTRAINT "NeedsChoice_pkey" PRIMARY KEY ("answerId","topicId")
);

-- CreateTable
CREATE TABLE "NeedsReminder" (
    "roundId" TEXT NOT NULL,
    "ngoId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedsReminder_pkey" PRIMARY KEY ("roundId","ngoId","step")
);

-- CreateTable
CREATE TABLE "_CountyToNeedsRound" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CountyToNeedsRound_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrainingTopic_code_key" ON "TrainingTopic"("code");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingTopic_nameKey_key" ON "TrainingTopic"("nameKey");

-- CreateIndex
CREATE INDEX "NeedsRound_closedAt_deadline_idx" ON "NeedsRound"("closedAt", "deadline");

-- CreateIndex
CREATE INDEX "NeedsInvitation_ngoId_idx" ON "NeedsInvitation"("ngoId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsAnswer_roundId_ngoId_key" ON "NeedsAnswer"("roundId", "ngoId");

-- CreateIndex
CREATE INDEX "NeedsChoice_topicId_idx" ON "NeedsChoice"("topicId");

-- CreateIndex
CREATE INDEX "_CountyToNeedsRound_B_index" ON "_CountyToNeedsRound"("B");

-- AddForeignKey
ALTER TABLE "NeedsRound" ADD CONSTRAINT "NeedsRound_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsInvitation" ADD CONSTRAINT "NeedsInvitation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "NeedsRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsInvitation" ADD CONSTRAINT "NeedsInvitation_ngoId_fkey" FOREIGN KEY ("ngoId") REFERENCES "Ngo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsAnswer" ADD CONSTRAINT "NeedsAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "NeedsRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsAnswer" ADD CONSTRAINT "NeedsAnswer_ngoId_fkey" FOREIGN KEY ("ngoId") REFERENCES "Ngo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsChoice" ADD CONSTRAINT "NeedsChoice_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "NeedsAnswer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsChoice" ADD CONSTRAINT "NeedsChoice_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "TrainingTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReminder" ADD CONSTRAINT "NeedsReminder_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "NeedsRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountyToNeedsRound" ADD CONSTRAINT "_CountyToNeedsRound_A_fkey" FOREIGN KEY ("A") REFERENCES "County"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CountyToNeedsRound" ADD CONSTRAINT "_CountyToNeedsRound_B_fkey" FOREIGN KEY ("B") REFERENCES "NeedsRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;
