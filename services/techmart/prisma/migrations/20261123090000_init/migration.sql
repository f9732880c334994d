-- CreateEnum
CREATE TYPE "listing_status" AS ENUM ('draft', 'submitted', 'published', 'returned', 'archived');

-- CreateEnum
CREATE TYPE "offer_kind" AS ENUM ('technology', 'equipment');

-- CreateTable
CREATE TABLE "sectors" (
    "code" TEXT NOT NULL,
    "name_vi" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "sectors_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "provinces" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "provinces_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "communes" (
    "code" TEXT NOT NULL,
    "province_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "communes_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "organisations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offers" (
    "id" UUID NOT NULL,
    "kind" "offer_kind" NOT NULL,
    "status" "listing_status" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sector_code" TEXT NOT NULL,
    "keywords" TEXT[],
    "trl" SMALLINT NOT NULL,
    "ip_status" TEXT NOT NULL,
    "transfer_modes" TEXT[],
    "price_vnd" BIGINT,
    "province_code" TEXT NOT NULL,
    "commune_code" TEXT,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "equipment_specs" JSONB,
    "equipment_condition" TEXT,
    "equipment_quantity" INTEGER,
    "owner_organisation_id" UUID NOT NULL,
    "created_by" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "return_reason" TEXT,
    "published_snapshot" JSONB,
    "submitted_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "offers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "needs" (
    "id" UUID NOT NULL,
    "status" "listing_status" NOT NULL,
    "title" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "sector_code" TEXT NOT NULL,
    "keywords" TEXT[],
    "desired_trl" SMALLINT,
    "budget_min_vnd" BIGINT,
    "budget_max_vnd" BIGINT,
    "wanted_by" DATE,
    "province_code" TEXT NOT NULL,
    "commune_code" TEXT,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "owner_organisation_id" UUID NOT NULL,
    "created_by" TEXT NOT NULL,
    "intake_by_user_id" TEXT,
    "intake_by_name" TEXT,
    "intake_by_organisation_id" UUID,
    "revision" INTEGER NOT NULL,
    "return_reason" TEXT,
    "published_snapshot" JSONB,
    "submitted_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "needs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "experts" (
    "id" UUID NOT NULL,
    "status" "listing_status" NOT NULL,
    "full_name" TEXT NOT NULL,
    "academic_title" TEXT,
    "field_codes" TEXT[],
    "keywords" TEXT[],
    "results" JSONB NOT NULL,
    "available_for_consulting" BOOLEAN NOT NULL,
    "biography" TEXT NOT NULL,
    "province_code" TEXT NOT NULL,
    "commune_code" TEXT,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "owner_organisation_id" UUID NOT NULL,
    "created_by" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "return_reason" TEXT,
    "published_snapshot" JSONB,
    "submitted_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "experts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachments" (
    "id" UUID NOT NULL,
    "listing_type" TEXT NOT NULL,
    "listing_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seed_runs" (
    "name" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),
    "item_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "seed_runs_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "communes_province_code_idx" ON "communes"("province_code");

-- CreateIndex
CREATE INDEX "offers_status_submitted_at_idx" ON "offers"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "offers_owner_organisation_id_id_idx" ON "offers"("owner_organisation_id", "id");

-- CreateIndex
CREATE INDEX "offers_published_at_id_idx" ON "offers"("published_at", "id");

-- CreateIndex
CREATE INDEX "needs_status_submitted_at_idx" ON "needs"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "needs_owner_organisation_id_id_idx" ON "needs"("owner_organisation_id", "id");

-- CreateIndex
CREATE INDEX "needs_published_at_id_idx" ON "needs"("published_at", "id");

-- CreateIndex
CREATE INDEX "experts_status_submitted_at_idx" ON "experts"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "experts_owner_organisation_id_id_idx" ON "experts"("owner_organisation_id", "id");

-- CreateIndex
CREATE INDEX "experts_published_at_id_idx" ON "experts"("published_at", "id");

-- CreateIndex
CREATE INDEX "attachments_listing_type_listing_id_idx" ON "attachments"("listing_type", "listing_id");

-- AddForeignKey
ALTER TABLE "communes" ADD CONSTRAINT "communes_province_code_fkey" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_owner_organisation_id_fkey" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "needs" ADD CONSTRAINT "needs_owner_organisation_id_fkey" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "experts" ADD CONSTRAINT "experts_owner_organisation_id_fkey" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Event backbone (platform-owned, copied verbatim from packages/platform/src/events/sql/events-tables.sql)
-- Event backbone tables (transactional outbox, consumer inbox, dead letters).
-- Copy verbatim into every service's first migration
-- (prisma/migrations/<timestamp>_init/migration.sql). Mirrors EVENTS_TABLES_SQL in events-tables.sql.ts.

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
