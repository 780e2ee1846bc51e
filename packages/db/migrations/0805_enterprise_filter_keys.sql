-- The filters officials combine in the enterprise search (district subtree, industry prefix, tag)
-- answered by one GIN index over one key list per enterprise: every ancestor of its district
-- (d:cn-gd-sz, d:cn-gd-sz-nanshan), every prefix of its industry code (i:C, i:C3, i:C39 …) and
-- each tag (t:HIGH_TECH). "Nanshan, manufacturing, high-tech" is then one containment test whose
-- posting lists GIN intersects, instead of three bitmaps of 20 000, 245 000 and 424 000 rows
-- ANDed at 2.6 M enterprises (measured 145–190 ms a search before, 6–17 ms after). The separate
-- industry and tag indexes served only that search and go.
CREATE FUNCTION enterprise_filter_keys(district text, industry_code text, tags text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(
    SELECT 'd:' || array_to_string(p[1:n], '-') FROM (SELECT string_to_array(district, '-') AS p) s, generate_series(1, cardinality(p)) n
    UNION ALL SELECT 'i:' || left(industry_code, n) FROM generate_series(1, length(industry_code)) n
    UNION ALL SELECT 't:' || t FROM unnest(tags) t)
$$;

CREATE INDEX enterprises_filter_keys_idx ON enterprises USING gin (enterprise_filter_keys(district, industry_code, tags));
DROP INDEX enterprises_tags_idx;
DROP INDEX enterprises_industry_idx;
