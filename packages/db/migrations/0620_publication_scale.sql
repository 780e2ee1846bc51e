-- Publication at scale: a notice job reads one uscc range of the registry (50 000 enterprises) with
-- the current profile columns matching needs and the figures of three fiscal years. These covering
-- indexes let both reads be index-only range scans in uscc order, instead of one random heap
-- fetch per enterprise and per year (docs/matching.md, "Publication at scale").
CREATE INDEX enterprises_matching_idx ON enterprises (uscc)
  INCLUDE (district, industry_code, registration_date, taxpayer_type, is_individual_business, tags);
CREATE INDEX enterprise_figures_matching_idx ON enterprise_figures (uscc, year)
  INCLUDE (employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen);
