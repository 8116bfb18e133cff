//! The one language a report is written in. A report is a document of record (one PDF, one
//! sha256, one code), so it is not rendered per reader: it goes out in the language most of
//! its buyers chose, which is whom the weekly report is for. Whoever asks for one on demand may
//! name another.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{tenants, users};
use crate::error::AppResult;
use crate::i18n::Locale;
use crate::ids::{OrderId, OrgId, TenantId, UserId};
use crate::policy;

/// The company's language: a report's when none of its buyers chose one.
pub fn of_company(conn: &mut DbConn, tenant_id: &TenantId) -> AppResult<Locale> {
    Ok(tenants::table
        .find(tenant_id)
        .select(tenants::language)
        .first(conn)?)
}

/// The language of the buyers who receive a report of `order` (or of a customer `org`);
/// `company` (`of_company`, read once for a run of many reports) when none of them chose one.
pub fn of_readers(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    company: Locale,
    order: Option<&OrderId>,
    org: Option<&OrgId>,
) -> AppResult<Locale> {
    let readers: Vec<UserId> = match (order, org) {
        (Some(o), _) => policy::order_audience(conn, o)?.0,
        (_, Some(g)) => policy::org_report_readers(conn, tenant_id, g)?,
        _ => Vec::new(),
    };
    let chosen: Vec<Option<Locale>> = users::table
        .filter(users::id.eq_any(&readers))
        .select(users::locale)
        .load(conn)?;
    Ok(most_read(chosen.into_iter().flatten(), company))
}

/// The language most readers chose. On a tie, the company's language if it is one of the
/// tied, else the first of them in the menu's order (the same answer on every run); the
/// company's language when nobody chose.
fn most_read(chosen: impl Iterator<Item = Locale>, company: Locale) -> Locale {
    let mut counts = [0usize; Locale::ALL.len()];
    for l in chosen {
        if let Some(i) = Locale::ALL.iter().position(|x| *x == l) {
            counts[i] += 1;
        }
    }
    let top = counts.iter().copied().max().unwrap_or(0);
    if top == 0 {
        return company;
    }
    let tied = |l: &Locale| {
        Locale::ALL
            .iter()
            .position(|x| x == l)
            .is_some_and(|i| counts[i] == top)
    };
    if tied(&company) {
        return company;
    }
    Locale::ALL
        .iter()
        .copied()
        .find(|l| tied(l))
        .unwrap_or(company)
}

#[cfg(test)]
mod tests {
    use super::most_read;
    use crate::i18n::Locale::{self, *};

    fn pick(chosen: &[Locale], company: Locale) -> Locale {
        most_read(chosen.iter().copied(), company)
    }

    #[test]
    fn the_language_most_buyers_read() {
        assert_eq!(pick(&[Es, Es, En], ZhCn), Es);
        assert_eq!(pick(&[Ar], En), Ar);
        // Nobody chose: the company's language.
        assert_eq!(pick(&[], ZhCn), ZhCn);
        // A tie the company's language is part of goes to it, else to the menu's first.
        assert_eq!(pick(&[Ru, De], De), De);
        assert_eq!(pick(&[Ru, De], ZhCn), De);
        assert_eq!(pick(&[Tr, Ar, Tr, Ar], En), Tr);
    }
}
