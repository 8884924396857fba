-- The orgs' Bulk paces (salesforce.bulk.BulkRates): how long the org took per record of a Bulk batch,
-- by org (instance URL) and object, so that the next run asks for its first chunk's results when due
-- instead of listing the batches to learn the pace again. Portable: H2 and PostgreSQL.
CREATE TABLE IF NOT EXISTS bulk_pace (
    org_url           VARCHAR(512)     NOT NULL,
    object_name       VARCHAR(128)     NOT NULL,
    nanos_per_record  DOUBLE PRECISION NOT NULL,
    learned_at        TIMESTAMP        NOT NULL,
    PRIMARY KEY (org_url, object_name)
);
