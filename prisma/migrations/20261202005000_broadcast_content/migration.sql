-- Broadcasts keep their content, for people on another messenger than the official's chat they are copied from.
CREATE TYPE "BroadcastContentKind" AS ENUM ('TEXT', 'PHOTO', 'DOCUMENT');

ALTER TABLE "Broadcast" ADD COLUMN "sourceMessenger" "Messenger" NOT NULL DEFAULT 'TELEGRAM',
ADD COLUMN "contentKind" "BroadcastContentKind",
ADD COLUMN "contentHtml" TEXT NOT NULL DEFAULT '',
ADD COLUMN "contentFileId" TEXT,
ADD COLUMN "contentFileName" TEXT;

CREATE TABLE "BroadcastUpload" (
    "broadcastId" TEXT NOT NULL,
    "messenger" "Messenger" NOT NULL,
    "fileId" TEXT,
    "claimedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BroadcastUpload_pkey" PRIMARY KEY ("broadcastId","messenger")
);

ALTER TABLE "BroadcastUpload" ADD CONSTRAINT "BroadcastUpload_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast"("id") ON DELETE CASCADE ON UPDATE CASCADE;
