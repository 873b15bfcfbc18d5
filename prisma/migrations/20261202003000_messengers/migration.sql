-- A person is (messenger, their id there). Everyone so far is on Telegram and keeps their id, which was their
-- Telegram user id: people on other messengers get ids from a sequence above every Telegram user id (2^52).
CREATE TYPE "Messenger" AS ENUM ('TELEGRAM', 'BALE');

CREATE SEQUENCE "Person_id_seq" AS BIGINT START WITH 4503599627370496 MINVALUE 4503599627370496;

ALTER TABLE "Person" ADD COLUMN "messenger" "Messenger" NOT NULL DEFAULT 'TELEGRAM',
ADD COLUMN "externalId" BIGINT;

UPDATE "Person" SET "externalId" = "id";

ALTER TABLE "Person" ALTER COLUMN "externalId" SET NOT NULL,
ALTER COLUMN "id" SET DEFAULT nextval('"Person_id_seq"'::regclass);

ALTER SEQUENCE "Person_id_seq" OWNED BY "Person"."id";

CREATE UNIQUE INDEX "Person_messenger_externalId_key" ON "Person"("messenger", "externalId");
