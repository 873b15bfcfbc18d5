-- AlterTable
ALTER TABLE "Ngo" ADD COLUMN     "allowContact" BOOLEAN NOT NULL DEFAULT false;
