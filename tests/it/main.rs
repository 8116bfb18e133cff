//! The integration tests, as one binary: each module is one suite (run one with
//! `cargo test --test it <module>::`). One binary links the crate once instead of once per
//! suite. Two suites stay binaries of their own: `preview_memory` counts allocations with
//! its own global allocator, and `newcomer` moves the process's clock forward 73 hours (the
//! cooling-off), which would expire what other suites running beside it hold.

#[macro_use]
mod common;

mod accel;
mod access;
mod account_security;
mod api_tokens;
mod audit;
mod auth;
mod auth_cache;
mod authz;
mod brand;
mod browser;
mod camera_data;
mod drill;
mod files;
mod files_http;
mod http;
mod idempotency;
mod jobs;
mod languages;
mod list_cache;
mod mail;
mod nodes;
mod notifications;
mod openapi;
mod operations;
mod operator;
mod orders;
mod paging;
mod payments;
mod people;
mod progress;
mod reports;
mod schema;
mod security;
mod trust_loop;
mod twofactor;
mod upgrade;
mod walk;
mod web;
mod webhooks;
mod zones;
