-- The language the Secretariat prepared a compiled document in (issue 11, point 5): every
-- rendering states it ("Original: English", "Original : anglais", "Original: inglés").
-- NULL for jobs requested before: they were prepared in English.
ALTER TABLE compilation_job ADD COLUMN original_language VARCHAR(2);
