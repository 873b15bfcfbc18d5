-- CreateEnum
CREATE TYPE "AgendaOutcome" AS ENUM ('RESOLVED', 'FOLLOW_UP', 'REFERRED');

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "outcome" "AgendaOutcome",
ADD COLUMN     "outcomeAt" TIMESTAMP(3),
ADD COLUMN     "outcomeById" BIGINT,
ADD COLUMN     "outcomeNote" TEXT;
