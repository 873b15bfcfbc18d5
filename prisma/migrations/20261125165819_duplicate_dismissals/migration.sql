-- CreateTable
CREATE TABLE "DuplicateDismissal" (
    "firstNgoId" TEXT NOT NULL,
    "secondNgoId" TEXT NOT NULL,
    "dismissedById" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DuplicateDismissal_pkey" PRIMARY KEY ("firstNgoId","secondNgoId")
);
