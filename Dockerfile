# Portico app node. Build: docker build -t portico .
# Configuration is by PORTICO_* environment variables (see README, `portico --help`).
#
# Base images are pinned by the digest of each tag's multi-platform index: a rebuild gets the
# same bytes until the pin is moved on purpose (README, "Container image", says how).

FROM rust:1.95-bookworm@sha256:6258907abe69656e41cd992e0b705cdcfabcbbe3db374f92ed2d47121282d4a1 AS build
# Debian's security updates replace package versions, so a version pin would break the
# build within weeks; the base image's digest is what pins the release.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# The dependencies in a layer of their own, built against stand-in sources: a change to
# Portico's code (or templates, or catalogues) starts from here instead of compiling some
# 400 crates again. cargo-chef does the same, but would have to be installed from crates.io
# on every cold build; five stub files need nothing. The stubs' own build products are then
# removed, so that cargo cannot take the real sources for already built.
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src benches \
 && echo 'fn main() {}' > src/main.rs \
 && touch src/lib.rs \
 && echo 'fn main() {}' > build.rs \
 && echo 'fn main() {}' > benches/report.rs \
 && echo 'fn main() {}' > benches/thumbnail.rs \
 && cargo build --release --locked --bin portico \
 && rm -rf src benches build.rs target/release/portico* \
      target/release/.fingerprint/portico-* target/release/build/portico-* \
      target/release/deps/portico-* target/release/deps/libportico-*

COPY build.rs ./
COPY src src
COPY migrations migrations
COPY templates templates
COPY static static
COPY benches/report.rs benches/thumbnail.rs benches/
RUN cargo build --release --locked --bin portico \
 && strip target/release/portico

# PDF reports need an Arabic face beside the Chinese one: the two Noto Sans Arabic files
# (0.5 MB) are taken from fonts-noto-core (42 MB) here, and only they are kept.
FROM debian:bookworm-slim@sha256:3783cc01769c7b2b1b83a5c5ad96c815348e28ed7da68e2e3687004faa906251 AS fonts
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-core \
 && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm-slim@sha256:3783cc01769c7b2b1b83a5c5ad96c815348e28ed7da68e2e3687004faa906251
# libpq for PostgreSQL, CA certificates for S3 and SMTP over TLS, and WenQuanYi Micro Hei
# (5 MB: Chinese, Latin, Cyrillic, Greek) for the PDF reports instead of Noto CJK (91 MB).
# No curl: the health check is `portico healthcheck`. The user gets a fixed number, so
# that a key file or volume can be given to it by number from the host.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 ca-certificates fonts-wqy-microhei \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 portico \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /var/lib/portico \
      --shell /usr/sbin/nologin portico \
 && install -d -o 10001 -g 10001 -m 0700 /var/lib/portico
COPY --from=fonts /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf \
     /usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf /usr/share/fonts/truetype/noto/
COPY --from=build /src/target/release/portico /usr/local/bin/portico
USER 10001:10001
WORKDIR /var/lib/portico
# The embedded default (SQLite, objects, key) would live in /var/lib/portico: mount a volume
# there to use it. No VOLUME here: an app node with PostgreSQL and S3 keeps nothing, and a
# declared volume would leave an anonymous one behind at every start.
ENV PORTICO_DATA_DIR=/var/lib/portico \
    PORTICO_BIND=0.0.0.0:8080 \
    PORTICO_LOG_FORMAT=json
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s \
  CMD ["portico", "healthcheck"]
ENTRYPOINT ["portico"]
CMD ["serve"]
