#!/usr/bin/env bash
# Backs up Vangnet's database (not its keys) into a directory: one file per table in PostgreSQL's COPY
# text format, all read in one consistent snapshot, plus the schema version it belongs to.
#
#   PGHOST=db PGPORT=5432 PGUSER=vangnet PGPASSWORD=... PGDATABASE=vangnet ops/backup.sh /backups/vangnet-2026-12-05
#
# Needs only psql (any version from 12 on; Debian's postgresql-client), so it works whatever server
# version pg_dump would insist on. The contact details and extorter identifiers in it stay encrypted:
# keep the backup and the two VANGNET_CRYPTO_* keys in different places (README, decision 013). The
# evidence files are not in it: back up the evidence directory alongside. Restore with ops/restore.sh.
set -euo pipefail

target=${1:?usage: ops/backup.sh <empty or new directory>}
mkdir -p "$target"
if [[ -n "$(ls -A "$target")" ]]; then
    echo "backup: $target is not empty" >&2
    exit 1
fi
target=$(cd "$target" && pwd)
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

tables=$(psql -X -v ON_ERROR_STOP=1 -Atc "select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")
[[ -n "$tables" ]] || { echo "backup: no tables in schema public" >&2; exit 1; }

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
    echo 'begin transaction isolation level repeatable read read only;'
    echo "\\copy (select max(version) from flyway_schema_history where success) to '$target/SCHEMA_VERSION'"
    for table in $tables; do
        # Ordered by the first column (the key): rows that refer to earlier rows of their table load in order.
        echo "\\copy (select * from public.\"$table\" order by 1) to '$target/$table.copy'"
    done
    echo 'commit;'
} >"$script"
psql -X -q -v ON_ERROR_STOP=1 -f "$script"
echo "$tables" >"$target/TABLES"
echo "backup: $(wc -l <"$target/TABLES") tables of schema version $(cat "$target/SCHEMA_VERSION") in $target"
