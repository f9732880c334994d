-- OCOP product readiness: rule-set versions, products, readiness items, their documents, help requests.

-- CreateTable
CREATE TABLE "ocop_rule_sets" (
    "id" UUID NOT NULL,
    "effective_from" DATE NOT NULL,
    "rules" JSONB NOT NULL,
    "note" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ocop_rule_sets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ocop_products" (
    "id" UUID NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "organisation_name" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT,
    "locality_code" TEXT,
    "target_stars" INTEGER NOT NULL,
    "current_stars" INTEGER NOT NULL DEFAULT 0,
    "rules_effective_from" DATE NOT NULL,
    "readiness_percent" INTEGER NOT NULL DEFAULT 0,
    "stars_reached" INTEGER NOT NULL DEFAULT 0,
    "ready_for_target" BOOLEAN NOT NULL DEFAULT false,
    "open_help_count" INTEGER NOT NULL DEFAULT 0,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ocop_products_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ocop_readiness_items" (
    "id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'not_started',
    "details" JSONB NOT NULL,
    "note" TEXT,
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMPTZ(6),
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ocop_readiness_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ocop_documents" (
    "id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_by" TEXT NOT NULL,
    "uploaded_by_name" TEXT NOT NULL,
    "uploaded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ocop_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ocop_help_requests" (
    "id" UUID NOT NULL,
    "product_id" UUID NOT NULL,
    "item_code" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "asked_by" TEXT NOT NULL,
    "asked_by_name" TEXT NOT NULL,
    "asked_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "state" TEXT NOT NULL DEFAULT 'open',
    "answer" TEXT,
    "answered_by" TEXT,
    "answered_by_name" TEXT,
    "answered_at" TIMESTAMPTZ(6),

    CONSTRAINT "ocop_help_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ocop_rule_sets_effective_from_key" ON "ocop_rule_sets"("effective_from");

-- CreateIndex
CREATE INDEX "ocop_products_organisation_id_created_at_idx" ON "ocop_products"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "ocop_products_created_at_idx" ON "ocop_products"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "ocop_readiness_items_product_id_code_key" ON "ocop_readiness_items"("product_id", "code");

-- CreateIndex
CREATE INDEX "ocop_readiness_items_status_idx" ON "ocop_readiness_items"("status");

-- CreateIndex
CREATE INDEX "ocop_documents_item_id_idx" ON "ocop_documents"("item_id");

-- CreateIndex
CREATE INDEX "ocop_help_requests_product_id_asked_at_idx" ON "ocop_help_requests"("product_id", "asked_at");

-- CreateIndex
CREATE INDEX "ocop_help_requests_state_asked_at_idx" ON "ocop_help_requests"("state", "asked_at");

-- AddForeignKey
ALTER TABLE "ocop_readiness_items" ADD CONSTRAINT "ocop_readiness_items_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "ocop_products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ocop_documents" ADD CONSTRAINT "ocop_documents_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "ocop_readiness_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ocop_help_requests" ADD CONSTRAINT "ocop_help_requests_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "ocop_products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
