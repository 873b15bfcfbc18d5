-- AlterTable: a version of what officials review, for review buttons
ALTER TABLE "Ngo" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable: the NGOs each meeting invites
CREATE TABLE "MeetingNgo" (
    "meetingId" TEXT NOT NULL,
    "ngoId" TEXT NOT NULL,

    CONSTRAINT "MeetingNgo_pkey" PRIMARY KEY ("meetingId","ngoId")
);

-- CreateIndex
CREATE INDEX "MeetingNgo_ngoId_idx" ON "MeetingNgo"("ngoId");

-- AddForeignKey
ALTER TABLE "MeetingNgo" ADD CONSTRAINT "MeetingNgo_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingNgo" ADD CONSTRAINT "MeetingNgo_ngoId_fkey" FOREIGN KEY ("ngoId") REFERENCES "Ngo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Meetings scheduled before: the NGOs their invitations went through
INSERT INTO "MeetingNgo" ("meetingId", "ngoId") SELECT DISTINCT "meetingId", "ngoId" FROM "MeetingInvitation";
