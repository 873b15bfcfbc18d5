-- The bots each person has started: with a bot per province, a person is reached only through a bot they started.
CREATE TABLE "PersonBot" (
    "personId" BIGINT NOT NULL,
    "bot" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonBot_pkey" PRIMARY KEY ("personId","bot")
);

ALTER TABLE "PersonBot" ADD CONSTRAINT "PersonBot_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Everyone so far talked to their messenger's one bot, the bot of the whole country.
INSERT INTO "PersonBot" ("personId", "bot", "startedAt")
SELECT id, lower(messenger::text), "createdAt" FROM "Person";

-- The bot its official wrote a broadcast to, which alone can copy it (null: their messenger's bot of the whole country).
ALTER TABLE "Broadcast" ADD COLUMN "sourceBot" TEXT;

-- File ids are a bot's own: a broadcast's photo is uploaded once per bot, not per messenger.
ALTER TABLE "BroadcastUpload" ADD COLUMN "bot" TEXT;
UPDATE "BroadcastUpload" SET "bot" = lower(messenger::text);
ALTER TABLE "BroadcastUpload" ALTER COLUMN "bot" SET NOT NULL;
ALTER TABLE "BroadcastUpload" DROP CONSTRAINT "BroadcastUpload_pkey";
ALTER TABLE "BroadcastUpload" ADD CONSTRAINT "BroadcastUpload_pkey" PRIMARY KEY ("broadcastId", "bot");
