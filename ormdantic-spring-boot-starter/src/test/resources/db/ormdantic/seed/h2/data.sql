-- H2 folds unquoted names to upper case; Ormdantic's tables have quoted lower-case names.
INSERT INTO "boot_seeded_flavor" ("name") VALUES ('vanilla');
INSERT INTO "boot_seeded_flavor" ("name") VALUES ('mocha');
