-- Inspector ids are the department's own (a certificate or staff number): unique per department,
-- not across the city, so two departments may each have an inspector "A-001".
ALTER TABLE inspection_inspectors DROP CONSTRAINT inspection_inspectors_pkey;
ALTER TABLE inspection_inspectors ADD PRIMARY KEY (department_id, id);
