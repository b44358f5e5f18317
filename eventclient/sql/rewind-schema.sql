-- Rewind's own schema, beside message_store. `rewind init` runs this in one transaction, also on a
-- database whose message store was installed by someone else, and again on one made by an older
-- Rewind: every statement is idempotent. schema_info records which version is in place.

CREATE SCHEMA IF NOT EXISTS rewind;

CREATE TABLE IF NOT EXISTS rewind.schema_info (
  key text PRIMARY KEY,
  value text
);

-- One row per projection: its state as of `checkpoint` (the global_position of the last event
-- applied), saved together so that a crash leaves either the old pair or the new one.
CREATE TABLE IF NOT EXISTS rewind.projections (
  name text PRIMARY KEY,
  code_version text NOT NULL,
  checkpoint bigint NOT NULL,
  checkpoint_time_us bigint NOT NULL,
  state bytea NOT NULL,
  events_per_second bigint NOT NULL,
  saved_at_us bigint NOT NULL
);

-- Events a projection could not fold; the projection went on past them.
CREATE TABLE IF NOT EXISTS rewind.parked_events (
  projection text NOT NULL,
  global_position bigint NOT NULL,
  stream_name text NOT NULL,
  type text NOT NULL,
  reason text NOT NULL,
  parked_at_us bigint NOT NULL,
  PRIMARY KEY (projection, global_position)
);

-- Aggregate states at positions of their streams, for replaying long streams quickly. Written only
-- on request (`rewind snapshot STREAM --every N`); fold_version keeps other code's states apart.
CREATE TABLE IF NOT EXISTS rewind.stream_snapshots (
  stream_name text NOT NULL,
  fold_version text NOT NULL,
  position bigint NOT NULL,
  state bytea NOT NULL,
  PRIMARY KEY (stream_name, fold_version, position)
);

-- Live tail (version 3): every statement that inserts into messages notifies channel rewind_head
-- when its transaction commits, so that a reader waiting for new events (the event browser) wakes
-- at once instead of polling. Statement-level: a COPY of a million rows sends one notification,
-- and notifications of one transaction with the same payload are folded into one by the server.
CREATE OR REPLACE FUNCTION rewind.notify_head() RETURNS trigger
LANGUAGE plpgsql
AS $fn$
BEGIN
  PERFORM pg_notify('rewind_head', '');
  RETURN NULL;
END;
$fn$;

DO $do$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger
                 WHERE tgname = 'rewind_head_notify'
                   AND tgrelid = 'message_store.messages'::regclass) THEN
    CREATE TRIGGER rewind_head_notify AFTER INSERT ON message_store.messages
      FOR EACH STATEMENT EXECUTE FUNCTION rewind.notify_head();
  END IF;
END;
$do$;

-- Lag history (version 4): one row per reading of a projection's lag, about one a second per
-- projection while a projections view is open; the view prunes rows older than a day.
CREATE TABLE IF NOT EXISTS rewind.lag_samples (
  source text NOT NULL,
  projection text NOT NULL,
  time_us bigint NOT NULL,
  checkpoint bigint NOT NULL,
  lag_events bigint NOT NULL,
  lag_seconds double precision NOT NULL,
  events_per_second double precision NOT NULL
);
CREATE INDEX IF NOT EXISTS lag_samples_time ON rewind.lag_samples (time_us);

INSERT INTO rewind.schema_info (key, value) VALUES ('schema_version', '4')
ON CONFLICT (key) DO UPDATE SET value = excluded.value;
