-- AlterTable
ALTER TABLE "Ngo" ADD COLUMN "draftKey" TEXT;
ALTER TABLE "NeedsRound" ADD COLUMN "draftKey" TEXT;
ALTER TABLE "Broadcast" ADD COLUMN "draftKey" TEXT;
ALTER TABLE "Meeting" ADD COLUMN "draftKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Ngo_draftKey_key" ON "Ngo"("draftKey");
CREATE UNIQUE INDEX "NeedsRound_draftKey_key" ON "NeedsRound"("draftKey");
CREATE UNIQUE INDEX "Broadcast_draftKey_key" ON "Broadcast"("draftKey");
CREATE UNIQUE INDEX "Meeting_draftKey_key" ON "Meeting"("draftKey");
