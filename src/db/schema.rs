// The diesel view of the tables in migrations/{sqlite,postgres}; both trees define the same
// columns with the same types.

diesel::table! {
    tenants (id) {
        id -> Text,
        slug -> Text,
        name -> Text,
        created_at -> Timestamp,
                share_link_max_days -> Integer,
        merchandisers_invite_buyers -> Bool,
        require_2fa_roles -> Text,
        idle_minutes -> Integer,
        session_hours -> Integer,
        timezone -> Text,
        report_weekday -> Integer,
        report_hour -> Integer,
        reports_ran_on -> Nullable<Date>,
        digest_sent_on -> Nullable<Date>,
        payment_cooling_hours -> Integer,
        language -> Text,
        logo_key -> Nullable<Text>,
        accent_colour -> Nullable<Text>,
    }
}

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        status -> Text,
        token_version -> Integer,
        locale -> Nullable<Text>,
                created_at -> Timestamp,
        updated_at -> Timestamp,
        totp_secret -> Nullable<Text>,
        totp_enabled_at -> Nullable<Timestamp>,
        totp_last_step -> Nullable<BigInt>,
        email_verified_at -> Nullable<Timestamp>,
        phishing_phrase -> Nullable<Text>,
        password_reset_required -> Bool,
        time_zone -> Nullable<Text>,
    }
}

diesel::table! {
    customer_orgs (id) {
        id -> Text,
        tenant_id -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    memberships (id) {
        id -> Text,
        tenant_id -> Text,
        user_id -> Text,
        role -> Text,
        customer_org_id -> Nullable<Text>,
        all_orders -> Bool,
        created_at -> Timestamp,
        is_lead -> Bool,
        expires_at -> Nullable<Timestamp>,
        role_since -> Nullable<Timestamp>,
    }
}

diesel::table! {
    orders (id) {
        id -> Text,
        tenant_id -> Text,
        customer_org_id -> Text,
        reference -> Text,
        title -> Text,
        product -> Text,
        quantity -> Integer,
        status -> Text,
        ex_factory_date -> Nullable<Date>,
        etd_date -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        progress_next -> Nullable<Text>,
        progress_next_planned -> Nullable<Date>,
        progress_percent -> Integer,
        progress_open_dates -> Text,
        progress_first_open -> Nullable<Date>,
        progress_finish -> Nullable<Date>,
    }
}

diesel::table! {
    milestones (id) {
        id -> Text,
        tenant_id -> Text,
        order_id -> Text,
        position -> Integer,
        name -> Text,
        planned_date -> Nullable<Date>,
        actual_date -> Nullable<Date>,
        status -> Text,
        percent -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        owner_user_id -> Nullable<Text>,
        late_notified_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    order_staff (order_id, user_id) {
        order_id -> Text,
        user_id -> Text,
        tenant_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    order_grants (order_id, user_id) {
        order_id -> Text,
        user_id -> Text,
        tenant_id -> Text,
        expires_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        user_id -> Text,
        tenant_id -> Text,
        kind -> Text,
        token_hash -> Text,
        prev_token_hash -> Nullable<Text>,
        rotated_at -> Nullable<Timestamp>,
        user_agent -> Text,
        ip -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        device_id -> Nullable<Text>,
        reauth_at -> Nullable<Timestamp>,
        totp_pending -> Nullable<Text>,
    }
}

diesel::table! {
    audit_events (id) {
        id -> Text,
        tenant_id -> Nullable<Text>,
        actor_user_id -> Nullable<Text>,
        action -> Text,
        object_type -> Text,
        object_id -> Nullable<Text>,
        detail -> Text,
        ip -> Text,
        created_at -> Timestamp,
        chain -> Nullable<Text>,
        seq -> Nullable<BigInt>,
        prev_hash -> Nullable<Text>,
        hash -> Nullable<Text>,
    }
}

diesel::table! {
    setup_tokens (token_hash) {
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    milestone_templates (id) {
        id -> Text,
        tenant_id -> Text,
        name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    milestone_template_steps (id) {
        id -> Text,
        tenant_id -> Text,
        template_id -> Text,
        position -> Integer,
        name -> Text,
        offset_days -> Integer,
    }
}

diesel::table! {
    timeline_entries (id) {
        id -> Text,
        tenant_id -> Text,
        order_id -> Text,
        kind -> Text,
        visibility -> Text,
        author_user_id -> Nullable<Text>,
        milestone_id -> Nullable<Text>,
        decision_id -> Nullable<Text>,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    decisions (id) {
        id -> Text,
        tenant_id -> Text,
        order_id -> Text,
        kind -> Text,
        title -> Text,
        description -> Text,
        due_date -> Nullable<Date>,
        status -> Text,
        requested_by -> Text,
        requested_at -> Timestamp,
        answered_by -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
        answer_comment -> Nullable<Text>,
        answer_ip -> Nullable<Text>,
    }
}

diesel::table! {
    invitations (id) {
        id -> Text,
        tenant_id -> Text,
        email -> Text,
        display_name -> Text,
        role -> Text,
        customer_org_id -> Nullable<Text>,
        all_orders -> Bool,
        order_ids -> Text,
        code_hash -> Text,
        invited_by -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
        accepted_by -> Nullable<Text>,
        revoked_at -> Nullable<Timestamp>,
        language -> Text,
    }
}

diesel::table! {
    access_requests (id) {
        id -> Text,
        tenant_id -> Text,
        customer_org_id -> Text,
        requested_by -> Text,
        email -> Text,
        display_name -> Text,
        note -> Text,
        status -> Text,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    share_links (id) {
        id -> Text,
        tenant_id -> Text,
        order_id -> Text,
        token_hash -> Text,
        label -> Text,
        password_hash -> Nullable<Text>,
        created_by -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        access_count -> Integer,
        last_access_at -> Nullable<Timestamp>,
        failed_attempts -> Integer,
        locked_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        tenant_id -> Nullable<Text>,
        to_email -> Text,
        locale -> Text,
        subject -> Text,
        body_text -> Text,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        attempts -> Integer,
        last_error -> Nullable<Text>,
        next_attempt_at -> Nullable<Timestamp>,
        locked_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sign_in_failures (id) {
        id -> Text,
        email -> Text,
        ip -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    recovery_codes (id) {
        id -> Text,
        user_id -> Text,
        code_hash -> Text,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    mfa_challenges (id) {
        id -> Text,
        user_id -> Text,
        token_hash -> Text,
        session_kind -> Text,
        attempts -> Integer,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(customer_orgs -> tenants (tenant_id));
diesel::joinable!(share_links -> orders (order_id));
diesel::joinable!(milestone_template_steps -> milestone_templates (template_id));
diesel::joinable!(timeline_entries -> orders (order_id));
diesel::joinable!(decisions -> orders (order_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(memberships -> tenants (tenant_id));
diesel::joinable!(orders -> customer_orgs (customer_org_id));
diesel::joinable!(milestones -> orders (order_id));
diesel::joinable!(order_staff -> orders (order_id));
diesel::joinable!(order_grants -> orders (order_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(files -> orders (order_id));
diesel::joinable!(security_notices -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    tenants,
    users,
    customer_orgs,
    memberships,
    orders,
    milestones,
    order_staff,
    order_grants,
    sessions,
    audit_events,
    setup_tokens,
    milestone_templates,
    milestone_template_steps,
    timeline_entries,
    decisions,
    invitations,
    access_requests,
    share_links,
    outbox,
    sign_in_failures,
    recovery_codes,
    mfa_challenges,
    files,
    jobs,
    user_codes,
    security_notices,
    notifications,
    notification_prefs,
    reports,
    payment_instructions,
    payment_acknowledgements,
    payment_records,
    tenant_keys,
    documents_of_record,
    verification_attempts,
    api_tokens,
);

diesel::table! {
    files (id) {
        id -> Text,
        tenant_id -> Text,
        order_id -> Text,
        milestone_id -> Nullable<Text>,
        entry_id -> Nullable<Text>,
        document_id -> Text,
        version -> Integer,
        is_current -> Bool,
        kind -> Text,
        visibility -> Text,
        display_name -> Text,
        content_type -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        object_key -> Text,
        uploaded_by -> Text,
        created_at -> Timestamp,
        captured_at -> Nullable<Timestamp>,
        width -> Nullable<Integer>,
        height -> Nullable<Integer>,
        derivatives -> Text,
        thumb_key -> Nullable<Text>,
        preview_key -> Nullable<Text>,
        record_state -> Nullable<Text>,
        issue_proposed_by -> Nullable<Text>,
        issue_proposed_at -> Nullable<Timestamp>,
        scrub -> Nullable<Text>,
    }
}

diesel::table! {
    jobs (id) {
        id -> Text,
        tenant_id -> Nullable<Text>,
        kind -> Text,
        payload -> Text,
        status -> Text,
        attempts -> Integer,
        max_attempts -> Integer,
        run_after -> Timestamp,
        locked_by -> Nullable<Text>,
        locked_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    user_codes (id) {
        id -> Text,
        user_id -> Text,
        purpose -> Text,
        code_hash -> Text,
        new_email -> Nullable<Text>,
        attempts -> Integer,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    security_notices (id) {
        id -> Text,
        user_id -> Text,
        tenant_id -> Nullable<Text>,
        kind -> Text,
        detail -> Text,
        ip -> Text,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
        acted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    notifications (id) {
        id -> Text,
        tenant_id -> Nullable<Text>,
        user_id -> Text,
        kind -> Text,
        order_id -> Nullable<Text>,
        params -> Text,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
        mail -> Text,
    }
}

diesel::table! {
    notification_prefs (user_id, category) {
        user_id -> Text,
        category -> Text,
        mode -> Text,
    }
}

diesel::table! {
    reports (id) {
        id -> Text,
        tenant_id -> Text,
        order_id -> Nullable<Text>,
        customer_org_id -> Nullable<Text>,
        period_start -> Date,
        period_end -> Date,
        trigger_kind -> Text,
        status -> Text,
        object_key -> Nullable<Text>,
        sha256 -> Nullable<Text>,
        size_bytes -> Nullable<BigInt>,
        verification_code -> Text,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        ready_at -> Nullable<Timestamp>,
        error -> Nullable<Text>,
        language -> Text,
    }
}

diesel::table! {
    payment_instructions (id) {
        id -> Text,
        tenant_id -> Text,
        scope -> Text,
        customer_org_id -> Nullable<Text>,
        version -> Integer,
        beneficiary -> Text,
        beneficiary_address -> Text,
        bank_name -> Text,
        bank_address -> Text,
        swift_bic -> Text,
        account -> Text,
        currency -> Text,
        notes -> Text,
        status -> Text,
        proposed_by -> Text,
        proposed_at -> Timestamp,
        approved_by -> Nullable<Text>,
        approved_at -> Nullable<Timestamp>,
        effective_at -> Nullable<Timestamp>,
        activated_at -> Nullable<Timestamp>,
        superseded_at -> Nullable<Timestamp>,
        cancelled_by -> Nullable<Text>,
        cancelled_at -> Nullable<Timestamp>,
        cancel_reason -> Nullable<Text>,
    }
}

diesel::table! {
    payment_acknowledgements (id) {
        id -> Text,
        tenant_id -> Text,
        instruction_id -> Text,
        user_id -> Text,
        acknowledged_at -> Timestamp,
        ip -> Text,
    }
}

diesel::table! {
    payment_records (id) {
        id -> Text,
        tenant_id -> Text,
        customer_org_id -> Text,
        order_id -> Nullable<Text>,
        recorded_by -> Text,
        amount -> Text,
        currency -> Text,
        paid_on -> Date,
        paid_to_account -> Text,
        paid_to_bic -> Text,
        reference -> Text,
        instruction_id -> Nullable<Text>,
        mismatch -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    tenant_keys (tenant_id) {
        tenant_id -> Text,
        public_key -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    documents_of_record (id) {
        id -> Text,
        tenant_id -> Text,
        document_id -> Text,
        version -> Integer,
        file_id -> Nullable<Text>,
        instruction_id -> Nullable<Text>,
        order_id -> Nullable<Text>,
        kind -> Text,
        title -> Text,
        sha256 -> Text,
        code -> Text,
        issued_at -> Timestamp,
        issued_by -> Nullable<Text>,
        signature -> Text,
        public_key -> Text,
        object_key -> Nullable<Text>,
        approved_by -> Nullable<Text>,
        language -> Text,
    }
}

diesel::table! {
    attempt_counters (key) {
        key -> Text,
        window_start -> Timestamp,
        count -> Integer,
        last_at -> Timestamp,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Text,
        tenant_id -> Text,
        created_by -> Text,
        maker_token_version -> Integer,
        name -> Text,
        scopes -> Text,
        token_hash -> Text,
        prefix -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
        revoked_by -> Nullable<Text>,
        last_used_at -> Nullable<Timestamp>,
        last_used_ip -> Nullable<Text>,
    }
}

diesel::table! {
    verification_attempts (id) {
        id -> Text,
        tenant_id -> Nullable<Text>,
        document_id -> Nullable<Text>,
        user_id -> Nullable<Text>,
        outcome -> Text,
        method -> Text,
        sha256 -> Nullable<Text>,
        ip -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    webhook_endpoints (id) {
        id -> Text,
        tenant_id -> Text,
        url -> Text,
        description -> Text,
        secret_sealed -> Text,
        events -> Text,
        disabled_at -> Nullable<Timestamp>,
        disabled_reason -> Nullable<Text>,
        consecutive_failures -> Integer,
        failing_since -> Nullable<Timestamp>,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> Text,
        endpoint_id -> Text,
        tenant_id -> Text,
        event_id -> Text,
        event_type -> Text,
        payload -> Text,
        state -> Text,
        attempts -> Integer,
        next_attempt_at -> Nullable<Timestamp>,
        locked_until -> Nullable<Timestamp>,
        last_attempt_at -> Nullable<Timestamp>,
        last_status -> Nullable<Integer>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        delivered_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    idempotency_keys (id) {
        id -> Text,
        tenant_id -> Text,
        principal -> Text,
        idempotency_key -> Text,
        fingerprint -> Text,
        state -> Text,
        locked_until -> Timestamp,
        response_status -> Nullable<Integer>,
        response_type -> Nullable<Text>,
        response_location -> Nullable<Text>,
        response_body -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::joinable!(webhook_deliveries -> webhook_endpoints (endpoint_id));
diesel::allow_tables_to_appear_in_same_query!(webhook_endpoints, webhook_deliveries, users);
