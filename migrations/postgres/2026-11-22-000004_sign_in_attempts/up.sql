-- Failed sign-ins, for limits per account (the e-mail typed, existing or not) and per address.
CREATE TABLE sign_in_failures (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL,
    ip TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX sign_in_failures_email ON sign_in_failures (email, created_at);
CREATE INDEX sign_in_failures_ip ON sign_in_failures (ip, created_at);
