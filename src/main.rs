//! The `portico` command: serve the portal, and the operator tasks (migrations, tenants,
//! people, demo data). A password is never a command-line argument: it is read from standard
//! input with --password-stdin, or generated and printed once.

use std::io::BufRead;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use portico::config::{Config, ServeSettings, Settings};
use portico::error::{AppError, StartError};

#[derive(Parser)]
#[command(
    name = "portico",
    version,
    about = "Secure order portal for export manufacturers and their buyers",
    long_about = "Secure order portal for export manufacturers and their buyers.\n\n\
    With no settings, everything lives under ./data (SQLite file, objects, secret key) and the\n\
    portal listens on 127.0.0.1:8080. Every option can be set by its PORTICO_* variable.",
    after_help = "Environment (all optional):\n  \
    PORTICO_DATA_DIR        directory for the embedded defaults (./data)\n  \
    PORTICO_DATABASE_URL    sqlite://PATH or postgres://USER:PASS@HOST:PORT/DB\n  \
    PORTICO_STORAGE_URL     file://PATH or s3://BUCKET[/PREFIX] for objects\n  \
    PORTICO_S3_ENDPOINT     S3 endpoint of a non-AWS store (or AWS_ENDPOINT)\n  \
    PORTICO_S3_REGION       S3 region (us-east-1)\n  \
    PORTICO_S3_ACCESS_KEY_ID, PORTICO_S3_SECRET_ACCESS_KEY  S3 credentials (or AWS_*)\n  \
    PORTICO_S3_ALLOW_HTTP   true to allow a plain-http S3 endpoint (tests)\n  \
    PORTICO_MAX_FILE_MB     largest file (2048)\n  \
    PORTICO_MAX_UPLOAD_MB   largest upload request (4096)\n  \
    PORTICO_TENANT_QUOTA_GB storage quota per tenant (100)\n  \
    PORTICO_SMTP_HOST, _PORT, _TLS, _USERNAME, _PASSWORD, _FROM  mail relay (mail stays queued without it)\n  \
    PORTICO_KEY_FILE        secret key file, the same on every node\n  \
    PORTICO_DB_POOL_SIZE    database connections per node (10)\n  \
    PORTICO_BIND            serve: listen address (127.0.0.1:8080)\n  \
    PORTICO_PUBLIC_URL      serve: the address people use; https turns on Secure cookies\n  \
    PORTICO_WORKERS         serve: HTTP worker threads (one per core)\n  \
    PORTICO_TRUSTED_PROXIES load balancers whose X-Forwarded-For is believed (none)\n  \
    PORTICO_METRICS_TOKEN   bearer token for /metrics (without it /metrics is off)\n  \
    PORTICO_LOG             log filter (info)\n  \
    PORTICO_LOG_FORMAT      text or json (text)"
)]
struct Cli {
    #[command(flatten)]
    settings: Settings,
    /// Log filter (tracing syntax), e.g. info or portico=debug.
    #[arg(long, env = "PORTICO_LOG", default_value = "info", global = true)]
    log: String,
    /// Log lines as text for people, or as JSON objects (one per line) for a log collector.
    #[arg(
        long,
        env = "PORTICO_LOG_FORMAT",
        value_enum,
        default_value = "text",
        global = true
    )]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web portal (applies pending migrations first).
    Serve(ServeSettings),
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage tenants (supplier companies).
    #[command(subcommand)]
    Tenant(TenantCmd),
    /// Manage people.
    #[command(subcommand)]
    User(UserCmd),
    /// Load a demo tenant with people, customers and a dozen orders, and print the sign-ins.
    Demo,
    /// Check stored objects against file rows: remove orphans and dangling rows, queue
    /// missing previews, and report what was done.
    Fsck {
        /// Leave objects younger than this alone (an upload may still be committing).
        #[arg(long, default_value_t = 60)]
        grace_minutes: u64,
        /// Report only; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// The tamper-evident audit log.
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Back up the embedded default (SQLite database, objects, secret key) into a new
    /// directory while the portal keeps serving; every object is re-hashed afterwards.
    Backup {
        /// The directory to create (it must not exist or be empty).
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Restore a backup into an empty data directory after checking every object's hash;
    /// with --check, only check the backup.
    Restore {
        /// The backup directory.
        #[arg(long)]
        from: std::path::PathBuf,
        /// Verify the backup and change nothing.
        #[arg(long)]
        check: bool,
    },
}

#[derive(Subcommand)]
enum AuditCmd {
    /// Check every event's link to the one before it, in every chain (or one tenant's), and
    /// name the first broken link; exits with failure if there is one.
    Verify {
        /// Only this tenant's chain (its short name).
        #[arg(long)]
        tenant: Option<String>,
    },
}

#[derive(Subcommand)]
enum TenantCmd {
    /// Create a tenant and its first administrator.
    Create {
        #[arg(long)]
        name: String,
        #[arg(long)]
        slug: String,
        #[arg(long)]
        admin_email: String,
        #[arg(long, default_value = "Administrator")]
        admin_name: String,
        /// Read the admin's password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
        /// The company's language (en, zh-CN, es, fr, de, pt-BR, ru, tr, ar): the default
        /// milestone template is written in it.
        #[arg(long, default_value = "en")]
        language: String,
    },
}

#[derive(Subcommand)]
enum UserCmd {
    /// Invite a person to a tenant with a role: prints the invitation code they enter at
    /// /invite (also mailed to them); an existing account joins when its owner accepts.
    Add {
        #[arg(long)]
        tenant: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin, merchandiser, qc or buyer
        #[arg(long)]
        role: String,
        /// The customer organisation of a buyer (created if missing).
        #[arg(long)]
        customer: Option<String>,
    },
    /// Disable an account everywhere; its sessions end on their next request.
    Deactivate {
        #[arg(long)]
        email: String,
    },
}

/// Caps glibc's malloc arenas at two, unless `MALLOC_ARENA_MAX` says otherwise. By default
/// glibc gives each thread that allocates its own arena (up to 8 per core), and with actix's
/// workers, the blocking pool (database, image work) and large short-lived buffers (photo
/// previews) the heap fragmented and grew: the 10-minute load drill measured 585 → 648 MiB
/// of heap between its second and last minute; with two arenas it stayed at 149 → 144 MiB,
/// for about 8% less throughput.
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: called first thing in main, before any other thread exists; mallopt only
        // sets an allocator parameter.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}

fn main() -> ExitCode {
    limit_malloc_arenas();
    let cli = Cli::parse();
    let filter = tracing_subscriber::EnvFilter::try_new(&cli.log).unwrap_or_else(|_| "info".into());
    // A log that cannot be written (its disk is full) is dropped: by default the subscriber
    // reports that with eprintln!, which panics on the same full disk and takes the request
    // down with it (found by benches/drill-disk-full.sh).
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .log_internal_errors(false);
    match cli.log_format {
        // One JSON object per line, the request span's id/method/path in every line, for log
        // collectors; the current span's fields are flattened so that a query needs no nesting.
        LogFormat::Json => logs
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .init(),
        LogFormat::Text => logs.init(),
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("portico: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read_password(from_stdin: bool) -> Result<(String, bool), StartError> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        let pw = line.trim_end_matches(['\r', '\n']).to_string();
        portico::auth::password::validate_new(&pw)
            .map_err(|e| StartError::Other(e.public_message()))?;
        Ok((pw, false))
    } else {
        Ok((portico::auth::secrets::random_token(), true))
    }
}

fn app_err(e: AppError) -> StartError {
    StartError::Other(match e {
        AppError::Internal(m) | AppError::Unavailable(m) => m,
        other => other.public_message(),
    })
}

fn run(cli: Cli) -> Result<(), StartError> {
    if let Command::Serve(s) = &cli.command {
        let public = s
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", s.bind));
        let config = Config::from_settings(&cli.settings, Some(&public))?;
        let (bind, workers) = (s.bind, s.workers);
        return actix_web::rt::System::new().block_on(portico::serve(config, bind, workers));
    }
    let config = Config::from_settings(&cli.settings, None)?;
    let backup_err = |e: portico::backup::BackupError| StartError::Other(e.to_string());
    if let Command::Restore { from, check } = &cli.command {
        let summary = if *check {
            portico::backup::verify(from).map_err(backup_err)?
        } else {
            actix_web::rt::System::new()
                .block_on(portico::backup::restore(&config, from))
                .map_err(backup_err)?
        };
        println!(
            "{} {}: {summary}",
            if *check { "checked" } else { "restored" },
            from.display()
        );
        return Ok(());
    }
    if let Command::Backup { to } = &cli.command {
        let to = to.clone();
        // Before connecting: a PostgreSQL deployment hears why at once.
        portico::backup::check_source(&config).map_err(backup_err)?;
        return actix_web::rt::System::new().block_on(async move {
            let state = portico::init_state(config.clone())?;
            let summary = portico::backup::backup(&state.db, &state.storage, &config, &to)
                .await
                .map_err(backup_err)?;
            println!("backed up to {}: {summary}", to.display());
            Ok(())
        });
    }
    if let Command::Fsck {
        grace_minutes,
        dry_run,
    } = cli.command
    {
        return actix_web::rt::System::new().block_on(async move {
            let state = portico::init_state(config)?;
            let opts = portico::files::fsck::Options {
                grace: std::time::Duration::from_secs(grace_minutes * 60),
                dry_run,
            };
            let report = portico::files::fsck::run(&state, opts)
                .await
                .map_err(app_err)?;
            println!("{report}");
            Ok(())
        });
    }
    if let Command::Demo = cli.command {
        // The whole app state: the demo stores photos and documents and makes their previews
        // and a report, as the server would.
        return actix_web::rt::System::new().block_on(async move {
            let state = portico::init_state(config)?;
            let out = portico::demo::load(&state).await.map_err(app_err)?;
            print!("{out}");
            Ok(())
        });
    }
    let db = portico::db::Db::connect(&config.database, 2, config.sqlite_cache_mb)?;
    let mut conn = db.conn().map_err(app_err)?;
    match cli.command {
        Command::Serve(_)
        | Command::Fsck { .. }
        | Command::Backup { .. }
        | Command::Demo
        | Command::Restore { .. } => unreachable!(),
        Command::Migrate => println!("migrations are up to date"),
        Command::Tenant(TenantCmd::Create {
            name,
            slug,
            admin_email,
            admin_name,
            password_stdin,
            language,
        }) => {
            let (password, generated) = read_password(password_stdin)?;
            let input = portico::tenants::NewTenant {
                company_name: name,
                slug,
                admin_name,
                admin_email: admin_email.clone(),
                password: password.clone(),
                password_confirm: password.clone(),
                language: Some(language),
            };
            let (tenant, _) =
                portico::tenants::create_with_admin(&mut conn, &input, "cli").map_err(app_err)?;
            println!("created tenant {} ({})", tenant.name, tenant.slug);
            if generated {
                println!("admin {admin_email} password: {password}");
            }
        }
        Command::User(UserCmd::Add {
            tenant,
            email,
            name,
            role,
            customer,
        }) => {
            let issued = portico::demo::invite_from_cli(
                &mut conn,
                &tenant,
                &email,
                &name,
                &role,
                customer.as_deref(),
                &config.public_url,
            )
            .map_err(app_err)?;
            println!(
                "invited {} to {tenant} as {role}: code {} (valid until {} UTC; enter it at {}/invite)",
                issued.email,
                issued.code,
                issued.expires_at.format("%Y-%m-%d %H:%M"),
                config.public_url
            );
        }
        Command::User(UserCmd::Deactivate { email }) => {
            let email = portico::validate::email(&email).map_err(app_err)?;
            let user = portico::people::find_user_by_email(&mut conn, &email)
                .map_err(app_err)?
                .ok_or_else(|| StartError::Other(format!("no account for {email}")))?;
            portico::people::deactivate_user(&mut conn, &user.id).map_err(app_err)?;
            println!("deactivated {email}");
        }
        Command::Audit(AuditCmd::Verify { tenant }) => {
            let only = match tenant {
                Some(slug) => Some(
                    portico::tenants::find_by_slug(&mut conn, &slug)
                        .map_err(app_err)?
                        .id,
                ),
                None => None,
            };
            let reports = portico::audit::verify(&mut conn, only.as_deref()).map_err(app_err)?;
            let mut broken = 0;
            for r in &reports {
                match &r.broken {
                    None => println!("chain {}: {} events, intact", r.chain, r.events),
                    Some((seq, id, why)) => {
                        broken += 1;
                        println!(
                            "chain {}: BROKEN at event {seq} (id {id}): {why}; {} events before it hold",
                            r.chain, r.events
                        );
                    }
                }
            }
            if broken > 0 {
                return Err(StartError::Other(format!("{broken} audit chain(s) broken")));
            }
        }
    }
    Ok(())
}
