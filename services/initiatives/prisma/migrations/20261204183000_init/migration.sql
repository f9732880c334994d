-- The initiatives service's first schema (hand-written; matches prisma/schema.prisma, see src/migrations.spec.ts).

-- CreateEnum
CREATE TYPE "campaign_level" AS ENUM ('unit', 'commune', 'province');

CREATE TYPE "campaign_state" AS ENUM ('draft', 'open', 'review', 'decided');

CREATE TYPE "council_role" AS ENUM ('chair', 'secretary', 'reviewer');

CREATE TYPE "submission_state" AS ENUM ('draft', 'submitted', 'screening', 'under_review', 'recognised', 'not_recognised', 'appealed', 'withdrawn', 'redirected_ip');

-- CreateTable
CREATE TABLE "fields" (
    "code" TEXT NOT NULL,
    "name_vi" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,

    CONSTRAINT "fields_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "legal_gates" (
    "code" TEXT NOT NULL,
    "regulation" TEXT NOT NULL,
    "title_vi" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "question_vi" TEXT NOT NULL,
    "question_en" TEXT NOT NULL,
    "redirects_to_ip" BOOLEAN NOT NULL DEFAULT false,
    "sort_order" INTEGER NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,

    CONSTRAINT "legal_gates_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "campaigns" (
    "id" UUID NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "organisation_name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "level" "campaign_level" NOT NULL,
    "locality_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "submission_opens_at" TIMESTAMPTZ(6) NOT NULL,
    "submission_closes_at" TIMESTAMPTZ(6) NOT NULL,
    "eligible_organisations" TEXT[],
    "rubric" JSONB NOT NULL,
    "rubric_id" TEXT NOT NULL,
    "rubric_version" INTEGER NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "reviews_per_submission" INTEGER NOT NULL,
    "blind" BOOLEAN NOT NULL DEFAULT true,
    "appeal_days" INTEGER NOT NULL,
    "review_days" INTEGER NOT NULL DEFAULT 14,
    "state" "campaign_state" NOT NULL DEFAULT 'draft',
    "opened_at" TIMESTAMPTZ(6),
    "round_closed_at" TIMESTAMPTZ(6),
    "created_by" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "council_members" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "organisation_id" TEXT,
    "organisation_name" TEXT,
    "role" "council_role" NOT NULL,

    CONSTRAINT "council_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submissions" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "owner_user_id" TEXT NOT NULL,
    "organisation_id" TEXT,
    "organisation_name" TEXT,
    "title" TEXT NOT NULL,
    "unit_name" TEXT NOT NULL,
    "field_code" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "solution" TEXT NOT NULL,
    "novelty" TEXT NOT NULL,
    "application_place" TEXT NOT NULL,
    "first_applied_on" DATE,
    "benefit_vnd" BIGINT,
    "benefit_text" TEXT NOT NULL,
    "identifying_fields" TEXT[],
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "state" "submission_state" NOT NULL DEFAULT 'draft',
    "state_reason" TEXT,
    "score" DOUBLE PRECISION,
    "submitted_at" TIMESTAMPTZ(6),
    "decided_at" TIMESTAMPTZ(6),
    "appealed_at" TIMESTAMPTZ(6),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submissions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_authors" (
    "id" UUID NOT NULL,
    "submission_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "user_id" TEXT,
    "full_name" TEXT NOT NULL,
    "share_hundredths" INTEGER NOT NULL,
    "job_title" TEXT,
    "organisation_id" TEXT,
    "unit_name" TEXT,
    "email" TEXT,
    "phone" TEXT,

    CONSTRAINT "submission_authors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gate_answers" (
    "id" UUID NOT NULL,
    "submission_id" UUID NOT NULL,
    "gate_code" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "answered_by" TEXT NOT NULL,
    "answered_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "gate_answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignments" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "submission_id" UUID NOT NULL,
    "reviewer_user_id" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "conflict_reason" TEXT,
    "due_on" DATE NOT NULL,
    "assigned_by" TEXT NOT NULL,
    "reminded_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "score_sheets" (
    "id" UUID NOT NULL,
    "assignment_id" UUID NOT NULL,
    "rubric_id" TEXT NOT NULL,
    "rubric_version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "scores" JSONB NOT NULL,
    "comment" TEXT,
    "total" DOUBLE PRECISION,
    "submitted_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "score_sheets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decisions" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "decided_on" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "entries" JSONB NOT NULL,
    "drafted_by" TEXT NOT NULL,
    "approved_by" TEXT,
    "approved_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certificates" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "submission_id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'valid',
    "snapshot" JSONB NOT NULL,
    "issued_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(6),
    "revoke_reason" TEXT,

    CONSTRAINT "certificates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repository_records" (
    "id" UUID NOT NULL,
    "origin" TEXT NOT NULL,
    "source_unit" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "submission_id" UUID,
    "certificate_code" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "field_code" TEXT NOT NULL,
    "unit_name" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "organisation_name" TEXT NOT NULL,
    "locality_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "effectiveness_summary" TEXT NOT NULL,
    "benefit_vnd" BIGINT,
    "authors" JSONB NOT NULL,
    "recognised_on" DATE,
    "decision_number" TEXT,
    "status" TEXT NOT NULL DEFAULT 'published',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "published_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "repository_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title_vi" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "link" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(6),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seed_runs" (
    "name" TEXT NOT NULL,
    "items" INTEGER NOT NULL,
    "finished_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seed_runs_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "campaigns_organisation_id_idx" ON "campaigns"("organisation_id");

-- CreateIndex
CREATE INDEX "campaigns_state_idx" ON "campaigns"("state");

-- CreateIndex
CREATE INDEX "council_members_user_id_idx" ON "council_members"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "council_members_campaign_id_user_id_key" ON "council_members"("campaign_id", "user_id");

-- CreateIndex
CREATE INDEX "submissions_campaign_id_state_idx" ON "submissions"("campaign_id", "state");

-- CreateIndex
CREATE INDEX "submissions_owner_user_id_idx" ON "submissions"("owner_user_id");

-- CreateIndex
CREATE INDEX "submission_authors_submission_id_idx" ON "submission_authors"("submission_id");

-- CreateIndex
CREATE INDEX "submission_authors_user_id_idx" ON "submission_authors"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "gate_answers_submission_id_gate_code_key" ON "gate_answers"("submission_id", "gate_code");

-- CreateIndex
CREATE INDEX "assignments_reviewer_user_id_idx" ON "assignments"("reviewer_user_id");

-- CreateIndex
CREATE INDEX "assignments_campaign_id_idx" ON "assignments"("campaign_id");

-- CreateIndex
CREATE UNIQUE INDEX "assignments_submission_id_reviewer_user_id_key" ON "assignments"("submission_id", "reviewer_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "score_sheets_assignment_id_key" ON "score_sheets"("assignment_id");

-- CreateIndex
CREATE INDEX "decisions_campaign_id_idx" ON "decisions"("campaign_id");

-- CreateIndex
CREATE INDEX "certificates_submission_id_idx" ON "certificates"("submission_id");

-- CreateIndex
CREATE UNIQUE INDEX "certificates_code_key" ON "certificates"("code");

-- CreateIndex
CREATE INDEX "repository_records_year_idx" ON "repository_records"("year");

-- CreateIndex
CREATE UNIQUE INDEX "repository_records_source_unit_external_id_key" ON "repository_records"("source_unit", "external_id");

-- CreateIndex
CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications"("user_id", "created_at");

-- AddForeignKey
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_authors" ADD CONSTRAINT "submission_authors_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gate_answers" ADD CONSTRAINT "gate_answers_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

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
