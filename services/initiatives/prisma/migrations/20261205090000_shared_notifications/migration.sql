-- Notifications move to the platform's shared model (@sti/notifications): the service's own table is
-- renamed, the shared tables are created verbatim, the rows are copied (each message becomes the body,
-- read marks become the user's read rows) and the old table is dropped.
ALTER TABLE "notifications" RENAME TO "initiatives_notifications_old";
ALTER TABLE "initiatives_notifications_old" RENAME CONSTRAINT "notifications_pkey" TO "initiatives_notifications_old_pkey";
ALTER INDEX "notifications_user_id_created_at_idx" RENAME TO "initiatives_notifications_old_user_idx";

-- In-app notifications of @sti/notifications (one model for the platform).
-- Copy verbatim into a migration of every service that notifies
-- (prisma/migrations/<timestamp>_notifications/migration.sql). Mirrors NOTIFICATIONS_TABLES_SQL in
-- notifications-tables.sql.ts.

-- A notification is addressed to one user, or to an organisation (every member sees it). Its text is
-- either stored (title/body in Vietnamese and English) or rendered when read from a template key and
-- its parameters, so a wording fix reaches notifications already written.
CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  recipient_type text NOT NULL CHECK (recipient_type IN ('user', 'organisation')),
  recipient_id text NOT NULL,
  kind text NOT NULL,
  template text,
  params jsonb NOT NULL DEFAULT '{}',
  title_vi text,
  title_en text,
  body_vi text,
  body_en text,
  link text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT notifications_text_or_template CHECK (
    template IS NOT NULL
    OR (title_vi IS NOT NULL AND title_en IS NOT NULL AND body_vi IS NOT NULL AND body_en IS NOT NULL)
  )
);
-- Newest first per recipient (ids are UUIDv7, so id order is time order).
CREATE INDEX notifications_recipient_idx ON notifications (recipient_type, recipient_id, id);

-- Read marks belong to each user: one member of an organisation reading a notification does not
-- clear it for the others.
CREATE TABLE notification_reads (
  user_id text NOT NULL,
  notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
  read_at timestamptz(3) NOT NULL,
  PRIMARY KEY (user_id, notification_id)
);
CREATE INDEX notification_reads_notification_idx ON notification_reads (notification_id);

INSERT INTO notifications (id, recipient_type, recipient_id, kind, title_vi, title_en, body_vi, body_en, link, created_at)
SELECT id, 'user', user_id, kind, 'Sáng kiến', 'Initiatives', title_vi, title_en, link, created_at
FROM "initiatives_notifications_old";

INSERT INTO notification_reads (user_id, notification_id, read_at)
SELECT user_id, id, read_at FROM "initiatives_notifications_old" WHERE read_at IS NOT NULL;

DROP TABLE "initiatives_notifications_old";
