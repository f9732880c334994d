-- In-app notifications (@sti/notifications): deadline reminders and weekly digests are written here.

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
