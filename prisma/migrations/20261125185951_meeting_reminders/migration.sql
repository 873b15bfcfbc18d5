-- CreateTable
CREATE TABLE "MeetingReminder" (
    "meetingId" TEXT NOT NULL,
    "personId" BIGINT NOT NULL,
    "step" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingReminder_pkey" PRIMARY KEY ("meetingId","personId","step","startsAt")
);
