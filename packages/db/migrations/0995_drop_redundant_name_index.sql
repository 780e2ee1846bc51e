-- The single-column index on the enterprise name (0001) is a prefix of enterprises_name_uscc_idx
-- (name, uscc), which serves every query the single column did: name order, name ranges and the
-- key-paged lists. At 2.6 M enterprises it took 205 MB and one more sort at every first load of the
-- registry and one more entry at every insert and rename.
DROP INDEX IF EXISTS enterprises_name_idx;
