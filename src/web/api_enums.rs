//! The string fields of the JSON API whose values are a fixed set, as OpenAPI enums. The Rust
//! fields stay `String` (they are read from and written to TEXT columns as they are); each
//! field names its type here with `#[schema(value_type = …)]`, and a test checks that every
//! value the code writes is one of the listed ones where the code has the list.

use crate::schema_enum;

schema_enum!(
    /// What a security notice is about.
    NoticeKind: "new_sign_in", "failed_sign_ins", "two_factor_on", "two_factor_off",
    "two_factor_reset", "password_changed", "password_reset", "email_changed", "admin_added",
    "second_factor_failed", "admin_demoted"
);
schema_enum!(
    /// A suspicious sign-in's kind.
    SuspiciousKind: "new_sign_in"
);
schema_enum!(
    /// `browser`, or `api` for a session token from `/api/v1/auth/token`.
    SessionKindName: "browser", "api"
);
schema_enum!(
    /// A timeline entry's kind.
    TimelineKind: "update", "comment", "status", "milestone", "decision_request",
    "decision_answer"
);
schema_enum!(
    /// Thumbnail and preview state of a file.
    DerivativeState: "none", "pending", "ready", "failed", "unsupported"
);
schema_enum!(
    /// A document of record's state.
    RecordState: "draft", "proposed", "issued"
);
schema_enum!(
    /// What a notification is about.
    NotificationKind: "update", "status", "milestone", "comment", "photos", "documents",
    "decision_requested", "decision_answered", "milestone_late", "report_ready", "security",
    "payment", "record", "invited", "webhook_disabled"
);
schema_enum!(
    /// A notification's category.
    NotificationCategory: "updates", "files", "decisions", "milestones", "reports", "payments",
    "security"
);
schema_enum!(
    /// A category a person may choose how to be told about.
    PreferenceCategory: "updates", "files", "decisions", "milestones", "reports"
);
schema_enum!(
    /// How a person is told: `now`, `daily` or `off`.
    PreferenceMode: "now", "daily", "off"
);
schema_enum!(
    /// Bank details' state.
    InstructionStatus: "proposed", "cooling", "active", "superseded", "cancelled"
);
schema_enum!(
    /// What made a report.
    ReportTrigger: "scheduled", "on_demand"
);
schema_enum!(
    /// A report's state.
    ReportStatus: "queued", "ready", "failed"
);
schema_enum!(
    /// A language of the portal, as its tag.
    LanguageTag: "en", "zh-CN", "es", "fr", "de", "pt-BR", "ru", "tr", "ar"
);
schema_enum!(
    /// Where a document stands after an issue request.
    IssueState: "issued", "proposed"
);
schema_enum!(
    /// A person's account state.
    PersonStatus: "active", "disabled"
);
schema_enum!(
    /// Why a person sees an order.
    AccessReason: "admin", "assigned", "customer_all", "granted"
);
schema_enum!(
    /// An access request's state.
    AccessRequestStatus: "pending", "approved", "refused"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_match_the_code() {
        use crate::notifications as n;
        for c in n::CATEGORIES {
            assert!(PreferenceCategory::VALUES.contains(&c), "{c}");
        }
        for m in n::MODES {
            assert!(PreferenceMode::VALUES.contains(&m), "{m}");
        }
        for k in [
            n::UPDATE,
            n::STATUS,
            n::MILESTONE,
            n::COMMENT,
            n::PHOTOS,
            n::DOCUMENTS,
            n::DECISION_REQUESTED,
            n::DECISION_ANSWERED,
            n::MILESTONE_LATE,
            n::REPORT_READY,
            n::SECURITY,
            n::PAYMENT,
            n::RECORD,
            n::INVITED,
            crate::webhooks::delivery::DISABLED_NOTICE,
        ] {
            assert!(NotificationKind::VALUES.contains(&k), "{k}");
            assert!(
                NotificationCategory::VALUES.contains(&n::category_of(k)),
                "{k}"
            );
        }
        use crate::auth::alerts as a;
        for k in [
            a::NEW_SIGN_IN,
            a::FAILED_SIGN_INS,
            a::TWO_FACTOR_ON,
            a::TWO_FACTOR_OFF,
            a::TWO_FACTOR_RESET,
            a::PASSWORD_CHANGED,
            a::PASSWORD_RESET,
            a::EMAIL_CHANGED,
            a::ADMIN_ADDED,
            a::SECOND_FACTOR_FAILED,
            a::ADMIN_DEMOTED,
        ] {
            assert!(NoticeKind::VALUES.contains(&k), "{k}");
        }
        for l in crate::i18n::Locale::ALL {
            assert!(LanguageTag::VALUES.contains(&l.code()), "{}", l.code());
        }
    }
}
