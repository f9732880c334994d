-- Insights service: event backbone tables (copied from packages/platform/src/events/sql/events-tables.sql),
-- the fact projection built from every service's events, indicator definitions, targets and thresholds.

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

-- One row per counted thing (a listing's first publication, a recognised initiative…), keyed by its
-- source stream and entity: replays and re-publications update the row instead of adding one.
-- Indicators aggregate these rows at query time, so a definition edit needs no rebuild.
CREATE TABLE insights_fact (
  stream text NOT NULL,
  entity_id text NOT NULL,
  revision integer NOT NULL DEFAULT 0,
  -- when the thing counts (first publication, recognition date), UTC
  occurred_at timestamptz NOT NULL,
  province_code text NOT NULL DEFAULT '',
  commune_code text NOT NULL DEFAULT '',
  sector_code text NOT NULL DEFAULT '',
  organisation_type text NOT NULL DEFAULT '',
  organisation_id text NOT NULL DEFAULT '',
  -- low-cardinality attributes filters work on (listingType, channel, origin…)
  attributes jsonb NOT NULL DEFAULT '{}',
  -- the fact's amount (VND for money facts), summed by `sum` indicators
  amount bigint NOT NULL DEFAULT 0,
  withdrawn boolean NOT NULL DEFAULT false,
  last_event_id uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stream, entity_id)
);
CREATE INDEX insights_fact_stream_time_idx ON insights_fact (stream, province_code, occurred_at)
  INCLUDE (commune_code, amount, withdrawn);

-- What the projector did with each event it applied (the effect log): audits and rebuild comparisons.
CREATE TABLE insights_projection_log (
  event_id uuid NOT NULL,
  consumer text NOT NULL,
  stream text NOT NULL,
  entity_id text NOT NULL,
  outcome text NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);

-- Places as the events name them (codes and names), for commune tables and the tile map.
CREATE TABLE insights_locality (
  province_code text NOT NULL,
  commune_code text NOT NULL DEFAULT '',
  province_name text NOT NULL DEFAULT '',
  commune_name text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (province_code, commune_code)
);

-- Indicator definitions, versioned: an edit adds a version; the highest version is in force.
CREATE TABLE insights_indicator_version (
  code text NOT NULL,
  version integer NOT NULL,
  definition jsonb NOT NULL,
  changed_by text NOT NULL DEFAULT 'seed',
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (code, version)
);

-- Targets per indicator, locality (commune '' = the whole province) and year, with the trajectory
-- from a baseline to the target date.
CREATE TABLE insights_target (
  indicator_code text NOT NULL,
  province_code text NOT NULL,
  commune_code text NOT NULL DEFAULT '',
  year integer NOT NULL,
  baseline_date date NOT NULL,
  baseline_value numeric NOT NULL DEFAULT 0,
  target_date date NOT NULL,
  target_value numeric NOT NULL,
  note text NOT NULL DEFAULT '',
  changed_by text NOT NULL DEFAULT 'seed',
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (indicator_code, province_code, commune_code, year),
  CHECK (target_date > baseline_date)
);

-- Status thresholds: actual / expected at or above green_at is green, at or above amber_at amber,
-- else red. Scope '*' is the default; an indicator code overrides it.
CREATE TABLE insights_status_threshold (
  scope text PRIMARY KEY,
  green_at numeric NOT NULL,
  amber_at numeric NOT NULL,
  changed_by text NOT NULL DEFAULT 'seed',
  changed_at timestamptz NOT NULL DEFAULT now(),
  CHECK (green_at >= amber_at AND amber_at >= 0)
);

-- Figures an officer enters per year (e.g. registered firms, the denominator of the innovating share).
CREATE TABLE insights_manual_value (
  indicator_code text NOT NULL,
  province_code text NOT NULL,
  commune_code text NOT NULL DEFAULT '',
  year integer NOT NULL,
  value numeric NOT NULL,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (indicator_code, province_code, commune_code, year)
);

-- Which shipped seed files have been loaded (definitions and targets are seeded once, then edited).
CREATE TABLE insights_seed (
  name text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
);
