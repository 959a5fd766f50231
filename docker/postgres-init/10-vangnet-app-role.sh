#!/bin/sh
# Runs once, when the official postgres image initialises an empty data volume (decision 029).
# The image's POSTGRES_USER ("vangnet") owns the database and runs the migrations; the application
# connects as vangnet_app, a role that owns nothing and gets its privileges from Vangnet at each start.
set -eu
: "${VANGNET_DB_APP_PASSWORD:?set VANGNET_DB_APP_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$VANGNET_DB_APP_PASSWORD" <<'SQL'
create role vangnet_app login nosuperuser nocreatedb nocreaterole noinherit password :'app_password';
revoke create on schema public from public;
SQL
