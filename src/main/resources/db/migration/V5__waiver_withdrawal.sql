-- A waiver a reviewer withdraws stays in the audit trail with who withdrew it and when; it no longer applies.
ALTER TABLE waivers ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE waivers ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
