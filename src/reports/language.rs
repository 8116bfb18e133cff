//! The one language and the one time zone a report is written in. A report is a document of
//! record (one PDF, one sha256, one code), so it is not rendered per reader: it goes out in
//! the language most of its buyers chose, which is whom the weekly report is for (whoever asks
//! for one on demand may name another), and in the zone most of them read their pages in.

use chrono_tz::Tz;
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
    let readers = readers(conn, tenant_id, order, org)?;
    let chosen: Vec<Option<Locale>> = users::table
        .filter(users::id.eq_any(&readers))
        .select(users::locale)
        .load(conn)?;
    Ok(most_read(chosen.into_iter().flatten(), company))
}

/// The buyers who receive a report of `order` (or of a customer `org`).
fn readers(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    order: Option<&OrderId>,
    org: Option<&OrgId>,
) -> AppResult<Vec<UserId>> {
    Ok(match (order, org) {
        (Some(o), _) => policy::order_audience(conn, o)?.0,
        (_, Some(g)) => policy::org_report_readers(conn, tenant_id, g)?,
        _ => Vec::new(),
    })
}

/// The zone a report's times are printed in: the one most of its buyers see their pages in
/// (their own, else the company's), so that buyers in New York of a supplier in Shanghai read
/// New York times; the company's when nobody reads (ties as `most_seen`). The report names
/// it, since a reader in another zone reads it too. Chosen when the PDF is made, like its
/// words.
pub fn zone_of_readers(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    order: Option<&OrderId>,
    org: Option<&OrgId>,
) -> AppResult<Tz> {
    let company: Tz = tenants::table
        .find(tenant_id)
        .select(tenants::timezone)
        .first::<String>(conn)?
        .parse()
        .unwrap_or(chrono_tz::UTC);
    let readers = readers(conn, tenant_id, order, org)?;
    let own: Vec<Option<String>> = users::table
        .filter(users::id.eq_any(&readers))
        .select(users::time_zone)
        .load(conn)?;
    Ok(most_seen(
        own.iter()
            .map(|z| z.as_deref().and_then(|z| z.parse().ok()).unwrap_or(company)),
        company,
    ))
}

/// The zone most readers see; on a tie the company's if it is one of the tied, else the first
/// of them by name (the same answer on every run).
fn most_seen(seen: impl Iterator<Item = Tz>, company: Tz) -> Tz {
    let mut counts: std::collections::BTreeMap<&'static str, (usize, Tz)> = Default::default();
    for z in seen {
        counts.entry(z.name()).or_insert((0, z)).0 += 1;
    }
    let top = counts.values().map(|(n, _)| *n).max().unwrap_or(0);
    if counts.get(company.name()).is_some_and(|(n, _)| *n == top) {
        return company;
    }
    counts
        .values()
        .find(|(n, _)| *n == top)
        .map_or(company, |(_, z)| *z)
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
    use super::{most_read, most_seen};
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

    #[test]
    fn the_zone_most_buyers_read_in() {
        use chrono_tz::{America::New_York as Ny, Asia::Shanghai as Sh, Europe::Berlin as Be};
        let pick = |seen: &[chrono_tz::Tz]| most_seen(seen.iter().copied(), Sh);
        assert_eq!(pick(&[Ny, Ny, Sh]), Ny);
        // Nobody reads: the company's zone. A tie with it goes to it, else to the first name.
        assert_eq!(pick(&[]), Sh);
        assert_eq!(pick(&[Ny, Sh]), Sh);
        assert_eq!(pick(&[Ny, Be]), Ny);
    }
}
