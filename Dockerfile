# Portico app node. Build: docker build -t portico .
# Configuration is by PORTICO_* environment variables (see README, `portico --help`).
FROM rust:1.95-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock build.rs ./
COPY src src
COPY migrations migrations
COPY templates templates
COPY static static
COPY benches benches
RUN cargo build --release --locked --bin portico \
 && strip target/release/portico

FROM debian:bookworm-slim
# libpq for PostgreSQL, CA certificates for S3 and SMTP over TLS, a CJK font for the PDF
# reports, curl for the health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 ca-certificates fonts-noto-cjk fonts-noto-core curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /var/lib/portico --create-home portico
COPY --from=build /src/target/release/portico /usr/local/bin/portico
USER portico
WORKDIR /var/lib/portico
ENV PORTICO_DATA_DIR=/var/lib/portico \
    PORTICO_BIND=0.0.0.0:8080 \
    PORTICO_LOG_FORMAT=json
# The embedded default (SQLite, objects, key) lives here when no database or store is set.
VOLUME ["/var/lib/portico"]
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD curl -fsS http://127.0.0.1:8080/readyz || exit 1
ENTRYPOINT ["portico"]
CMD ["serve"]
