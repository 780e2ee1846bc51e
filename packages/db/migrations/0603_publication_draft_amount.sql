-- The amount of an authored policy (补助金额): { labelZh, labelEn, formula, cite }, the formula in the
-- condition language yielding whole fen, checked by the rules engine like the YAML policies'
-- amounts. NULL when the policy pays no computable amount (information, a qualification).
ALTER TABLE policy_drafts ADD COLUMN amount jsonb CHECK (amount IS NULL OR jsonb_typeof(amount) = 'object');
