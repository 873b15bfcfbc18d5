-- Outbox rows stay until their delivery is done, so that work queued in Redis can be queued again if Redis loses it;
-- rows without a person are intents for the workers (start a broadcast, drop its queued jobs).
ALTER TABLE "Outbox" ALTER COLUMN "personId" DROP NOT NULL;
ALTER TABLE "Outbox" ADD COLUMN "dispatchedAt" TIMESTAMP(3);
ALTER TABLE "Outbox" ADD COLUMN "dispatchedTo" TEXT;
CREATE INDEX "Outbox_dispatchedAt_id_idx" ON "Outbox"("dispatchedAt", "id");

-- When the meeting's start time was last set: reminders whose time had already passed then are not sent.
ALTER TABLE "Meeting" ADD COLUMN "scheduledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "Meeting" SET "scheduledAt" = "createdAt";
CREATE INDEX "Meeting_status_startsAt_idx" ON "Meeting"("status", "startsAt");
