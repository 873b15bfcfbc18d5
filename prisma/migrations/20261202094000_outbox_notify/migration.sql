-- Whoever writes outbox rows wakes the workers' dispatcher (src/jobs/outbox.ts), which LISTENs on "outbox":
-- Postgres delivers the notification when the writing transaction commits, and only if it does, once per
-- transaction however many rows it wrote. A trigger, so every writer notifies, raw SQL and CTEs included (a rule
-- would refuse the INSERT inside people.ts's WITH).
-- The body's semicolons are written \073: Prisma's pg adapter runs a migration statement by statement, split at
-- every semicolon, quoted or not.
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM pg_notify(''outbox'', '''')\073 RETURN NULL\073 END'
;

CREATE TRIGGER outbox_notify AFTER INSERT ON "Outbox" FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()
;
