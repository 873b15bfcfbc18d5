-- Every card of an NGO awaiting review sent to an official (the person and the message), so that its buttons go once the NGO is reviewed.
CREATE TABLE "ReviewCard" (
    "personId" BIGINT NOT NULL,
    "messageId" INTEGER NOT NULL,
    "ngoId" TEXT NOT NULL,

    CONSTRAINT "ReviewCard_pkey" PRIMARY KEY ("personId","messageId")
);

CREATE INDEX "ReviewCard_ngoId_idx" ON "ReviewCard"("ngoId");

ALTER TABLE "ReviewCard" ADD CONSTRAINT "ReviewCard_ngoId_fkey" FOREIGN KEY ("ngoId") REFERENCES "Ngo"("id") ON DELETE CASCADE ON UPDATE CASCADE;
