#!/bin/sh
# Writes the secrets of deploy/compose.yaml into deploy/secrets/, each a new random value:
# the server key, the PostgreSQL password (and the database URL that holds it), the S3
# secret (and SeaweedFS's identity file that holds it) and the metrics token. Run it once,
# as root (sudo): the files belong to root and to group 10001, the app's user in the
# container, and nobody else may read them. An existing file is kept: the key in particular
# signs every session and document, and a new one would sign everyone out.
set -eu
cd "$(dirname "$0")"
umask 077
mkdir -p secrets
random() { head -c "$1" /dev/urandom | base64 | tr -d '/+=\n'; }
write() { # name, content
    if [ -e "secrets/$1" ]; then
        echo "kept secrets/$1"
    else
        printf '%s' "$2" > "secrets/$1"
        echo "wrote secrets/$1"
    fi
}
write portico.key "$(head -c 64 /dev/urandom | base64 | tr -d '\n')"
pg=$(random 24)
if [ ! -e secrets/postgres_password ]; then
    write postgres_password "$pg"
    write database_url "postgres://portico:${pg}@postgres:5432/portico"
fi
s3=$(random 30)
if [ ! -e secrets/s3_secret_key ]; then
    write s3_secret_key "$s3"
    write seaweedfs-s3.json "{\"identities\": [{\"name\": \"portico\",
  \"credentials\": [{\"accessKey\": \"portico\", \"secretKey\": \"${s3}\"}],
  \"actions\": [\"Admin\", \"Read\", \"Write\", \"List\", \"Tagging\"]}]}
"
fi
write metrics_token "$(random 32)"
chown -R 0:10001 secrets
chmod 0750 secrets
chmod 0640 secrets/*
echo "deploy/secrets/: readable by root and group 10001 only"
