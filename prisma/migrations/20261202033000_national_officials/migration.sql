-- National officials act for every province: they have neither a province nor a county.
ALTER TYPE "OfficialScope" ADD VALUE 'NATIONAL' BEFORE 'PROVINCE';

ALTER TABLE "Official" ALTER COLUMN "provinceId" DROP NOT NULL;

-- The scope and its ids agree (compared as text: a value added to an enum cannot be used in the transaction that adds it).
ALTER TABLE "Official" ADD CONSTRAINT "Official_scope_ids" CHECK (
  CASE "scope"::text
    WHEN 'NATIONAL' THEN "provinceId" IS NULL AND "countyId" IS NULL
    WHEN 'PROVINCE' THEN "provinceId" IS NOT NULL AND "countyId" IS NULL
    ELSE "provinceId" IS NOT NULL AND "countyId" IS NOT NULL
  END
);
