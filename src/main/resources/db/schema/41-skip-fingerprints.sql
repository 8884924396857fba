-- Skips decided by the row alone (sync.UnchangedRows): a row our own checks skipped before any
-- record of the org was in play (no Lead or Contact holds its Lusha id or emails) keeps its
-- fingerprint too, with no record named and the skip it was reported with. Idempotent: it runs at
-- every start, on H2 and PostgreSQL.
ALTER TABLE row_fingerprint ALTER COLUMN record_type DROP NOT NULL;   -- null: a skip before routing
ALTER TABLE row_fingerprint ALTER COLUMN salesforce_id DROP NOT NULL; -- null: a skip
ALTER TABLE row_fingerprint ADD COLUMN IF NOT EXISTS skip_json VARCHAR(8000); -- the skip's code, message and fields (JSON)
