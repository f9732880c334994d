-- Exchange with other technology exchanges (export feed, imports with provenance) and listing expiry.

-- One change sequence across offers, needs and experts: the export feed pages by it (not part of
-- Prisma's schema: a sequence and a trigger).
CREATE SEQUENCE "listing_feed_seq";

-- AlterTable
ALTER TABLE "offers" ADD COLUMN "feed_seq" BIGINT;
ALTER TABLE "offers" ADD COLUMN "source_code" TEXT;
ALTER TABLE "offers" ADD COLUMN "external_id" TEXT;
ALTER TABLE "offers" ADD COLUMN "provenance" JSONB;
ALTER TABLE "offers" ADD COLUMN "expires_at" TIMESTAMPTZ(3);
ALTER TABLE "offers" ADD COLUMN "expired_at" TIMESTAMPTZ(3);
ALTER TABLE "offers" ADD COLUMN "expiry_reminded_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "offers_source_code_external_id_key" ON "offers"("source_code", "external_id");

-- CreateIndex
CREATE INDEX "offers_feed_seq_idx" ON "offers"("feed_seq");

-- CreateIndex
CREATE INDEX "offers_status_expires_at_idx" ON "offers"("status", "expires_at");

-- AlterTable
ALTER TABLE "needs" ADD COLUMN "feed_seq" BIGINT;
ALTER TABLE "needs" ADD COLUMN "source_code" TEXT;
ALTER TABLE "needs" ADD COLUMN "external_id" TEXT;
ALTER TABLE "needs" ADD COLUMN "provenance" JSONB;
ALTER TABLE "needs" ADD COLUMN "expires_at" TIMESTAMPTZ(3);
ALTER TABLE "needs" ADD COLUMN "expired_at" TIMESTAMPTZ(3);
ALTER TABLE "needs" ADD COLUMN "expiry_reminded_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "needs_source_code_external_id_key" ON "needs"("source_code", "external_id");

-- CreateIndex
CREATE INDEX "needs_feed_seq_idx" ON "needs"("feed_seq");

-- CreateIndex
CREATE INDEX "needs_status_expires_at_idx" ON "needs"("status", "expires_at");

-- AlterTable
ALTER TABLE "experts" ADD COLUMN "feed_seq" BIGINT;
ALTER TABLE "experts" ADD COLUMN "source_code" TEXT;
ALTER TABLE "experts" ADD COLUMN "external_id" TEXT;
ALTER TABLE "experts" ADD COLUMN "provenance" JSONB;
ALTER TABLE "experts" ADD COLUMN "expires_at" TIMESTAMPTZ(3);
ALTER TABLE "experts" ADD COLUMN "expired_at" TIMESTAMPTZ(3);
ALTER TABLE "experts" ADD COLUMN "expiry_reminded_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "experts_source_code_external_id_key" ON "experts"("source_code", "external_id");

-- CreateIndex
CREATE INDEX "experts_feed_seq_idx" ON "experts"("feed_seq");

-- CreateIndex
CREATE INDEX "experts_status_expires_at_idx" ON "experts"("status", "expires_at");

-- CreateTable
CREATE TABLE "exchange_clients" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "source_code" TEXT NOT NULL,
    "source_name_vi" TEXT NOT NULL,
    "source_name_en" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "exchange_clients_pkey" PRIMARY KEY ("id")
);

-- Listings already public enter the feed in publication order.
UPDATE "offers" SET "feed_seq" = nextval('listing_feed_seq') WHERE "published_snapshot" IS NOT NULL;
UPDATE "needs" SET "feed_seq" = nextval('listing_feed_seq') WHERE "published_snapshot" IS NOT NULL;
UPDATE "experts" SET "feed_seq" = nextval('listing_feed_seq') WHERE "published_snapshot" IS NOT NULL;

-- A listing takes the next change number whenever what the feed shows of it changes: a new published
-- version, archiving, expiry or renewal. Set in the database so no write path can forget it.
CREATE FUNCTION "listing_feed_sequence"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."published_snapshot" IS NULL THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT'
     OR NEW."published_snapshot" IS DISTINCT FROM OLD."published_snapshot"
     OR (NEW."status" = 'archived') IS DISTINCT FROM (OLD."status" = 'archived')
     OR NEW."expired_at" IS DISTINCT FROM OLD."expired_at" THEN
    NEW."feed_seq" := nextval('listing_feed_seq');
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "offers_feed_sequence" BEFORE INSERT OR UPDATE ON "offers"
  FOR EACH ROW EXECUTE FUNCTION "listing_feed_sequence"();
CREATE TRIGGER "needs_feed_sequence" BEFORE INSERT OR UPDATE ON "needs"
  FOR EACH ROW EXECUTE FUNCTION "listing_feed_sequence"();
CREATE TRIGGER "experts_feed_sequence" BEFORE INSERT OR UPDATE ON "experts"
  FOR EACH ROW EXECUTE FUNCTION "listing_feed_sequence"();
