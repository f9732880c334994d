-- CreateTable
CREATE TABLE "offer_ip_certificates" (
    "id" UUID NOT NULL,
    "offer_id" UUID NOT NULL,
    "filing_id" TEXT NOT NULL,
    "organisation_id" TEXT NOT NULL,
    "right" TEXT NOT NULL,
    "certificate_number" TEXT NOT NULL,
    "granted_on" DATE NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "offer_ip_certificates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "offer_ip_certificates_offer_id_filing_id_key" ON "offer_ip_certificates"("offer_id", "filing_id");
