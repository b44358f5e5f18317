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

-- No trigger on message_store.messages: readers of the head poll it (the primary key's last entry)
-- instead. An earlier Rewind added one, rewind_head_notify, whose NOTIFY made every writer's commit
-- queue on the cluster-wide notify lock; `rewind init --drop-head-trigger` removes it.

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
