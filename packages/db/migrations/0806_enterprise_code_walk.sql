-- A name search with many matches pages in credit-code order, testing the name of each enterprise
-- it walks (search-enterprises.ts). With the name in the covering index of the registry (and the
-- district, industry and tags already there) that walk reads only the index, in key order: at
-- 2.6 M enterprises a page of a part held by 30 000 names took 0.9 ms, against 150–1 000 ms when
-- each walked row was fetched from the table.
DROP INDEX enterprises_matching_idx;
CREATE INDEX enterprises_matching_idx ON enterprises (uscc)
  INCLUDE (district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, name);
