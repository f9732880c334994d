-- Search service: event backbone tables (copied from packages/platform/src/events/sql/events-tables.sql)
-- and the search_document projection, the durable truth the engine index is derived from.


CREATE TABLE IF NOT EXISTS outbox (
  id uuid PRIMARY KEY,
  position bigserial NOT NULL UNIQUE,
  topic text NOT NULL,
  aggregate_type text NOT NULL,
  aggregate_id text NOT NULL,
  type text NOT NULL,
  source text NOT NULL,
  occurred_at timestamptz NOT NULL DEFAULT now(),
  trace_id text,
  payload bytea NOT NULL,
  published_at timestamptz
);
CREATE INDEX IF NOT EXISTS outbox_unpublished_idx ON outbox (position) WHERE published_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_topic_position_idx ON outbox (topic, position);

CREATE TABLE IF NOT EXISTS inbox (
  consumer text NOT NULL,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);

CREATE TABLE IF NOT EXISTS dead_letter (
  id uuid PRIMARY KEY,
  consumer text NOT NULL,
  topic text NOT NULL,
  message_partition integer,
  message_offset text,
  message_key text,
  event_id text,
  event_type text,
  headers jsonb NOT NULL DEFAULT '{}',
  payload bytea,
  reason text NOT NULL,
  error text NOT NULL,
  attempts integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  replay_count integer NOT NULL DEFAULT 0,
  replayed_at timestamptz
);
CREATE INDEX IF NOT EXISTS dead_letter_pending_idx ON dead_letter (consumer, created_at) WHERE replayed_at IS NULL;

-- Wakes the relay (LISTEN outbox) as soon as a transaction that wrote events commits.
CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox', '');
  RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS outbox_notify ON outbox;
CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

-- One row per listing as last projected. The engine index is rebuilt from these rows after a
-- crash between commit and index write; `version` makes replays and out-of-order copies harmless.
CREATE TABLE search_document (
  id text PRIMARY KEY,
  type text NOT NULL,
  version integer NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  document jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);
