-- CreateEnum
CREATE TYPE "NgoStatus" AS ENUM ('PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "OfficialScope" AS ENUM ('PROVINCE', 'COUNTY');

-- CreateTable
CREATE TABLE "Province" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAz" TEXT NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "County" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAz" TEXT NOT NULL,

    CONSTRAINT "County_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Field" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameFa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameAz" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Field_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" BIGINT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT,
    "username" TEXT,
    "telegramLang" TEXT,
    "locale" TEXT,
    "unreachableSince" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ngo" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT,
    "registrationNumber" TEXT NOT NULL,
    "registrationKey" TEXT,
    "registeringAuthority" TEXT NOT NULL,
    "countyId" INTEGER NOT NULL,
    "foundedYear" INTEGER NOT NULL,
    "memberCount" INTEGER NOT NULL,
    "isYouth" BOOLEAN NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "NgoStatus" NOT NULL DEFAULT 'PENDING',
    "rejectionReason" TEXT,
    "leaderId" BIGINT,
    "submittedById" BIGINT NOT NULL,
    "inviteToken" TEXT NOT NULL,
    "reviewedById" BIGINT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ngo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "ngoId" TEXT NOT NULL,
    "personId" BIGINT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("ngoId","personId")
);

-- CreateTable
CREATE TABLE "Official" (
    "personId" BIGINT NOT NULL,
    "scope" "OfficialScope" NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "countyId" INTEGER,
    "grantedById" BIGINT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Official_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" BIGINT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_FieldToNgo" (
    "A" INTEGER NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FieldToNgo_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "County_code_key" ON "County"("code");

-- CreateIndex
CREATE INDEX "County_provinceId_idx" ON "County"("provinceId");

-- CreateIndex
CREATE UNIQUE INDEX "Field_code_key" ON "Field"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Ngo_registrationKey_key" ON "Ngo"("registrationKey");

-- CreateIndex
CREATE UNIQUE INDEX "Ngo_leaderId_key" ON "Ngo"("leaderId");

-- CreateIndex
CREATE UNIQUE INDEX "Ngo_inviteToken_key" ON "Ngo"("inviteToken");

-- CreateIndex
CREATE INDEX "Ngo_status_countyId_idx" ON "Ngo"("status", "countyId");

-- CreateIndex
CREATE UNIQUE INDEX "Ngo_countyId_nameKey_key" ON "Ngo"("countyId", "nameKey");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE INDEX "Official_provinceId_countyId_idx" ON "Official"("provinceId", "countyId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "_FieldToNgo_B_index" ON "_FieldToNgo"("B");

-- AddForeignKey
ALTER TABLE "County" ADD CONSTRAINT "County_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ngo" ADD CONSTRAINT "Ngo_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ngo" ADD CONSTRAINT "Ngo_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_ngoId_fkey" FOREIGN KEY ("ngoId") REFERENCES "Ngo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Official" ADD CONSTRAINT "Official_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FieldToNgo" ADD CONSTRAINT "_FieldToNgo_A_fkey" FOREIGN KEY ("A") REFERENCES "Field"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FieldToNgo" ADD CONSTRAINT "_FieldToNgo_B_fkey" FOREIGN KEY ("B") REFERENCES "Ngo"("id") ON DELETE CASCADE ON UPDATE CASCADE;
