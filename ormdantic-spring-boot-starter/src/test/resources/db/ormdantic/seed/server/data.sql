-- MariaDB keeps the names as written and PostgreSQL folds unquoted names to lower case, as Ormdantic's tables are.
INSERT INTO boot_seeded_flavor (name) VALUES ('vanilla');
INSERT INTO boot_seeded_flavor (name) VALUES ('mocha');
