//! Background work: a queue in the database (`queue`) that any node's worker (`worker`) takes
//! jobs from. Each domain defines its kinds of job as a `Kind`, listed in `worker::KINDS`.

pub mod queue;
pub mod worker;

pub use queue::*;
pub use worker::{drain, spawn_worker};

use futures_util::future::LocalBoxFuture;

use crate::app::AppState;
use crate::error::AppResult;

/// A kind of job: its stored name and what runs it, given the job's payload.
pub struct Kind {
    pub name: &'static str,
    pub run: for<'a> fn(&'a AppState, &'a str) -> LocalBoxFuture<'a, AppResult<()>>,
}
