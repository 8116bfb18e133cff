//! The job queue shared by every node: a claim lasts 30 s and the worker running the job
//! renews it, so a long job stays with its node while the job of a node that died is taken
//! over within half a minute; a worker whose claim was taken over cannot renew it.

use crate::common;

use diesel::prelude::*;
use portico::db::schema::jobs;
use portico::jobs::{claim, enqueue, renew};

on_both_backends!(
    a_claim_is_renewed_while_running_and_taken_over_once_lapsed,
    |app: common::TestApp| async move {
        let mut c = app.conn();
        let id = enqueue(&mut c, None, "report", "{}").unwrap();
        let job = claim(&mut c, "node-a-1").unwrap().expect("the job is due");
        assert_eq!(job.id, id);
        let until = job.locked_until.unwrap();
        let t = portico::ids::now();
        assert!(
            until > t + chrono::Duration::seconds(55) && until <= t + chrono::Duration::seconds(61)
        );
        assert!(
            claim(&mut c, "node-b-1").unwrap().is_none(),
            "held by node a"
        );

        // The claim lapses (as if node a stopped renewing): a renewal in time keeps it.
        let lapse = |c: &mut portico::db::DbConn| {
            diesel::update(jobs::table.find(&id))
                .set(
                    jobs::locked_until.eq(Some(portico::ids::now() - chrono::Duration::seconds(1))),
                )
                .execute(c)
                .unwrap();
        };
        lapse(&mut c);
        assert!(renew(&mut c, &id, "node-a-1").unwrap());
        assert!(claim(&mut c, "node-b-1").unwrap().is_none(), "renewed");
        // Not renewed in time: node b takes it over, and node a can no longer renew it.
        lapse(&mut c);
        let taken = claim(&mut c, "node-b-1").unwrap().expect("taken over");
        assert_eq!((taken.id.as_str(), taken.attempts), (id.as_str(), 2));
        assert!(!renew(&mut c, &id, "node-a-1").unwrap());
        assert!(renew(&mut c, &id, "node-b-1").unwrap());
    }
);
