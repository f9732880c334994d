-- Versioned tombstones and the projection's effect log.
--
-- Archived listings stay as tombstone rows (deleted, version = the archive's revision) until the
-- purge horizon (docs/operations.md, "Search tombstones"); the partial index finds the old ones.
CREATE INDEX IF NOT EXISTS search_document_updated_at_idx ON search_document (updated_at) WHERE deleted;

-- One row per event the live projector handled, written in the same transaction as its effect and
-- its inbox row: what it did to which document at which version. No uniqueness on event_id on
-- purpose: an event applied twice shows up as two rows (the stack tests assert there are none).
-- Pruned with the tombstones after the same horizon.
CREATE TABLE IF NOT EXISTS search_projection_log (
  seq bigserial PRIMARY KEY,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  document_id text NOT NULL,
  version integer NOT NULL,
  -- upserted | deleted | stale (an older or same version: nothing changed)
  outcome text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS search_projection_log_event_idx ON search_projection_log (event_id);
CREATE INDEX IF NOT EXISTS search_projection_log_document_idx ON search_projection_log (document_id, seq);
CREATE INDEX IF NOT EXISTS search_projection_log_recorded_idx ON search_projection_log (recorded_at);
