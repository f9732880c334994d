-- Mentors, investors and readiness (inc-people).

-- CreateTable
CREATE TABLE "mentors" (
    "id" UUID NOT NULL,
    "user_id" TEXT,
    "name" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "expertise" JSONB NOT NULL,
    "languages" JSONB NOT NULL,
    "sector_codes" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mentors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentor_patterns" (
    "id" UUID NOT NULL,
    "mentor_id" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "start_time" TEXT NOT NULL,
    "end_time" TEXT NOT NULL,
    "slot_minutes" INTEGER NOT NULL,
    "valid_from" DATE,
    "valid_until" DATE,

    CONSTRAINT "mentor_patterns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentor_exceptions" (
    "id" UUID NOT NULL,
    "mentor_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(6) NOT NULL,
    "ends_at" TIMESTAMPTZ(6) NOT NULL,
    "slot_minutes" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "mentor_exceptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mentor_bookings" (
    "id" UUID NOT NULL,
    "mentor_id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "startup_name" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(6) NOT NULL,
    "ends_at" TIMESTAMPTZ(6) NOT NULL,
    "live_slot" TIMESTAMPTZ(6),
    "topic" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "booked_by" TEXT NOT NULL,
    "cancelled_at" TIMESTAMPTZ(6),
    "cancelled_by" TEXT,
    "cancel_reason" TEXT,
    "notes" TEXT,
    "notes_updated_at" TIMESTAMPTZ(6),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mentor_bookings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_feeds" (
    "id" UUID NOT NULL,
    "owner_kind" TEXT NOT NULL,
    "owner_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "investors" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sector_codes" JSONB NOT NULL,
    "stages" JSONB NOT NULL,
    "ticket_min_vnd" BIGINT NOT NULL,
    "ticket_max_vnd" BIGINT NOT NULL,
    "website" TEXT,
    "user_id" TEXT,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "investors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "introductions" (
    "id" UUID NOT NULL,
    "startup_id" UUID NOT NULL,
    "startup_name" TEXT NOT NULL,
    "investor_id" UUID NOT NULL,
    "requested_by" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "officer_note" TEXT,
    "decline_reason" TEXT,
    "forwarded_at" TIMESTAMPTZ(6),
    "forwarded_by" TEXT,
    "responded_at" TIMESTAMPTZ(6),
    "responded_by" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "introductions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "readiness_profiles" (
    "startup_id" UUID NOT NULL,
    "startup_name" TEXT NOT NULL,
    "fiscal_year" INTEGER,
    "facts" JSONB NOT NULL,
    "figures" JSONB NOT NULL,
    "certified" JSONB NOT NULL,
    "levels" JSONB NOT NULL,
    "updated_by" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "readiness_profiles_pkey" PRIMARY KEY ("startup_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mentors_user_id_key" ON "mentors"("user_id");

-- CreateIndex
CREATE INDEX "mentor_patterns_mentor_id_idx" ON "mentor_patterns"("mentor_id");

-- CreateIndex
CREATE INDEX "mentor_exceptions_mentor_id_idx" ON "mentor_exceptions"("mentor_id");

-- CreateIndex
CREATE INDEX "mentor_bookings_mentor_id_starts_at_idx" ON "mentor_bookings"("mentor_id", "starts_at");

-- CreateIndex
CREATE INDEX "mentor_bookings_startup_id_starts_at_idx" ON "mentor_bookings"("startup_id", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "mentor_bookings_mentor_id_live_slot_key" ON "mentor_bookings"("mentor_id", "live_slot");

-- CreateIndex
CREATE UNIQUE INDEX "mentor_bookings_startup_id_live_slot_key" ON "mentor_bookings"("startup_id", "live_slot");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feeds_owner_kind_owner_id_key" ON "calendar_feeds"("owner_kind", "owner_id");

-- CreateIndex
CREATE INDEX "investors_user_id_idx" ON "investors"("user_id");

-- CreateIndex
CREATE INDEX "introductions_startup_id_idx" ON "introductions"("startup_id");

-- CreateIndex
CREATE INDEX "introductions_investor_id_idx" ON "introductions"("investor_id");

-- CreateIndex
CREATE INDEX "introductions_state_idx" ON "introductions"("state");

-- AddForeignKey
ALTER TABLE "mentor_patterns" ADD CONSTRAINT "mentor_patterns_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor_exceptions" ADD CONSTRAINT "mentor_exceptions_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mentor_bookings" ADD CONSTRAINT "mentor_bookings_mentor_id_fkey" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_investor_id_fkey" FOREIGN KEY ("investor_id") REFERENCES "investors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
