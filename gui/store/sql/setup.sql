-- Claimgrid: a project shared on a PostgreSQL server (one project per database).
--
-- An administrator runs this once in the project's database, as its owner:
--     psql "postgresql://admin@db.example.org/story_2026" -f setup.sql
-- then gives each reviewer a login in the group:
--     CREATE ROLE dewi LOGIN IN ROLE claimgrid_reviewer;   -- password set with \password
-- `claimgrid share FILE ADDRESS` runs it too when the tables are missing and the role may.
-- Running it again changes nothing.
--
-- Decisions are append-only: a reviewer may add rows (a decision, or the undoing or redoing
-- of one of their own) and read everyone's, but may not change or delete any row. The rows
-- are numbered in the order they were committed (the client takes a transaction lock before
-- it inserts), so "everything after number N" is all a window needs to ask for.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimgrid_reviewer') THEN
        CREATE ROLE claimgrid_reviewer NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS claimgrid;

CREATE TABLE IF NOT EXISTS claimgrid.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE IF NOT EXISTS claimgrid.sources (
    id text PRIMARY KEY,
    position integer NOT NULL,
    key text NOT NULL,
    outlet text NOT NULL,
    title text NOT NULL,
    published text,
    language text NOT NULL,
    text text NOT NULL,
    path text NOT NULL,
    url text NOT NULL DEFAULT ''
);

-- One row: the last analysis, as the project file keeps it (gui/store/codec.py).
CREATE TABLE IF NOT EXISTS claimgrid.analysis (
    id integer PRIMARY KEY CHECK (id = 1),
    made timestamptz NOT NULL DEFAULT now(),
    body text NOT NULL,
    made_by text NOT NULL DEFAULT current_user,
    revision bigint NOT NULL DEFAULT 1
);

-- A row is a decision (payload set, target null) or the undoing (active false) or redoing
-- (active true) of the decision numbered target. client_key makes a resend harmless.
CREATE TABLE IF NOT EXISTS claimgrid.decisions (
    id bigserial PRIMARY KEY,
    client_key text NOT NULL UNIQUE,
    role name NOT NULL DEFAULT current_user,
    reviewer text NOT NULL,
    made timestamptz NOT NULL DEFAULT now(),
    kind text NOT NULL,
    payload text,
    target bigint REFERENCES claimgrid.decisions (id),
    active boolean,
    CHECK ((payload IS NULL) = (target IS NOT NULL)),
    CHECK ((target IS NULL) = (active IS NULL))
);

CREATE OR REPLACE FUNCTION claimgrid.announce() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('claimgrid', TG_TABLE_NAME || ' ' || coalesce(NEW.id::text, ''));
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS announce ON claimgrid.decisions;
CREATE TRIGGER announce AFTER INSERT ON claimgrid.decisions
    FOR EACH ROW EXECUTE FUNCTION claimgrid.announce();
DROP TRIGGER IF EXISTS announce ON claimgrid.analysis;
CREATE TRIGGER announce AFTER INSERT OR UPDATE ON claimgrid.analysis
    FOR EACH ROW EXECUTE FUNCTION claimgrid.announce();

-- Reviewers: read everything, add decisions as themselves, undo or redo only their own,
-- and replace the corpus and its analysis (a re-analysis reaches everyone).
GRANT USAGE ON SCHEMA claimgrid TO claimgrid_reviewer;
GRANT SELECT ON ALL TABLES IN SCHEMA claimgrid TO claimgrid_reviewer;
GRANT INSERT ON claimgrid.decisions TO claimgrid_reviewer;
GRANT USAGE ON SEQUENCE claimgrid.decisions_id_seq TO claimgrid_reviewer;
GRANT INSERT, DELETE ON claimgrid.sources TO claimgrid_reviewer;
GRANT INSERT, UPDATE ON claimgrid.analysis TO claimgrid_reviewer;
REVOKE UPDATE, DELETE, TRUNCATE ON claimgrid.decisions FROM claimgrid_reviewer;

ALTER TABLE claimgrid.decisions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON claimgrid.decisions;
CREATE POLICY everyone_reads ON claimgrid.decisions FOR SELECT USING (true);
DROP POLICY IF EXISTS own_rows ON claimgrid.decisions;
CREATE POLICY own_rows ON claimgrid.decisions FOR INSERT WITH CHECK (
    role = current_user
    AND (target IS NULL OR EXISTS (
        SELECT 1 FROM claimgrid.decisions AS d WHERE d.id = decisions.target AND d.role = current_user
    ))
);

INSERT INTO claimgrid.meta VALUES ('format', '1') ON CONFLICT (key) DO NOTHING;
