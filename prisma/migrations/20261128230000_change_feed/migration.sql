-- The database tells every portal instance at commit what changed (NOTIFY portal_changes), so the
-- front door (lib/prerendered/front-door.ts) can route a dashboard request without asking:
--   'progress <version>'  the ProgressStamp moved (the same deferred trigger that bumps it);
--   'accounts'            a session ended, or a user or unit changed (role, password, disabled …).
-- Notifications are delivered only when the transaction commits, together with its data.
CREATE OR REPLACE FUNCTION progress_bump() RETURNS trigger AS $$
DECLARE
  new_version bigint;
BEGIN
  IF current_setting('portal.progress_bumped', true) = 'yes' THEN
    RETURN NULL;
  END IF;
  UPDATE "ProgressStamp" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO new_version;
  PERFORM set_config('portal.progress_bumped', 'yes', true);
  PERFORM pg_notify('portal_changes', 'progress ' || new_version);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION accounts_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('portal_changes', 'accounts');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Of a session only its end matters: lastSeenAt moves all the time and changes nobody's access.
CREATE TRIGGER "Session_accounts" AFTER UPDATE OF "endedAt" OR DELETE ON "Session" FOR EACH STATEMENT EXECUTE FUNCTION accounts_changed();
CREATE TRIGGER "User_accounts" AFTER UPDATE OR DELETE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION accounts_changed();
CREATE TRIGGER "Unit_accounts" AFTER UPDATE OR DELETE ON "Unit" FOR EACH STATEMENT EXECUTE FUNCTION accounts_changed();
