-- The search index's generation and the rebuild lease (`npm run rebuild-index -w @sti/search`).
-- A rebuild replays the event history into a shadow of search_document, swaps it in and bumps
-- `generation` in the same transaction; a search service holding an embedded index rebuilds its
-- index from the table when the generation it built from is not the current one.
CREATE TABLE IF NOT EXISTS search_index_state (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  generation integer NOT NULL DEFAULT 0,
  rebuilt_at timestamptz,
  -- one rebuild at a time: the running one's id and its last heartbeat (a stale lease can be taken over)
  rebuild_owner text,
  rebuild_heartbeat timestamptz
);
INSERT INTO search_index_state (id) VALUES (true) ON CONFLICT (id) DO NOTHING;
