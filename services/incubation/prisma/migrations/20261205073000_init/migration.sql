-- CreateTable
CREATE TABLE "startups" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "organisation_id" UUID,
    "owner_user_id" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "sector_code" TEXT NOT NULL,
    "trl" INTEGER NOT NULL,
    "province_code" TEXT NOT NULL,
    "commune_code" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "traction" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "founded_on" DATE,
    "published_at" TIMESTAMPTZ(6),
    "public_summary" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "startups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "startup_members" (
    "id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "user_id" TEXT,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "email" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "startup_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "startup_notes" (
    "id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "author_user_id" TEXT NOT NULL,
    "author_name" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "startup_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "startup_links" (
    "id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "startup_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contests" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "organisation_id" UUID NOT NULL,
    "form_fields" JSONB NOT NULL,
    "eligibility" JSONB NOT NULL,
    "rubric" JSONB NOT NULL,
    "awards" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contest_rounds" (
    "id" UUID NOT NULL,
    "contest_id" UUID NOT NULL,
    "level" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "locality_code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "opens_at" TIMESTAMPTZ(6) NOT NULL,
    "closes_at" TIMESTAMPTZ(6) NOT NULL,
    "advance_count" INTEGER NOT NULL DEFAULT 0,
    "panel_id" UUID,
    "results_published_at" TIMESTAMPTZ(6),
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "contest_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contest_applications" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "applicant_user_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "eligibility" JSONB NOT NULL DEFAULT '[]',
    "carried_from_id" UUID,
    "submitted_at" TIMESTAMPTZ(6),
    "score" DOUBLE PRECISION,
    "rank" INTEGER,
    "tie_break" TEXT,
    "award" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contest_applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "panels" (
    "id" UUID NOT NULL,
    "subject_kind" TEXT NOT NULL,
    "subject_id" UUID NOT NULL,
    "rubric" JSONB NOT NULL,
    "reviewers_per_item" INTEGER NOT NULL DEFAULT 3,
    "assigned_at" TIMESTAMPTZ(6),
    "seed" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "panels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "panel_members" (
    "id" UUID NOT NULL,
    "panel_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "organisation_id" UUID,
    "organisation_name" TEXT,

    CONSTRAINT "panel_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "panel_conflicts" (
    "id" UUID NOT NULL,
    "panel_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "item_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "panel_conflicts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "panel_assignments" (
    "id" UUID NOT NULL,
    "panel_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "reviewer_user_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "scores" JSONB NOT NULL DEFAULT '[]',
    "feedback" TEXT NOT NULL DEFAULT '',
    "total" DOUBLE PRECISION,
    "submitted_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "panel_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programmes" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "organisation_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "call_opens_at" TIMESTAMPTZ(6) NOT NULL,
    "call_closes_at" TIMESTAMPTZ(6) NOT NULL,
    "seats" INTEGER NOT NULL,
    "panel_id" UUID,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programmes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_applications" (
    "id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "applicant_user_id" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "seeded_from" TEXT,
    "status" TEXT NOT NULL,
    "submitted_at" TIMESTAMPTZ(6) NOT NULL,
    "score" DOUBLE PRECISION,
    "rank" INTEGER,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "programme_applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cohorts" (
    "id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cohorts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cohort_members" (
    "id" UUID NOT NULL,
    "cohort_id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "joined_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cohort_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestones" (
    "id" UUID NOT NULL,
    "cohort_id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "due_on" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "links" JSONB NOT NULL DEFAULT '[]',
    "submitted_at" TIMESTAMPTZ(6),
    "signed_off_by" TEXT,
    "signed_off_at" TIMESTAMPTZ(6),
    "officer_note" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "milestones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestone_files" (
    "id" UUID NOT NULL,
    "milestone_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_by" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "milestone_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kpi_reports" (
    "id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "month" DATE NOT NULL,
    "revenue_vnd" BIGINT NOT NULL,
    "users" INTEGER NOT NULL,
    "jobs_created" INTEGER NOT NULL,
    "funding_raised_vnd" BIGINT NOT NULL,
    "ip_filed" INTEGER NOT NULL,
    "reported_by" TEXT NOT NULL,
    "reported_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kpi_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alumni_outcomes" (
    "id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "cohort_id" UUID NOT NULL,
    "collected_on" DATE NOT NULL,
    "still_operating" BOOLEAN NOT NULL,
    "revenue_band" TEXT NOT NULL,
    "funding_raised_vnd" BIGINT NOT NULL,
    "became_st_enterprise" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recorded_by" TEXT NOT NULL,

    CONSTRAINT "alumni_outcomes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seed_runs" (
    "name" TEXT NOT NULL,
    "items" INTEGER NOT NULL,
    "finished_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seed_runs_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "startups_organisation_id_idx" ON "startups"("organisation_id");

-- CreateIndex
CREATE INDEX "startups_owner_user_id_idx" ON "startups"("owner_user_id");

-- CreateIndex
CREATE INDEX "startup_members_startup_id_idx" ON "startup_members"("startup_id");

-- CreateIndex
CREATE INDEX "startup_members_user_id_idx" ON "startup_members"("user_id");

-- CreateIndex
CREATE INDEX "startup_notes_startup_id_idx" ON "startup_notes"("startup_id");

-- CreateIndex
CREATE INDEX "startup_links_startup_id_idx" ON "startup_links"("startup_id");

-- CreateIndex
CREATE UNIQUE INDEX "startup_links_kind_external_id_key" ON "startup_links"("kind", "external_id");

-- CreateIndex
CREATE INDEX "contests_year_idx" ON "contests"("year");

-- CreateIndex
CREATE INDEX "contest_rounds_contest_id_idx" ON "contest_rounds"("contest_id");

-- CreateIndex
CREATE INDEX "contest_applications_applicant_user_id_idx" ON "contest_applications"("applicant_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "contest_applications_round_id_startup_id_key" ON "contest_applications"("round_id", "startup_id");

-- CreateIndex
CREATE UNIQUE INDEX "panels_subject_kind_subject_id_key" ON "panels"("subject_kind", "subject_id");

-- CreateIndex
CREATE INDEX "panel_members_user_id_idx" ON "panel_members"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "panel_members_panel_id_user_id_key" ON "panel_members"("panel_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "panel_conflicts_panel_id_user_id_item_id_key" ON "panel_conflicts"("panel_id", "user_id", "item_id");

-- CreateIndex
CREATE INDEX "panel_assignments_panel_id_idx" ON "panel_assignments"("panel_id");

-- CreateIndex
CREATE INDEX "panel_assignments_reviewer_user_id_idx" ON "panel_assignments"("reviewer_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "panel_assignments_item_id_reviewer_user_id_key" ON "panel_assignments"("item_id", "reviewer_user_id");

-- CreateIndex
CREATE INDEX "programme_applications_applicant_user_id_idx" ON "programme_applications"("applicant_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "programme_applications_programme_id_startup_id_key" ON "programme_applications"("programme_id", "startup_id");

-- CreateIndex
CREATE INDEX "cohorts_programme_id_idx" ON "cohorts"("programme_id");

-- CreateIndex
CREATE INDEX "cohort_members_startup_id_idx" ON "cohort_members"("startup_id");

-- CreateIndex
CREATE UNIQUE INDEX "cohort_members_cohort_id_startup_id_key" ON "cohort_members"("cohort_id", "startup_id");

-- CreateIndex
CREATE INDEX "milestones_cohort_id_idx" ON "milestones"("cohort_id");

-- CreateIndex
CREATE INDEX "milestones_startup_id_idx" ON "milestones"("startup_id");

-- CreateIndex
CREATE INDEX "milestone_files_milestone_id_idx" ON "milestone_files"("milestone_id");

-- CreateIndex
CREATE INDEX "kpi_reports_month_idx" ON "kpi_reports"("month");

-- CreateIndex
CREATE UNIQUE INDEX "kpi_reports_startup_id_month_key" ON "kpi_reports"("startup_id", "month");

-- CreateIndex
CREATE UNIQUE INDEX "alumni_outcomes_startup_id_cohort_id_collected_on_key" ON "alumni_outcomes"("startup_id", "cohort_id", "collected_on");

-- AddForeignKey
ALTER TABLE "startup_members" ADD CONSTRAINT "startup_members_startup_id_fkey" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "startup_notes" ADD CONSTRAINT "startup_notes_startup_id_fkey" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "startup_links" ADD CONSTRAINT "startup_links_startup_id_fkey" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contest_rounds" ADD CONSTRAINT "contest_rounds_contest_id_fkey" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contest_applications" ADD CONSTRAINT "contest_applications_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "contest_rounds"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contest_applications" ADD CONSTRAINT "contest_applications_startup_id_fkey" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_members" ADD CONSTRAINT "panel_members_panel_id_fkey" FOREIGN KEY ("panel_id") REFERENCES "panels"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_conflicts" ADD CONSTRAINT "panel_conflicts_panel_id_fkey" FOREIGN KEY ("panel_id") REFERENCES "panels"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "panel_assignments" ADD CONSTRAINT "panel_assignments_panel_id_fkey" FOREIGN KEY ("panel_id") REFERENCES "panels"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_applications" ADD CONSTRAINT "programme_applications_startup_id_fkey" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_startup_id_fkey" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_startup_id_fkey" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_files" ADD CONSTRAINT "milestone_files_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi_reports" ADD CONSTRAINT "kpi_reports_startup_id_fkey" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alumni_outcomes" ADD CONSTRAINT "alumni_outcomes_startup_id_fkey" FOREIGN KEY ("startup_id") REFERENCES "startups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

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
