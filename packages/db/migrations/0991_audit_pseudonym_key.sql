-- The key of the audit log's pseudonyms for anonymous reporters: random per installation, kept in
-- the database (never in the repository), so that an anonymous case's audit events name no one.
INSERT INTO app_settings (key, value)
VALUES ('audit_pseudonym_key', to_jsonb(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')))
ON CONFLICT (key) DO NOTHING;
