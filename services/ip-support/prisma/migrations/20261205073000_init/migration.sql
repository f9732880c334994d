-- The IP-support service's first schema (hand-written; matches prisma/schema.prisma, see src/migrations.spec.ts).

-- CreateEnum
CREATE TYPE "ip_right" AS ENUM ('trademark', 'collective_mark', 'certification_mark', 'patent', 'utility_solution', 'industrial_design', 'geographical_indication');

CREATE TYPE "subject_kind" AS ENUM ('product', 'technology', 'ocop_product', 'initiative', 'techmart_offer');

CREATE TYPE "request_state" AS ENUM ('submitted', 'needs_info', 'accepted', 'declined', 'dossier_complete', 'filed', 'granted', 'refused', 'withdrawn');

CREATE TYPE "dossier_item_state" AS ENUM ('missing', 'uploaded', 'accepted', 'rejected');

CREATE TYPE "filing_stage" AS ENUM ('filed', 'formality_examination', 'publication', 'substantive_examination', 'granted', 'refused', 'withdrawn');

-- CreateTable
CREATE TABLE "support_requests" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "organisation_name" TEXT NOT NULL,
    "requester_id" TEXT NOT NULL,
    "requester_name" TEXT NOT NULL,
    "right" "ip_right" NOT NULL,
    "subject_kind" "subject_kind" NOT NULL,
    "subject_title" TEXT NOT NULL,
    "subject_ref_id" TEXT,
    "description" TEXT NOT NULL,
    "nice_classes" INTEGER[],
    "claim_count" INTEGER,
    "design_count" INTEGER,
    "locality_code" TEXT,
    "state" "request_state" NOT NULL DEFAULT 'submitted',
    "state_reason" TEXT,
    "assignee_id" TEXT,
    "assignee_name" TEXT,
    "checklist_id" UUID,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "submitted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accepted_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_messages" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "author_id" TEXT NOT NULL,
    "author_name" TEXT NOT NULL,
    "author_side" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "request_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checklists" (
    "id" UUID NOT NULL,
    "right" "ip_right" NOT NULL,
    "effective_from" DATE NOT NULL,
    "items" JSONB NOT NULL,
    "note" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "checklists_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier_items" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title_vi" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "hint_vi" TEXT,
    "hint_en" TEXT,
    "mandatory" BOOLEAN NOT NULL,
    "signature_required" BOOLEAN NOT NULL DEFAULT false,
    "sort_order" INTEGER NOT NULL,
    "state" "dossier_item_state" NOT NULL DEFAULT 'missing',
    "review_note" TEXT,
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dossier_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier_documents" (
    "id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_by" TEXT NOT NULL,
    "uploaded_by_name" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "signature_status" TEXT NOT NULL DEFAULT 'unchecked',
    "signature_report" JSONB,

    CONSTRAINT "dossier_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "filings" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "right" "ip_right" NOT NULL,
    "application_number" TEXT NOT NULL,
    "territory" TEXT NOT NULL DEFAULT 'domestic',
    "filing_date" DATE NOT NULL,
    "priority_date" DATE,
    "stage" "filing_stage" NOT NULL DEFAULT 'filed',
    "certificate_number" TEXT,
    "granted_on" DATE,
    "refused_on" DATE,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "filings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "filing_milestones" (
    "id" UUID NOT NULL,
    "filing_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "response_due_on" DATE,
    "relates_to" UUID,
    "note" TEXT,
    "file_name" TEXT,
    "media_type" TEXT,
    "size_bytes" INTEGER,
    "sha256" TEXT,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "filing_milestones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform_subjects" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organisation_id" TEXT,
    "status" TEXT,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "platform_subjects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seed_runs" (
    "name" TEXT NOT NULL,
    "items" INTEGER NOT NULL,
    "finished_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seed_runs_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "support_requests_reference_key" ON "support_requests"("reference");

-- CreateIndex
CREATE INDEX "support_requests_organisation_id_created_at_idx" ON "support_requests"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "support_requests_state_created_at_idx" ON "support_requests"("state", "created_at");

-- CreateIndex
CREATE INDEX "support_requests_assignee_id_idx" ON "support_requests"("assignee_id");

-- CreateIndex
CREATE INDEX "request_messages_request_id_created_at_idx" ON "request_messages"("request_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "checklists_right_effective_from_key" ON "checklists"("right", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_items_request_id_code_key" ON "dossier_items"("request_id", "code");

-- CreateIndex
CREATE INDEX "dossier_documents_item_id_idx" ON "dossier_documents"("item_id");

-- CreateIndex
CREATE INDEX "dossier_documents_request_id_idx" ON "dossier_documents"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "filings_request_id_key" ON "filings"("request_id");

-- CreateIndex
CREATE INDEX "filings_organisation_id_idx" ON "filings"("organisation_id");

-- CreateIndex
CREATE INDEX "filings_stage_idx" ON "filings"("stage");

-- CreateIndex
CREATE INDEX "filing_milestones_filing_id_occurred_on_idx" ON "filing_milestones"("filing_id", "occurred_on");

-- CreateIndex
CREATE INDEX "platform_subjects_organisation_id_idx" ON "platform_subjects"("organisation_id");

-- AddForeignKey
ALTER TABLE "request_messages" ADD CONSTRAINT "request_messages_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "support_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_items" ADD CONSTRAINT "dossier_items_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "support_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_documents" ADD CONSTRAINT "dossier_documents_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "dossier_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "filings" ADD CONSTRAINT "filings_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "support_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "filing_milestones" ADD CONSTRAINT "filing_milestones_filing_id_fkey" FOREIGN KEY ("filing_id") REFERENCES "filings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

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
