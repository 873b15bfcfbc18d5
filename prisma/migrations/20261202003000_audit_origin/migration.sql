-- Where an audited action was taken: in the bot (every entry so far) or on the officials' web dashboard.
ALTER TABLE "AuditLog" ADD COLUMN "origin" TEXT NOT NULL DEFAULT 'bot';
