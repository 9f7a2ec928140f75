-- Data only: "user.bootstrap" entries written before December 2026 had two shapes the reader
-- refused (admin:create wrote email, role and via, and the environment route wrote email, name and
-- role). Both become { email, name, role, via }, the name taken from the account.
UPDATE "AuditEntry"
SET "after" = json_object(
    'email', json_extract("after", '$.email'),
    'name', COALESCE(
        json_extract("after", '$.name'),
        (SELECT "name" FROM "User" WHERE "User"."id" = "AuditEntry"."entityKey"),
        '(not recorded)'
    ),
    'role', json_extract("after", '$.role'),
    'via', COALESCE(json_extract("after", '$.via'), 'environment')
)
WHERE "action" = 'user.bootstrap'
  AND json_valid("after")
  AND (json_extract("after", '$.name') IS NULL OR json_extract("after", '$.via') IS NULL);
