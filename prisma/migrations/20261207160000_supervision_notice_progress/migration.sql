-- The city dashboard shows open 督查单 per county, and is pre-rendered per data version
-- (lib/prerendered): a change to a notice moves the version, as a report's change does.
CREATE CONSTRAINT TRIGGER "SupervisionNotice_progress" AFTER INSERT OR UPDATE OR DELETE ON "SupervisionNotice"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION progress_bump();
