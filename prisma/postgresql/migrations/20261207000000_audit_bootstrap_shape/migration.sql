-- Data only: "user.bootstrap" entries written before December 2026 had two shapes the reader
-- refused (admin:create wrote email, role and via, and the environment route wrote email, name and
-- role). Both become { email, name, role, via }, the name taken from the account. Only the
-- application writes these rows, as JSON objects, and anything else is left for the reader, which
-- shows it as unreadable.
UPDATE "AuditEntry" AS a
SET "after" = json_build_object(
    'email', a."after"::json ->> 'email',
    'name', COALESCE(
        a."after"::json ->> 'name',
        (SELECT u."name" FROM "User" u WHERE u."id" = a."entityKey"),
        '(not recorded)'
    ),
    'role', a."after"::json ->> 'role',
    'via', COALESCE(a."after"::json ->> 'via', 'environment')
)::text
WHERE a."action" = 'user.bootstrap'
  AND a."after" LIKE '{%}'
  AND (a."after"::json ->> 'name' IS NULL OR a."after"::json ->> 'via' IS NULL);
