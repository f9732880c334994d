-- Cost subsidies: policy versions, yearly budgets with top-ups, claims with evidence, the audit trail.

-- CreateEnum
CREATE TYPE "subsidy_claim_state" AS ENUM ('open', 'submitted', 'needs_info', 'queued', 'approved', 'paid', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "subsidy_kind" AS ENUM ('domestic_filing', 'foreign_filing', 'certificate_granted');

-- CreateEnum
CREATE TYPE "subsidy_trigger" AS ENUM ('application_accepted', 'certificate_granted');

-- CreateEnum
CREATE TYPE "applicant_kind" AS ENUM ('enterprise', 'cooperative', 'household_business', 'research_institute', 'individual');

-- CreateTable
CREATE TABLE "subsidy_policy_versions" (
    "id" UUID NOT NULL,
    "programme_code" TEXT NOT NULL,
    "programme_name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effective_from" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "eligibility" JSONB NOT NULL,
    "rules" JSONB NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_policy_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable (the CHECK keeps the budget from being overspent, whatever code path writes it)
CREATE TABLE "subsidy_budgets" (
    "id" UUID NOT NULL,
    "programme_code" TEXT NOT NULL,
    "programme_name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "total_vnd" BIGINT NOT NULL,
    "committed_vnd" BIGINT NOT NULL DEFAULT 0,
    "paid_vnd" BIGINT NOT NULL DEFAULT 0,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_budgets_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "subsidy_budgets_not_overspent" CHECK ("committed_vnd" >= 0 AND "paid_vnd" >= 0 AND "committed_vnd" + "paid_vnd" <= "total_vnd")
);

-- CreateTable
CREATE TABLE "subsidy_budget_top_ups" (
    "id" UUID NOT NULL,
    "budget_id" UUID NOT NULL,
    "amount_vnd" BIGINT NOT NULL,
    "reference" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_by" TEXT NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_budget_top_ups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_claims" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "organisation_name" TEXT NOT NULL,
    "programme_code" TEXT NOT NULL,
    "right" "ip_right" NOT NULL,
    "kind" "subsidy_kind" NOT NULL,
    "trigger" "subsidy_trigger" NOT NULL,
    "trigger_date" DATE NOT NULL,
    "applicant_kind" "applicant_kind",
    "title" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "documented_cost_vnd" BIGINT NOT NULL DEFAULT 0,
    "filing_id" UUID,
    "request_id" UUID,
    "application_number" TEXT,
    "certificate_number" TEXT,
    "state" "subsidy_claim_state" NOT NULL DEFAULT 'open',
    "policy_version_id" UUID,
    "policy_version" INTEGER,
    "amount_vnd" BIGINT,
    "budget_id" UUID,
    "state_reason" TEXT,
    "submitted_at" TIMESTAMPTZ(6),
    "decided_at" TIMESTAMPTZ(6),
    "decided_by" TEXT,
    "queued_at" TIMESTAMPTZ(6),
    "paid_at" TIMESTAMPTZ(6),
    "payment_reference" TEXT,
    "opened_by" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_evidence" (
    "id" UUID NOT NULL,
    "claim_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "uploaded_by" TEXT NOT NULL,
    "uploaded_by_name" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_audit" (
    "id" UUID NOT NULL,
    "claim_id" UUID,
    "budget_id" UUID,
    "policy_version_id" UUID,
    "action" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "actor_roles" TEXT[],
    "changes" JSONB NOT NULL,
    "note" TEXT,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_audit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_policy_versions_programme_code_version_key" ON "subsidy_policy_versions"("programme_code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_policy_versions_programme_code_effective_from_key" ON "subsidy_policy_versions"("programme_code", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_budgets_programme_code_year_key" ON "subsidy_budgets"("programme_code", "year");

-- CreateIndex
CREATE INDEX "subsidy_budget_top_ups_budget_id_idx" ON "subsidy_budget_top_ups"("budget_id");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_claims_reference_key" ON "subsidy_claims"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "subsidy_claims_filing_id_kind_programme_code_key" ON "subsidy_claims"("filing_id", "kind", "programme_code");

-- CreateIndex
CREATE INDEX "subsidy_claims_organisation_id_created_at_idx" ON "subsidy_claims"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "subsidy_claims_state_created_at_idx" ON "subsidy_claims"("state", "created_at");

-- CreateIndex
CREATE INDEX "subsidy_claims_programme_code_state_queued_at_idx" ON "subsidy_claims"("programme_code", "state", "queued_at");

-- CreateIndex
CREATE INDEX "subsidy_evidence_claim_id_idx" ON "subsidy_evidence"("claim_id");

-- CreateIndex
CREATE INDEX "subsidy_audit_claim_id_at_idx" ON "subsidy_audit"("claim_id", "at");

-- CreateIndex
CREATE INDEX "subsidy_audit_budget_id_at_idx" ON "subsidy_audit"("budget_id", "at");

-- AddForeignKey
ALTER TABLE "subsidy_budget_top_ups" ADD CONSTRAINT "subsidy_budget_top_ups_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "subsidy_budgets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "subsidy_budgets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_evidence" ADD CONSTRAINT "subsidy_evidence_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "subsidy_claims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
