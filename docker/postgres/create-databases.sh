#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is first initialised: one login role and one database per
# service, so that no service can read another's data. Passwords come from the environment.
set -euo pipefail
for service in budget performance procurement assets documents; do
    var="$(echo "$service" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
    password="${!var:?$var must be set}"
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v role="$service" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role" ENCODING 'UTF8';
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
