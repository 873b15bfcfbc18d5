-- Broadcasts of national officials and superadmins can target provinces: one, several or all.
ALTER TABLE "Broadcast" ADD COLUMN "provinceIds" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];
