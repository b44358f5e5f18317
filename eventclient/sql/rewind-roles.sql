-- Rewind's roles (`rewind init --roles`). Group roles without login: grant them to people's
-- login roles (GRANT rewind_editor TO alice). The database enforces them; the window only hides what
-- a role may not do. Every statement is idempotent, so `init --roles` may run again after an upgrade.
--   rewind_support   reads the log and Rewind's tables; writes nothing.
--   rewind_editor    reads; appends only to the categories listed in rewind.editor_categories.
--   rewind_developer reads everything; writes Rewind's tables (projections, snapshots, lag history);
--                    appends nothing.

DO $do$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['rewind_support', 'rewind_editor', 'rewind_developer'] LOOP
    -- Roles belong to the cluster, not the database: two databases may run this at once.
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END LOOP;
END;
$do$;

-- The categories an editor may append to; the caller fills it in the same transaction.
CREATE TABLE IF NOT EXISTS rewind.editor_categories (
  category text PRIMARY KEY
);

GRANT USAGE ON SCHEMA message_store, rewind TO rewind_support, rewind_editor, rewind_developer;
GRANT SELECT ON message_store.messages TO rewind_support, rewind_editor, rewind_developer;
GRANT SELECT ON ALL TABLES IN SCHEMA rewind TO rewind_support, rewind_editor, rewind_developer;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA message_store TO rewind_support, rewind_editor, rewind_developer;

GRANT INSERT ON message_store.messages TO rewind_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA message_store TO rewind_editor;

GRANT INSERT, UPDATE, DELETE ON rewind.projections, rewind.parked_events, rewind.stream_snapshots,
  rewind.lag_samples TO rewind_developer;

-- Row-level security confines editors to the content categories. The permissive policy for
-- everyone keeps every other role (Eventide's writers, the owner's applications) exactly as it was;
-- the restrictive one narrows inserts by members of rewind_editor. Owners and superusers bypass
-- row-level security altogether.
ALTER TABLE message_store.messages ENABLE ROW LEVEL SECURITY;

DO $do$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_policy WHERE polname = 'rewind_everyone'
                 AND polrelid = 'message_store.messages'::regclass) THEN
    CREATE POLICY rewind_everyone ON message_store.messages AS PERMISSIVE FOR ALL TO PUBLIC
      USING (true) WITH CHECK (true);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_policy WHERE polname = 'rewind_editor_categories'
                 AND polrelid = 'message_store.messages'::regclass) THEN
    CREATE POLICY rewind_editor_categories ON message_store.messages AS RESTRICTIVE FOR INSERT
      TO rewind_editor
      WITH CHECK (message_store.category(stream_name) IN (SELECT category FROM rewind.editor_categories));
  END IF;
END;
$do$;
