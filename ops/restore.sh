#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a new database.
#
#   1. Create an empty database and start Vangnet (the version that made the backup) on it once,
#      so that its migrations create the schema; stop it.
#   2. PGHOST=... PGUSER=<superuser or the database owner if superuser> PGDATABASE=... ops/restore.sh <backup directory>
#   3. Start Vangnet with the SAME two VANGNET_CRYPTO_* keys as before: without them the contact
#      details and identifiers cannot be read (decision 013).
#
# Everything the first start created (a setup token, demo data) is replaced by the backup, in one
# transaction: a restore that fails leaves the database as it was. Foreign keys and triggers (the
# append-only guard of the audit trail among them) are not applied while loading, as with
# pg_restore --disable-triggers: the data was consistent when it was read. Needs a superuser.
set -euo pipefail

source=${1:?usage: ops/restore.sh <backup directory>}
source=$(cd "$source" && pwd)
[[ -f "$source/TABLES" && -f "$source/SCHEMA_VERSION" ]] || { echo "restore: $source is not a backup" >&2; exit 1; }
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

version=$(psql -X -v ON_ERROR_STOP=1 -Atc "select max(version) from flyway_schema_history where success")
if [[ "$version" != "$(cat "$source/SCHEMA_VERSION")" ]]; then
    echo "restore: the database has schema version '$version', the backup '$(cat "$source/SCHEMA_VERSION")';" \
        "start the Vangnet version that made the backup on the empty database first" >&2
    exit 1
fi

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
    echo 'begin;'
    echo 'set local session_replication_role = replica;'
    # The schema history stays the target's own: the same version, checked above.
    echo -n 'truncate table '
    grep -v '^flyway_schema_history$' "$source/TABLES" | sed 's/.*/public."&"/' | paste -sd, | tr -d '\n'
    echo ' restart identity;'
    grep -v '^flyway_schema_history$' "$source/TABLES" | while read -r table; do
        echo "\\copy public.\"$table\" from '$source/$table.copy'"
    done
    # Identity columns continue after the highest restored value.
    cat <<'SQL'
select format('select setval(%L, coalesce((select max(%I) from public.%I), 0) + 1, false)',
              pg_get_serial_sequence(format('public.%I', table_name), column_name), column_name, table_name)
from information_schema.columns
where table_schema = 'public' and pg_get_serial_sequence(format('public.%I', table_name), column_name) is not null
\gexec
SQL
    echo 'commit;'
} >"$script"
psql -X -q -v ON_ERROR_STOP=1 -f "$script" >/dev/null
echo "restore: $(grep -vc '^flyway_schema_history$' "$source/TABLES") tables restored from $source"
