-- TRL and IP status may stay unknown for used equipment (the offer schema checks who may leave them empty).
ALTER TABLE "offers" ALTER COLUMN "trl" DROP NOT NULL;
ALTER TABLE "offers" ALTER COLUMN "ip_status" DROP NOT NULL;
