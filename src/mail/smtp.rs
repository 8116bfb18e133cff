//! Sending the outbox through an SMTP relay. Each mail is claimed with a lease (so one node
//! sends it), sent with its outbox id as Message-ID (so a retry after a crash between the
//! relay's "OK" and our bookkeeping can be recognised as the same mail), and retried with
//! growing delays. Without `PORTICO_SMTP_HOST` nothing is sent and mail stays queued.

use std::time::Duration;

use diesel::prelude::*;
use lettre::message::{Mailbox, MultiPart, header::MessageId};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::app::AppState;
use crate::db::DbConn;
use crate::db::schema::outbox;
use crate::error::{AppError, AppResult, StartError};
use crate::i18n::Locale;
use crate::ids::now;

/// How a connection to the relay is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// STARTTLS on a plain connection (port 587), required.
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: only for a relay on the same host or a test receiver.
    None,
}

#[derive(Debug, Clone)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub username: Option<String>,
    pub password: Option<String>,
    pub from: String,
}

impl TlsMode {
    pub fn parse(s: &str) -> Result<Self, StartError> {
        match s {
            "starttls" => Ok(Self::StartTls),
            "tls" => Ok(Self::Tls),
            "none" => Ok(Self::None),
            other => Err(StartError::Config(format!(
                "PORTICO_SMTP_TLS: {other:?} is not starttls, tls or none"
            ))),
        }
    }
}

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    pub host: String,
}

impl Mailer {
    pub fn new(c: &SmtpConfig) -> Result<Self, StartError> {
        let bad = |e: &dyn std::fmt::Display| StartError::Config(format!("SMTP: {e}"));
        let mut b = match c.tls {
            TlsMode::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&c.host)
                .map_err(|e| bad(&e))?,
            TlsMode::Tls => {
                AsyncSmtpTransport::<Tokio1Executor>::relay(&c.host).map_err(|e| bad(&e))?
            }
            TlsMode::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&c.host),
        }
        .port(c.port)
        .timeout(Some(Duration::from_secs(30)));
        if let (Some(u), Some(p)) = (&c.username, &c.password) {
            b = b.credentials(Credentials::new(u.clone(), p.clone()));
        }
        let from: Mailbox = c
            .from
            .parse()
            .map_err(|e| bad(&format!("PORTICO_SMTP_FROM {:?}: {e}", c.from)))?;
        Ok(Self {
            transport: b.build(),
            from,
            host: c.host.clone(),
        })
    }

    async fn send(
        &self,
        id: &str,
        to: &str,
        subject: &str,
        text: &str,
        locale: Locale,
    ) -> Result<(), String> {
        let to: Mailbox = to.parse().map_err(|e| format!("recipient: {e}"))?;
        let msg = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(MessageId::from(format!("<{id}@portico>")))
            // A tag from our own table: ASCII letters and a hyphen, nothing to encode.
            .raw_header(lettre::message::header::HeaderValue::new(
                lettre::message::header::HeaderName::new_from_ascii_str("Content-Language"),
                locale.code().to_string(),
            ))
            .multipart(MultiPart::alternative_plain_html(
                text.to_string(),
                html_of(text, locale),
            ))
            .map_err(|e| e.to_string())?;
        self.transport
            .send(msg)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}

/// The HTML part: the same text, escaped, paragraphs kept, in the mail's language and
/// writing direction. Never a link.
pub fn html_of(text: &str, locale: Locale) -> String {
    let esc = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    let paras: Vec<String> = esc
        .split("\n\n")
        .map(|p| format!("<p>{}</p>", p.trim_end().replace('\n', "<br>")))
        .collect();
    format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><body style=\"font-family:sans-serif\">{}</body></html>",
        locale.code(),
        locale.dir(),
        paras.join("")
    )
}

type Due = (String, String, String, String, i32, String);

/// Claims one due mail for this node (a compare-and-set on the lease).
fn claim(conn: &mut DbConn) -> AppResult<Option<Due>> {
    let t = now();
    let due = outbox::sent_at
        .is_null()
        .and(
            outbox::next_attempt_at
                .is_null()
                .or(outbox::next_attempt_at.le(t)),
        )
        .and(
            outbox::locked_until
                .is_null()
                .or(outbox::locked_until.lt(t)),
        );
    let Some(row) = outbox::table
        .filter(due)
        .order(outbox::id.asc())
        .select((
            outbox::id,
            outbox::to_email,
            outbox::subject,
            outbox::body_text,
            outbox::attempts,
            outbox::locale,
        ))
        .first::<Due>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let n = diesel::update(outbox::table.find(&row.0).filter(due))
        .set(outbox::locked_until.eq(Some(t + chrono::Duration::minutes(2))))
        .execute(conn)?;
    Ok((n == 1).then_some(row))
}

/// Sends every due mail; returns how many were sent.
pub async fn send_due(state: &AppState, mailer: &Mailer) -> AppResult<usize> {
    let mut sent = 0;
    loop {
        let Some((id, to, subject, body, attempts, locale)) = state.db.run(claim).await? else {
            return Ok(sent);
        };
        let result = mailer
            .send(&id, &to, &subject, &body, Locale::of(&locale))
            .await;
        let ok = result.is_ok();
        state
            .db
            .run(move |c| {
                let q = diesel::update(outbox::table.find(&id));
                match result {
                    Ok(()) => q
                        .set((
                            outbox::sent_at.eq(Some(now())),
                            outbox::locked_until.eq(None::<chrono::NaiveDateTime>),
                        ))
                        .execute(c)?,
                    Err(e) => {
                        tracing::warn!(mail = %id, error = %e, "sending a mail failed");
                        let delay = (30i64 << attempts.clamp(0, 10)).min(6 * 3600);
                        q.set((
                            outbox::attempts.eq(attempts + 1),
                            outbox::last_error.eq(Some(e.chars().take(500).collect::<String>())),
                            outbox::next_attempt_at
                                .eq(Some(now() + chrono::Duration::seconds(delay))),
                            outbox::locked_until.eq(None::<chrono::NaiveDateTime>),
                        ))
                        .execute(c)?
                    }
                };
                Ok::<_, AppError>(())
            })
            .await?;
        if ok {
            sent += 1;
        }
    }
}

/// Mail waiting to be sent (for the admin's page).
pub fn waiting(conn: &mut DbConn) -> AppResult<i64> {
    Ok(outbox::table
        .filter(outbox::sent_at.is_null())
        .count()
        .get_result(conn)?)
}
