-- CreateEnum
CREATE TYPE "organisation_status" AS ENUM ('pending', 'verified', 'merged', 'deactivated');

-- AlterTable
ALTER TABLE "sectors" ADD COLUMN "valid_from" DATE;
ALTER TABLE "sectors" ADD COLUMN "valid_to" DATE;
ALTER TABLE "sectors" ADD COLUMN "admin_edited" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "communes" ADD COLUMN "valid_from" DATE;
ALTER TABLE "communes" ADD COLUMN "valid_to" DATE;
ALTER TABLE "communes" ADD COLUMN "admin_edited" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "organisations" ADD COLUMN "status" "organisation_status" NOT NULL DEFAULT 'verified';
ALTER TABLE "organisations" ADD COLUMN "merged_into_id" UUID;
ALTER TABLE "organisations" ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_user_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "actor_roles" TEXT[],
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "source_ip" TEXT,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- The audit log is append-only (not part of Prisma's schema: a trigger refuses changes).
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER "audit_log_no_update_or_delete" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
