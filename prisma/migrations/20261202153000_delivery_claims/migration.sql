-- A delivery job claims the message it carries before sending it (src/jobs/delivery.ts): another job for the same
-- message (queued again after Redis lost its data, or by a resume, while the first was still sending) waits until the
-- first has recorded it or its claim has lapsed, instead of sending it a second time.
ALTER TABLE "BroadcastDelivery" ADD COLUMN "claimedBy" TEXT, ADD COLUMN "claimedUntil" TIMESTAMP(3);
ALTER TABLE "Outbox" ADD COLUMN "claimedBy" TEXT, ADD COLUMN "claimedUntil" TIMESTAMP(3);
