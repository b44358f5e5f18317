-- Rewind's own schema, beside message_store. `rewind init` runs this in one transaction, also on a
-- database whose message store was installed by someone else. Projection checkpoints, snapshots and
-- lag samples get their tables here in later versions; schema_info records which version is in place.

CREATE SCHEMA IF NOT EXISTS rewind;

CREATE TABLE IF NOT EXISTS rewind.schema_info (
  key text PRIMARY KEY,
  value text
);

INSERT INTO rewind.schema_info (key, value) VALUES ('schema_version', '1')
ON CONFLICT (key) DO NOTHING;
