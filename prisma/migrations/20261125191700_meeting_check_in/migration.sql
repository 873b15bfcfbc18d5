-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "checkInCode" TEXT;

-- AlterTable
ALTER TABLE "MeetingInvitation" ADD COLUMN     "presentAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_checkInCode_key" ON "Meeting"("checkInCode");
