-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingAnswer" AS ENUM ('YES', 'NO');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "countyId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "venue" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "fieldIds" INTEGER[],
    "membersInvited" BOOLEAN NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "createdById" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingInvitation" (
    "meetingId" TEXT NOT NULL,
    "personId" BIGINT NOT NULL,
    "ngoId" TEXT NOT NULL,
    "isLeader" BOOLEAN NOT NULL,
    "answer" "MeetingAnswer",
    "headcount" INTEGER,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "MeetingInvitation_pkey" PRIMARY KEY ("meetingId","personId")
);

-- CreateIndex
CREATE INDEX "Meeting_countyId_startsAt_idx" ON "Meeting"("countyId", "startsAt");

-- CreateIndex
CREATE INDEX "MeetingInvitation_ngoId_idx" ON "MeetingInvitation"("ngoId");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingInvitation" ADD CONSTRAINT "MeetingInvitation_ngoId_fkey" FOREIGN KEY ("ngoId") REFERENCES "Ngo"("id") ON DELETE CASCADE ON UPDATE CASCADE;
