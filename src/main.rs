//! The `portico` command: serve the portal, and the operator tasks (migrations, tenants,
//! people, demo data). A password is never a command-line argument: it is read from standard
//! input with --password-stdin, or generated and printed once.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, Parser, Subcommand};
use portico::config::preflight::{self, KeyUse};
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
    PORTICO_KEY_FILE        secret key file, the same on every node (its directory must exist)\n  \
    PORTICO_DB_POOL_SIZE    database connections per node (10)\n  \
    PORTICO_DATABASE_WAIT_SECS  keep trying to reach PostgreSQL at start this long (0: one try)\n  \
    PORTICO_FONT_DIR        folder of fonts for PDF reports (a CJK one for Chinese)\n  \
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
    /// Ask the portal on this machine whether it is ready (GET /readyz within 3 s): exits 0
    /// when it is, 1 when not. For container health checks, which then need no curl.
    Healthcheck {
        /// The portal's listen address (an unspecified address means this machine).
        #[arg(long, env = "PORTICO_BIND", default_value = "127.0.0.1:8080")]
        bind: std::net::SocketAddr,
    },
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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_error(e),
    };
    if let Command::Healthcheck { bind } = cli.command {
        return healthcheck(bind);
    }
    // Parsed here, before anything is printed: a typo used to fall back to `info` silently.
    let filter = match tracing_subscriber::EnvFilter::try_new(&cli.log) {
        Ok(f) => f,
        Err(e) => {
            return config_error(&format!(
                "PORTICO_LOG (--log) {:?} is not a log filter: {e}; e.g. info, or info,portico=debug",
                cli.log
            ));
        }
    };
    // A log that cannot be written (its disk is full) is dropped: by default the subscriber
    // reports that with eprintln!, which panics on the same full disk and takes the request
    // down with it (found by benches/drill-disk-full.sh). Colours only for a person at a
    // terminal: in a file or a collector the escape codes are noise.
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_ansi(std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none())
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
        Err(StartError::Config(m)) => config_error(&m),
        Err(e) => {
            eprintln!("portico: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A setting that cannot work: one line naming it, and exit code 2 (as for a wrong
/// argument), so that a supervisor can tell it from a failure that a restart may cure.
fn config_error(message: &str) -> ExitCode {
    eprintln!("portico: configuration error: {message}");
    ExitCode::from(2)
}

/// clap's own message names the flag (`--workers <WORKERS>`); when the value came from the
/// environment, the operator looks for the variable, so the variable is named too.
fn clap_error(e: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !matches!(
        e.kind(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation
    ) {
        e.exit();
    }
    let Some(ContextValue::String(arg)) = e.get(ContextKind::InvalidArg) else {
        e.exit();
    };
    let long = arg
        .trim_start_matches('-')
        .split([' ', '='])
        .next()
        .unwrap_or_default()
        .to_string();
    let given_as_flag =
        std::env::args().any(|a| a == format!("--{long}") || a.starts_with(&format!("--{long}=")));
    let found = env_of(&Cli::command(), &long);
    let (Some((var, hidden)), false) = (found, given_as_flag) else {
        e.exit();
    };
    let Some(value) = std::env::var_os(&var) else {
        e.exit();
    };
    let why = match (
        std::error::Error::source(&e),
        e.get(ContextKind::ValidValue),
    ) {
        (Some(source), _) => source.to_string(),
        (None, Some(ContextValue::Strings(valid))) => {
            format!("expected one of {}", valid.join(", "))
        }
        _ => "not a valid value".to_string(),
    };
    config_error(&if hidden {
        format!("{var} (--{long}) is not valid: {why}")
    } else {
        format!(
            "{var}={:?} (--{long}) is not valid: {why}",
            value.to_string_lossy()
        )
    })
}

/// The variable behind a long flag, in the command or any subcommand, and whether its value
/// is a secret not to be shown.
fn env_of(cmd: &clap::Command, long: &str) -> Option<(String, bool)> {
    cmd.get_arguments()
        .find(|a| a.get_long() == Some(long))
        .and_then(|a| {
            a.get_env()
                .map(|v| (v.to_string_lossy().into_owned(), a.is_hide_env_values_set()))
        })
        .or_else(|| cmd.get_subcommands().find_map(|c| env_of(c, long)))
}

/// `portico healthcheck`: GET /readyz on the local portal with std's TCP client (no HTTP
/// client library, no curl in the image), 3 s in all.
fn healthcheck(bind: std::net::SocketAddr) -> ExitCode {
    use std::io::{Read, Write};
    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
    let ip = match bind.ip() {
        IpAddr::V4(v) if v.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v) if v.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let addr = SocketAddr::new(ip, bind.port());
    let deadline = std::time::Instant::now() + Duration::from_secs(3);
    let ask = || -> std::io::Result<String> {
        let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(3))?;
        let left = deadline
            .saturating_duration_since(std::time::Instant::now())
            .max(Duration::from_millis(1));
        s.set_read_timeout(Some(left))?;
        s.set_write_timeout(Some(left))?;
        write!(
            s,
            "GET /readyz HTTP/1.1\r\nHost: {addr}\r\nUser-Agent: portico-healthcheck\r\nConnection: close\r\n\r\n"
        )?;
        let mut head = [0u8; 64];
        let mut n = 0;
        while n < head.len() {
            let got = s.read(&mut head[n..])?;
            if got == 0 || head[..n + got].contains(&b'\n') {
                n += got;
                break;
            }
            n += got;
        }
        Ok(String::from_utf8_lossy(&head[..n])
            .lines()
            .next()
            .unwrap_or_default()
            .to_string())
    };
    match ask() {
        Ok(status) if status.split(' ').nth(1) == Some("200") => {
            println!("ready: {addr}");
            ExitCode::SUCCESS
        }
        Ok(status) => {
            eprintln!("portico: not ready: {addr}/readyz answered {status:?}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("portico: not ready: {addr}: {e}");
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
    // Every setting is checked before anything is opened or printed.
    let wait = Duration::from_secs(cli.settings.database_wait_secs);
    if let Command::Serve(s) = &cli.command {
        s.validate()?;
        let public = s
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", s.bind));
        let mut config = Config::from_settings(&cli.settings, Some(&public))?;
        let (bind, workers, named) = (s.bind, s.workers, s.public_url.is_some());
        return actix_web::rt::System::new().block_on(async move {
            // The port first: in use, it is named before the database is touched.
            let listener = preflight::listen(bind)?;
            if !named {
                // With port 0 the system chose one: links name the one in use.
                config.public_url = format!("http://{}", listener.local_addr()?);
            }
            preflight::database(&config, wait, KeyUse::Needs)?;
            portico::serve(config, listener, workers).await
        });
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
        preflight::database(&config, wait, KeyUse::Needs)?;
        return actix_web::rt::System::new().block_on(async move {
            let state = portico::init_state(config.clone())?;
            let summary = portico::backup::backup(&state.db, &state.storage, &config, &to)
                .await
                .map_err(backup_err)?;
            println!("backed up to {}: {summary}", to.display());
            Ok(())
        });
    }
    // Restore puts a backup's key in place itself; backup checked its source above.
    let key = match &cli.command {
        Command::Fsck { .. } | Command::Demo => KeyUse::Needs,
        Command::Migrate | Command::Tenant(_) | Command::User(UserCmd::Add { .. }) => {
            KeyUse::CreateIfFresh
        }
        _ => KeyUse::Ignores,
    };
    preflight::database(&config, wait, key)?;
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
                progress: true,
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
        | Command::Healthcheck { .. }
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
