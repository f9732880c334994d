-- Matching (a projection of published listings, stored suggestions) and connections to deals.

CREATE SEQUENCE "match_documents_seq";

-- CreateTable
CREATE TABLE "match_documents" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL,
    "seq" BIGINT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "keywords" TEXT[],
    "sector_codes" TEXT[],
    "trl" SMALLINT,
    "price_vnd" BIGINT,
    "negotiable" BOOLEAN NOT NULL,
    "desired_trl" SMALLINT,
    "budget_min_vnd" BIGINT,
    "budget_max_vnd" BIGINT,
    "province_code" TEXT NOT NULL,
    "commune_code" TEXT,
    "transfer_modes" TEXT[],
    "owner_organisation_id" UUID NOT NULL,
    "owner_name" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "match_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_suggestions" (
    "id" UUID NOT NULL,
    "need_id" UUID NOT NULL,
    "candidate_type" TEXT NOT NULL,
    "candidate_id" UUID NOT NULL,
    "points" INTEGER NOT NULL,
    "factors" JSONB NOT NULL,
    "state" TEXT NOT NULL,
    "is_new" BOOLEAN NOT NULL,
    "suggested_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "reason_code" TEXT,
    "reason_text" TEXT,
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "connection_id" UUID,

    CONSTRAINT "match_suggestions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "connections" (
    "id" UUID NOT NULL,
    "state" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "need_id" UUID NOT NULL,
    "need_title" TEXT NOT NULL,
    "candidate_type" TEXT NOT NULL,
    "candidate_id" UUID NOT NULL,
    "candidate_title" TEXT NOT NULL,
    "suggestion_id" UUID,
    "requester_organisation_id" UUID NOT NULL,
    "requester_name" TEXT NOT NULL,
    "supplier_organisation_id" UUID NOT NULL,
    "supplier_name" TEXT NOT NULL,
    "requester_contact" JSONB NOT NULL,
    "supplier_contact" JSONB NOT NULL,
    "province_code" TEXT NOT NULL,
    "commune_code" TEXT,
    "officer_user_id" TEXT NOT NULL,
    "officer_name" TEXT NOT NULL,
    "officer_organisation" TEXT,
    "message" TEXT NOT NULL,
    "requester_decision" TEXT NOT NULL,
    "supplier_decision" TEXT NOT NULL,
    "signed_on" DATE,
    "value_vnd" BIGINT,
    "transfer_type" TEXT,
    "registration_required" BOOLEAN,
    "registration_number" TEXT,
    "close_reason" TEXT,
    "close_text" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "connections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "connection_steps" (
    "id" UUID NOT NULL,
    "connection_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "party" TEXT,
    "by_user_id" TEXT NOT NULL,
    "by_name" TEXT NOT NULL,
    "text" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "connection_steps_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "match_documents_seq_idx" ON "match_documents"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "match_suggestions_need_id_candidate_id_key" ON "match_suggestions"("need_id", "candidate_id");

-- CreateIndex
CREATE INDEX "match_suggestions_candidate_id_idx" ON "match_suggestions"("candidate_id");

-- CreateIndex
CREATE INDEX "connections_requester_organisation_id_id_idx" ON "connections"("requester_organisation_id", "id");

-- CreateIndex
CREATE INDEX "connections_supplier_organisation_id_id_idx" ON "connections"("supplier_organisation_id", "id");

-- CreateIndex
CREATE INDEX "connections_need_id_idx" ON "connections"("need_id");

-- CreateIndex
CREATE INDEX "connections_commune_code_id_idx" ON "connections"("commune_code", "id");

-- CreateIndex
CREATE INDEX "connection_steps_connection_id_at_idx" ON "connection_steps"("connection_id", "at");
