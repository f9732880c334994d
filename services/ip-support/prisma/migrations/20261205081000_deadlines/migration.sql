-- Statutory deadlines, holiday tables, deadline rules and fee tables as data, reminders, digests and
-- calendar feeds (hand-written; matches prisma/schema.prisma, see src/migrations.spec.ts).

-- CreateTable
CREATE TABLE "holiday_tables" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "effective_from" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "entries" JSONB NOT NULL,
    "note" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "holiday_tables_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deadline_rules" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effective_from" DATE NOT NULL,
    "rule" JSONB NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deadline_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fee_tables" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "effective_from" DATE NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fee_tables_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "filing_deadlines" (
    "id" UUID NOT NULL,
    "filing_id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "organisation_name" TEXT NOT NULL,
    "right" "ip_right" NOT NULL,
    "application_number" TEXT NOT NULL,
    "subject_title" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "rule_code" TEXT NOT NULL,
    "rule_version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "title_vi" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "anchor_date" DATE NOT NULL,
    "nominal_due_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "window_opens_on" DATE,
    "nominal_grace_ends_on" DATE,
    "grace_ends_on" DATE,
    "office_action_id" UUID,
    "status" TEXT NOT NULL,
    "computed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "filing_deadlines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deadline_reminders" (
    "id" UUID NOT NULL,
    "deadline_id" UUID NOT NULL,
    "offset_days" INTEGER NOT NULL,
    "due_date" DATE NOT NULL,
    "emailed" BOOLEAN NOT NULL DEFAULT false,
    "sent_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deadline_reminders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_settings" (
    "scope" TEXT NOT NULL,
    "offsets_days" INTEGER[],
    "email_to" TEXT,
    "updated_by" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_settings_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "deadline_digests" (
    "id" UUID NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "week_start" DATE NOT NULL,
    "deadlines" INTEGER NOT NULL,
    "sent_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deadline_digests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_feeds" (
    "organisation_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("organisation_id")
);

-- CreateTable
CREATE TABLE "deadline_recomputations" (
    "id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "calendar_key" TEXT NOT NULL,
    "filings" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "finished_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deadline_recomputations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "holiday_tables_year_version_key" ON "holiday_tables"("year", "version");

-- CreateIndex
CREATE UNIQUE INDEX "deadline_rules_code_version_key" ON "deadline_rules"("code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "fee_tables_version_key" ON "fee_tables"("version");

-- CreateIndex
CREATE UNIQUE INDEX "fee_tables_effective_from_key" ON "fee_tables"("effective_from");

-- CreateIndex
CREATE INDEX "filing_deadlines_status_due_date_id_idx" ON "filing_deadlines"("status", "due_date", "id");

-- CreateIndex
CREATE INDEX "filing_deadlines_organisation_id_status_due_date_id_idx" ON "filing_deadlines"("organisation_id", "status", "due_date", "id");

-- CreateIndex
CREATE INDEX "filing_deadlines_nominal_due_date_idx" ON "filing_deadlines"("nominal_due_date");

-- CreateIndex
CREATE UNIQUE INDEX "filing_deadlines_filing_id_key_key" ON "filing_deadlines"("filing_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "deadline_reminders_deadline_id_offset_days_due_date_key" ON "deadline_reminders"("deadline_id", "offset_days", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "deadline_digests_organisation_id_week_start_key" ON "deadline_digests"("organisation_id", "week_start");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds"("token_hash");

-- CreateIndex
CREATE INDEX "deadline_recomputations_finished_at_idx" ON "deadline_recomputations"("finished_at");
