-- The Message DB layout (schema message_store), written for Rewind. `rewind init` runs this script
-- in one transaction, and only when message_store.messages does not exist: a database set up by
-- Eventide's own installer is never touched. Names, signatures, types, defaults, views, the
-- message_store role with its grants, and behaviour follow Message DB 1.3, so that Eventide's
-- clients and scripts and Rewind can share a database created by either.
--
-- Differences that do not change behaviour: every name is schema-qualified (the functions work
-- whatever the caller's search_path), and the small pure functions are SQL functions, which
-- PostgreSQL inlines into queries and into the category index instead of calling PL/pgSQL per row.
-- gen_random_uuid() is built into PostgreSQL 13 and later, so pgcrypto is not needed.

CREATE SCHEMA IF NOT EXISTS message_store;

CREATE TABLE message_store.messages (
  global_position bigserial NOT NULL,
  position bigint NOT NULL,
  time timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc') NOT NULL,
  stream_name text NOT NULL,
  type text NOT NULL,
  data jsonb,
  metadata jsonb,
  id uuid NOT NULL DEFAULT gen_random_uuid()
);

ALTER TABLE message_store.messages ADD PRIMARY KEY (global_position) NOT DEFERRABLE INITIALLY IMMEDIATE;

-- The row type the read functions return. Eventide clients read every column as text.
DROP TYPE IF EXISTS message_store.message CASCADE;
CREATE TYPE message_store.message AS (
  id varchar,
  stream_name varchar,
  type varchar,
  position bigint,
  global_position bigint,
  data varchar,
  metadata varchar,
  time timestamp
);

CREATE OR REPLACE FUNCTION message_store.message_store_version()
RETURNS varchar
LANGUAGE sql
VOLATILE
AS $fn$
  -- The Message DB release whose layout and behaviour this script reproduces.
  SELECT '1.3.0'::varchar
$fn$;

-- 64 bits of the MD5 of the value: the advisory-lock key writers of one category share.
CREATE OR REPLACE FUNCTION message_store.hash_64(value varchar)
RETURNS bigint
LANGUAGE sql
IMMUTABLE
AS $fn$
  SELECT ('x' || left(md5(value), 16))::bit(64)::bigint
$fn$;

-- The text before the first '-'; a name without '-' is its own category.
CREATE OR REPLACE FUNCTION message_store.category(stream_name varchar)
RETURNS varchar
LANGUAGE sql
IMMUTABLE
AS $fn$
  SELECT split_part(stream_name, '-', 1)::varchar
$fn$;

-- True for a name without '-' (and, as in Message DB, for null).
CREATE OR REPLACE FUNCTION message_store.is_category(stream_name varchar)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $fn$
  SELECT coalesce(strpos(stream_name, '-') = 0, true)
$fn$;

-- Everything after the first '-', or null for a category.
CREATE OR REPLACE FUNCTION message_store.id(stream_name varchar)
RETURNS varchar
LANGUAGE sql
IMMUTABLE
AS $fn$
  SELECT CASE WHEN strpos(stream_name, '-') = 0 THEN NULL
              ELSE substr(stream_name, strpos(stream_name, '-') + 1)::varchar END
$fn$;

-- The id up to its first '+' ("account-123+456" -> "123"), or null for a category.
CREATE OR REPLACE FUNCTION message_store.cardinal_id(stream_name varchar)
RETURNS varchar
LANGUAGE sql
IMMUTABLE
AS $fn$
  SELECT split_part(message_store.id(stream_name), '+', 1)::varchar
$fn$;

-- Serialises writers of one category until their transaction ends: within a category, positions
-- and global positions are then assigned in commit order.
CREATE OR REPLACE FUNCTION message_store.acquire_lock(stream_name varchar)
RETURNS bigint
LANGUAGE plpgsql
VOLATILE
AS $fn$
DECLARE
  _key bigint := message_store.hash_64(message_store.category(acquire_lock.stream_name));
BEGIN
  PERFORM pg_advisory_xact_lock(_key);
  IF current_setting('message_store.debug_write', true) = 'on'
     OR current_setting('message_store.debug', true) = 'on' THEN
    RAISE NOTICE 'acquire_lock: stream_name %, category %, key %',
      acquire_lock.stream_name, message_store.category(acquire_lock.stream_name), _key;
  END IF;
  RETURN _key;
END;
$fn$;

-- Position of the stream's last message, or null when the stream has none. PL/pgSQL rather than
-- SQL: PostgreSQL plans a SQL function's query anew on every call, PL/pgSQL keeps the plan.
CREATE OR REPLACE FUNCTION message_store.stream_version(stream_name varchar)
RETURNS bigint
LANGUAGE plpgsql
VOLATILE
AS $fn$
BEGIN
  RETURN (SELECT max(m.position) FROM message_store.messages m WHERE m.stream_name = stream_version.stream_name);
END;
$fn$;

CREATE OR REPLACE FUNCTION message_store.write_message(
  id varchar,
  stream_name varchar,
  "type" varchar,
  data jsonb,
  metadata jsonb DEFAULT NULL,
  expected_version bigint DEFAULT NULL
)
RETURNS bigint
LANGUAGE plpgsql
VOLATILE
AS $fn$
DECLARE
  _version bigint;
  _position bigint;
  _id uuid;
BEGIN
  PERFORM message_store.acquire_lock(write_message.stream_name);

  -- Read after the lock: every earlier writer of this category has committed or rolled back.
  _version := coalesce((SELECT max(m.position) FROM message_store.messages m
                        WHERE m.stream_name = write_message.stream_name), -1);

  IF write_message.expected_version IS NOT NULL AND write_message.expected_version <> _version THEN
    RAISE EXCEPTION 'Wrong expected version: % (Stream: %, Stream Version: %)',
      write_message.expected_version, write_message.stream_name, _version;
  END IF;

  _position := _version + 1;
  -- Converted before the INSERT, as Message DB does: a malformed id then fails without drawing a
  -- global position, so both leave the same positions behind.
  _id := uuid(write_message.id);

  INSERT INTO message_store.messages (id, stream_name, position, type, data, metadata)
  VALUES (_id, write_message.stream_name, _position, write_message.type,
          write_message.data, write_message.metadata);

  IF current_setting('message_store.debug_write', true) = 'on'
     OR current_setting('message_store.debug', true) = 'on' THEN
    RAISE NOTICE 'write_message: id %, stream_name %, type %, expected_version %, position %',
      write_message.id, write_message.stream_name, write_message.type,
      write_message.expected_version, _position;
  END IF;

  RETURN _position;
END;
$fn$;

CREATE OR REPLACE FUNCTION message_store.get_stream_messages(
  stream_name varchar,
  "position" bigint DEFAULT 0,
  batch_size bigint DEFAULT 1000,
  condition varchar DEFAULT NULL
)
RETURNS SETOF message_store.message
LANGUAGE plpgsql
VOLATILE
AS $fn$
DECLARE
  _from bigint := coalesce(get_stream_messages.position, 0);
  _size bigint := coalesce(get_stream_messages.batch_size, 1000);
  _sql text;
BEGIN
  IF message_store.is_category(get_stream_messages.stream_name) THEN
    RAISE EXCEPTION 'Must be a stream name: %', get_stream_messages.stream_name;
  END IF;

  IF get_stream_messages.condition IS NULL THEN
    -- LIMIT NULL is no limit: a batch size of -1 reads the whole stream.
    RETURN QUERY
      SELECT m.id::varchar, m.stream_name::varchar, m.type::varchar, m.position::bigint,
             m.global_position::bigint, m.data::varchar, m.metadata::varchar, m.time::timestamp
      FROM message_store.messages m
      WHERE m.stream_name = get_stream_messages.stream_name AND m.position >= _from
      ORDER BY m.position
      LIMIT CASE WHEN _size = -1 THEN NULL ELSE _size END;
    RETURN;
  END IF;

  -- A caller-supplied SQL condition is only honoured where the database owner switched it on.
  IF coalesce(current_setting('message_store.sql_condition', true), 'off') = 'off' THEN
    RAISE EXCEPTION 'Retrieval with SQL condition is not activated';
  END IF;

  _sql := format(
    'SELECT id::varchar, stream_name::varchar, type::varchar, position::bigint, global_position::bigint,'
    ' data::varchar, metadata::varchar, time::timestamp'
    ' FROM message_store.messages'
    ' WHERE stream_name = $1 AND position >= $2 AND (%s)'
    ' ORDER BY position LIMIT CASE WHEN $3 = -1 THEN NULL ELSE $3 END',
    get_stream_messages.condition);
  RETURN QUERY EXECUTE _sql USING get_stream_messages.stream_name, _from, _size;
END;
$fn$;

CREATE OR REPLACE FUNCTION message_store.get_category_messages(
  category varchar,
  "position" bigint DEFAULT 1,
  batch_size bigint DEFAULT 1000,
  correlation varchar DEFAULT NULL,
  consumer_group_member bigint DEFAULT NULL,
  consumer_group_size bigint DEFAULT NULL,
  condition varchar DEFAULT NULL
)
RETURNS SETOF message_store.message
LANGUAGE plpgsql
VOLATILE
AS $fn$
DECLARE
  _from bigint := coalesce(get_category_messages.position, 1);
  _size bigint := coalesce(get_category_messages.batch_size, 1000);
  _member bigint := get_category_messages.consumer_group_member;
  _members bigint := get_category_messages.consumer_group_size;
  _sql text;
BEGIN
  IF NOT message_store.is_category(get_category_messages.category) THEN
    RAISE EXCEPTION 'Must be a category: %', get_category_messages.category;
  END IF;

  IF get_category_messages.correlation IS NOT NULL
     AND strpos(get_category_messages.correlation, '-') > 0 THEN
    RAISE EXCEPTION 'Correlation must be a category (Correlation: %)', get_category_messages.correlation;
  END IF;

  IF (_member IS NULL) <> (_members IS NULL) THEN
    RAISE EXCEPTION 'Consumer group member and size must be specified (Consumer Group Member: %, Consumer Group Size: %)',
      _member, _members;
  END IF;
  IF _members IS NOT NULL THEN
    IF _members < 1 THEN
      RAISE EXCEPTION 'Consumer group size must not be less than 1 (Consumer Group Member: %, Consumer Group Size: %)',
        _member, _members;
    END IF;
    IF _member < 0 THEN
      RAISE EXCEPTION 'Consumer group member must not be less than 0 (Consumer Group Member: %, Consumer Group Size: %)',
        _member, _members;
    END IF;
    IF _member >= _members THEN
      RAISE EXCEPTION 'Consumer group member must be less than the group size (Consumer Group Member: %, Consumer Group Size: %)',
        _member, _members;
    END IF;
  END IF;

  _sql :=
    'SELECT id::varchar, stream_name::varchar, type::varchar, position::bigint, global_position::bigint,'
    ' data::varchar, metadata::varchar, time::timestamp'
    ' FROM message_store.messages'
    ' WHERE message_store.category(stream_name) = $1 AND global_position >= $2';
  IF get_category_messages.correlation IS NOT NULL THEN
    _sql := _sql || ' AND message_store.category(metadata->>''correlationStreamName'') = $4';
  END IF;
  IF _members IS NOT NULL THEN
    -- A stream belongs to one member of the group, chosen by its cardinal id.
    _sql := _sql || ' AND mod(@message_store.hash_64(message_store.cardinal_id(stream_name)), $6) = $5';
  END IF;
  IF get_category_messages.condition IS NOT NULL THEN
    IF coalesce(current_setting('message_store.sql_condition', true), 'off') = 'off' THEN
      RAISE EXCEPTION 'Retrieval with SQL condition is not activated';
    END IF;
    _sql := _sql || format(' AND (%s)', get_category_messages.condition);
  END IF;
  _sql := _sql || ' ORDER BY global_position LIMIT CASE WHEN $3 = -1 THEN NULL ELSE $3 END';

  RETURN QUERY EXECUTE _sql
    -- The group size goes in as smallint, as in Message DB, which refuses a larger one with
    -- "smallint out of range": the same error here.
    USING get_category_messages.category, _from, _size, get_category_messages.correlation, _member,
          _members::smallint;
END;
$fn$;

CREATE OR REPLACE FUNCTION message_store.get_last_stream_message(
  stream_name varchar,
  "type" varchar DEFAULT NULL
)
RETURNS SETOF message_store.message
LANGUAGE plpgsql
VOLATILE
AS $fn$
BEGIN
  RETURN QUERY
    SELECT m.id::varchar, m.stream_name::varchar, m.type::varchar, m.position::bigint,
           m.global_position::bigint, m.data::varchar, m.metadata::varchar, m.time::timestamp
    FROM message_store.messages m
    WHERE m.stream_name = get_last_stream_message.stream_name
      AND (get_last_stream_message.type IS NULL OR m.type = get_last_stream_message.type)
    ORDER BY m.position DESC
    LIMIT 1;
END;
$fn$;

CREATE UNIQUE INDEX messages_id ON message_store.messages (id);

CREATE UNIQUE INDEX messages_stream ON message_store.messages (stream_name, position);

CREATE INDEX messages_category ON message_store.messages (
  message_store.category(stream_name),
  global_position,
  message_store.category(metadata->>'correlationStreamName')
);

-- Message DB's summary views, which Eventide's print-*-summary scripts read.
CREATE OR REPLACE VIEW message_store.stream_summary AS
  WITH stream_count AS (
    SELECT stream_name, COUNT(id) AS message_count
    FROM message_store.messages
    GROUP BY stream_name
  ),
  total_count AS (
    SELECT COUNT(id)::decimal AS total_count FROM message_store.messages
  )
  SELECT stream_name, message_count, ROUND((message_count / total_count)::decimal * 100, 2) AS percent
  FROM stream_count, total_count
  ORDER BY stream_name;

CREATE OR REPLACE VIEW message_store.type_summary AS
  WITH type_count AS (
    SELECT type, COUNT(id) AS message_count
    FROM message_store.messages
    GROUP BY type
  ),
  total_count AS (
    SELECT COUNT(id)::decimal AS total_count FROM message_store.messages
  )
  SELECT type, message_count, ROUND((message_count / total_count)::decimal * 100, 2) AS percent
  FROM type_count, total_count
  ORDER BY type;

CREATE OR REPLACE VIEW message_store.stream_type_summary AS
  WITH type_count AS (
    SELECT stream_name, type, COUNT(id) AS message_count
    FROM message_store.messages
    GROUP BY stream_name, type
  ),
  total_count AS (
    SELECT COUNT(id)::decimal AS total_count FROM message_store.messages
  )
  SELECT stream_name, type, message_count,
         ROUND((message_count / total_count)::decimal * 100, 2) AS percent
  FROM type_count, total_count
  ORDER BY stream_name, type;

CREATE OR REPLACE VIEW message_store.type_stream_summary AS
  WITH type_count AS (
    SELECT type, stream_name, COUNT(id) AS message_count
    FROM message_store.messages
    GROUP BY type, stream_name
  ),
  total_count AS (
    SELECT COUNT(id)::decimal AS total_count FROM message_store.messages
  )
  SELECT type, stream_name, message_count,
         ROUND((message_count / total_count)::decimal * 100, 2) AS percent
  FROM type_count, total_count
  ORDER BY type, stream_name;

CREATE OR REPLACE VIEW message_store.category_type_summary AS
  WITH type_count AS (
    SELECT message_store.category(stream_name) AS category, type, COUNT(id) AS message_count
    FROM message_store.messages
    GROUP BY category, type
  ),
  total_count AS (
    SELECT COUNT(id)::decimal AS total_count FROM message_store.messages
  )
  SELECT category, type, message_count,
         ROUND((message_count / total_count)::decimal * 100, 2) AS percent
  FROM type_count, total_count
  ORDER BY category, type;

CREATE OR REPLACE VIEW message_store.type_category_summary AS
  WITH type_count AS (
    SELECT type, message_store.category(stream_name) AS category, COUNT(id) AS message_count
    FROM message_store.messages
    GROUP BY type, category
  ),
  total_count AS (
    SELECT COUNT(id)::decimal AS total_count FROM message_store.messages
  )
  SELECT type, category, message_count,
         ROUND((message_count / total_count)::decimal * 100, 2) AS percent
  FROM type_count, total_count
  ORDER BY type, category;

-- Message DB's login role for Eventide's services, and its grants. Roles belong to the cluster:
-- one may exist already (another database's Message DB), and creating one needs CREATEROLE, which
-- the owner of a database need not have; without the role, the grants are left out and
-- `rewind init` says so.
DO $do$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'message_store') THEN
    BEGIN
      CREATE ROLE message_store WITH LOGIN;
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN RETURN;
    END;
  END IF;

  GRANT USAGE ON SCHEMA message_store TO message_store;
  GRANT SELECT, INSERT ON message_store.messages TO message_store;
  GRANT USAGE, SELECT ON SEQUENCE message_store.messages_global_position_seq TO message_store;
  GRANT EXECUTE ON FUNCTION gen_random_uuid() TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.acquire_lock(varchar) TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.cardinal_id(varchar) TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.category(varchar) TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.get_category_messages(varchar, bigint, bigint, varchar, bigint, bigint, varchar) TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.get_last_stream_message(varchar, varchar) TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.get_stream_messages(varchar, bigint, bigint, varchar) TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.hash_64(varchar) TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.id(varchar) TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.is_category(varchar) TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.message_store_version() TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.stream_version(varchar) TO message_store;
  GRANT EXECUTE ON FUNCTION message_store.write_message(varchar, varchar, varchar, jsonb, jsonb, bigint) TO message_store;
  GRANT SELECT ON message_store.category_type_summary, message_store.stream_summary,
    message_store.stream_type_summary, message_store.type_category_summary,
    message_store.type_stream_summary, message_store.type_summary TO message_store;
END;
$do$;
