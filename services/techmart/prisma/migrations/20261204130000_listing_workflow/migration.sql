-- CreateTable
CREATE TABLE "moderation_decisions" (
    "id" UUID NOT NULL,
    "listing_type" TEXT NOT NULL,
    "listing_id" UUID NOT NULL,
    "decision" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "reason" TEXT,
    "version" JSONB,
    "decided_by" TEXT NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "moderation_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "listing_type" TEXT NOT NULL,
    "listing_id" UUID NOT NULL,
    "listing_title" TEXT NOT NULL,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_reads" (
    "id" UUID NOT NULL,
    "notification_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_reads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "featured_listings" (
    "listing_id" UUID NOT NULL,
    "listing_type" TEXT NOT NULL,
    "featured_by" TEXT NOT NULL,
    "featured_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "featured_listings_pkey" PRIMARY KEY ("listing_id")
);

-- CreateIndex
CREATE INDEX "moderation_decisions_listing_id_decided_at_idx" ON "moderation_decisions"("listing_id", "decided_at");

-- CreateIndex
CREATE INDEX "notifications_organisation_id_id_idx" ON "notifications"("organisation_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "notification_reads_user_id_notification_id_key" ON "notification_reads"("user_id", "notification_id");

-- CreateIndex
CREATE INDEX "needs_intake_by_user_id_id_idx" ON "needs"("intake_by_user_id", "id");

-- CreateTable
CREATE TABLE "listing_drafts" (
    "id" UUID NOT NULL,
    "listing_type" TEXT NOT NULL,
    "owner_organisation_id" UUID NOT NULL,
    "created_by" TEXT NOT NULL,
    "title" TEXT,
    "input" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "listing_drafts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "listing_drafts_owner_organisation_id_id_idx" ON "listing_drafts"("owner_organisation_id", "id");
