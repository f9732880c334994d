-- The cohort dashboard's cache key: bumped with every KPI report of a member startup.
ALTER TABLE "cohorts" ADD COLUMN "kpi_revision" INTEGER NOT NULL DEFAULT 0;
