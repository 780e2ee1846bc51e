-- Pages of one district in name order with industry and tag filters (issue 22): one index walk in
-- (district, name, uscc) order, the filters read from the index (INCLUDE), no table rows fetched
-- for the rows filtered out. Measured before it: 0.9 s for Nanshan × C × HIGH_TECH at 2.6 M.
CREATE INDEX enterprises_district_name_idx ON enterprises (district, name, uscc) INCLUDE (industry_code, tags);
