//! Schema conventions, checked on the migrated SQLite database: every tenant-owned table has a
//! `tenant_id`, every foreign key is the leading column of an index (or of the primary key),
//! and ids are TEXT.

use crate::common;

use diesel::prelude::*;
use diesel::sql_types::{Integer, Text};

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct ForeignKey {
    #[diesel(sql_type = Text)]
    from: String,
}

#[derive(QueryableByName)]
struct Column {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text, column_name = "type")]
    ty: String,
    #[diesel(sql_type = Integer)]
    pk: i32,
}

#[derive(QueryableByName)]
struct IndexColumn {
    #[diesel(sql_type = Integer)]
    seqno: i32,
    #[diesel(sql_type = Text)]
    name: String,
}

fn q<T: QueryableByName<diesel::sqlite::Sqlite> + 'static>(
    conn: &mut SqliteConnection,
    sql: String,
) -> Vec<T> {
    diesel::sql_query(sql).load(conn).unwrap()
}

#[actix_web::test]
async fn foreign_keys_are_indexed_and_tenant_rows_carry_tenant_id() {
    let app = common::TestApp::new(common::Backend::Sqlite).await.unwrap();
    let portico::config::DatabaseUrl::Sqlite(path) = &app.state.config.database else {
        unreachable!()
    };
    let mut conn = SqliteConnection::establish(path).unwrap();
    let tables: Vec<Name> = q(&mut conn, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '__diesel_schema_migrations'".into());
    assert!(tables.len() >= 11);
    let global = [
        "tenants",
        "users",
        "setup_tokens",
        "audit_events",
        "sign_in_failures",
        // A person's own second factor, across every tenant they belong to.
        "recovery_codes",
        "mfa_challenges",
        "user_codes",
        "security_notices",
        // A person's notification preferences hold for every supplier they follow.
        "notification_prefs",
        // Limits of a person, a session or a client address, whichever tenant they act in.
        "attempt_counters",
        // One counter of changes to what authentication reads (auth::cache), for the node.
        "auth_epoch",
        // The same for what order lists show (orders::cache).
        "order_epoch",
    ];
    let mut problems = Vec::new();
    for t in &tables {
        let cols: Vec<Column> = q(&mut conn, format!("PRAGMA table_info({})", t.name));
        if !global.contains(&t.name.as_str()) && !cols.iter().any(|c| c.name == "tenant_id") {
            problems.push(format!("{} has no tenant_id", t.name));
        }
        for c in cols
            .iter()
            .filter(|c| c.name == "id" || c.name.ends_with("_id"))
        {
            if c.ty != "TEXT" {
                problems.push(format!("{}.{} is {} (ids are TEXT)", t.name, c.name, c.ty));
            }
        }
        // Leading columns of the primary key and of every index.
        let mut leading: Vec<String> = cols
            .iter()
            .filter(|c| c.pk == 1)
            .map(|c| c.name.clone())
            .collect();
        let indexes: Vec<Name> = q(
            &mut conn,
            format!("SELECT name FROM pragma_index_list('{}')", t.name),
        );
        for i in indexes {
            let cols: Vec<IndexColumn> = q(&mut conn, format!("PRAGMA index_info('{}')", i.name));
            leading.extend(cols.into_iter().filter(|c| c.seqno == 0).map(|c| c.name));
        }
        let fks: Vec<ForeignKey> = q(
            &mut conn,
            format!("SELECT \"from\" FROM pragma_foreign_key_list('{}')", t.name),
        );
        for fk in fks {
            if !leading.contains(&fk.from) {
                problems.push(format!(
                    "{}.{} is a foreign key without an index",
                    t.name, fk.from
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
