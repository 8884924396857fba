-- Runs and per-row outcomes of the pipeline's jobs (nightlySync, linkedinBackfill, retries).
-- Portable SQL: runs on H2 and PostgreSQL (long text is TEXT: PostgreSQL has no CLOB type).
-- A run is one Spring Batch job instance: a restart continues the same run.
CREATE TABLE IF NOT EXISTS sync_run (
    run_id        BIGINT PRIMARY KEY,
    job_name      VARCHAR(64)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,   -- STARTED, COMPLETED, FAILED, STOPPED
    started_at    TIMESTAMP     NOT NULL,
    finished_at   TIMESTAMP,
    target        VARCHAR(512),             -- the org's URL; "embedded" runs say so
    parameters    VARCHAR(4000),
    retry_of      BIGINT,                   -- for retry-failed: the run whose rows it retried
    summary_json  TEXT
);

CREATE TABLE IF NOT EXISTS row_outcome (
    run_id         BIGINT        NOT NULL,
    source_file    VARCHAR(1024) NOT NULL,
    line_no        BIGINT        NOT NULL,
    lusha_id       VARCHAR(128),
    revealed_by    VARCHAR(320),
    record_type    VARCHAR(16),             -- Lead, Contact (the row's own record)
    outcome        VARCHAR(16)   NOT NULL,  -- CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED
    salesforce_id  VARCHAR(18),
    account_id     VARCHAR(18),
    code           VARCHAR(64),             -- our skip code or Salesforce's status code
    message        VARCHAR(4000),
    fields         VARCHAR(1000),           -- Salesforce fields concerned, comma-separated
    warnings_json  TEXT,                    -- [{"code","message","field"}]
    source_json    TEXT,                    -- the row's source columns, as read (run.SourceJson)
    recorded_at    TIMESTAMP     NOT NULL,
    PRIMARY KEY (run_id, source_file, line_no)
);

-- No secondary index: reports read a run's rows through the primary key (run_id first); the
-- sync's remembered exports read export_link below. Every secondary index here was maintained row
-- by row on every insert, with random keys: on H2 that was ~40% of the pipeline thread's time (H2
-- alone, 100,000 rows: 35-55 s of inserts and commits with five secondary indexes, 16-18 s with
-- one). The backfill's lookups by Lusha id, Salesforce id, Account id and email build their
-- indexes when a backfill starts and drop them when it ends (backfill.StoredRowIndexes). A database
-- made before keeps row_outcome_lusha_id until export_link is filled from it (run.ExportLinkMigration)
-- and the others until its first backfill ends (dropping them here, at every start, would pull them
-- from under a backfill running in another process).
DROP INDEX IF EXISTS row_outcome_outcome;

-- Email 1 of the row (lower case), so that a later run finds the Lusha data of a person by email
-- (the backfill). Added to tables created before it existed; kept in this file to run after the CREATE.
ALTER TABLE row_outcome ADD COLUMN IF NOT EXISTS email VARCHAR(320);

-- The column names of the headers rows were read under (run.SourceJson): a row's source_json is
-- then ["<header_key>", cell, ...] instead of an object repeating every column name (rows stored
-- before this table keep the object form).
CREATE TABLE IF NOT EXISTS source_header (
    header_key     CHAR(32)  PRIMARY KEY,   -- first 128 bits of the SHA-256 of columns_json (UTF-8), hex
    columns_json   TEXT      NOT NULL       -- the names as a JSON array, in column order
);

-- The Salesforce records each Lusha id was exported to: one row per pair that a run created,
-- updated or found unchanged (run.ExportLinks), written with the outcomes. The sync's first
-- matching tier reads it instead of scanning every run's rows.
CREATE TABLE IF NOT EXISTS export_link (
    lusha_id       VARCHAR(128)  NOT NULL,
    salesforce_id  VARCHAR(18)   NOT NULL,
    PRIMARY KEY (lusha_id, salesforce_id)
);

-- One-time data migrations done (run.ExportLinkMigration): name and when.
CREATE TABLE IF NOT EXISTS app_migration (
    name     VARCHAR(64)  PRIMARY KEY,
    done_at  TIMESTAMP    NOT NULL
);

-- A run's rows per outcome and code, counted as its chunks are stored (run.OutcomeCounters), so
-- that its summary does not read every row of the run. sync_run.outcome_counts marks the runs
-- counted from their start; older runs are counted from their rows.
ALTER TABLE sync_run ADD COLUMN IF NOT EXISTS outcome_counts BOOLEAN;
CREATE TABLE IF NOT EXISTS run_outcome_count (
    run_id   BIGINT       NOT NULL,
    outcome  VARCHAR(16)  NOT NULL,
    code     VARCHAR(64)  NOT NULL,   -- '' for a row without code
    n        BIGINT       NOT NULL,
    PRIMARY KEY (run_id, outcome, code)
);
