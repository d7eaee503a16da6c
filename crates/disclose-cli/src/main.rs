//! `disclose`: every capability of Disclose, scriptable and headless.
//!
//! Exit codes (docs/design.md): 0 ok, 2 usage, 65 bad input data or a conflict
//! (nothing written), 70 a bug, 74 I/O error or an incompatible store, 130 cancelled.
//! With `--json`, data and errors go to stdout as JSON.

mod output;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use disclose_charts::theme::ThemeKind;
use disclose_charts::{ChartFormat, ChartKind, ChartOptions, ChartWords, CompareScale};
use disclose_core::date::FuzzyDate;
use disclose_core::error::Error;
use disclose_core::export::Subjects;
use disclose_core::i18n::{self, say, Lang, Text};
use disclose_core::import::{self, ImportOptions, Mapping, ProgressEvent, ProgressUnit};
use disclose_core::query::{self, Filter, Granularity, SeriesKey, SortKey};
use disclose_core::store::{journal, Places, STORE_ENV};
use disclose_core::{edit, generate, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

// Imports allocate on the parsing thread and free on the writing one; glibc's
// malloc serialises that on a lock, mimalloc does not.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "disclose",
    version,
    about = "Transparency reports on government requests for user data"
)]
struct Cli {
    /// The store (a SQLite file). Default: $DISCLOSE_DB, else the store the app uses too
    /// (disclose.sqlite in the platform data directory of org.disclose.app).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Print data (and errors) as JSON on stdout.
    #[arg(long, global = true)]
    json: bool,
    /// The language of what is printed for people: `en` or `de`. Default: German when
    /// `LC_ALL`, `LC_MESSAGES` or `LANG` (the first set) starts with `de`, else English.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<disclose_core::i18n::Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import bundles (.json), request lists (.csv, .xlsx); all files land or none does.
    Import {
        #[command(flatten)]
        source: Source,
        /// Overwrite stored records that the files state differently.
        #[arg(long)]
        replace: bool,
    },
    /// Check files as an import would, without writing anything.
    Validate {
        #[command(flatten)]
        source: Source,
    },
    /// Headline numbers: requests, accounts, processes, outcomes, categories.
    Stats {
        #[command(flatten)]
        scope: Scope,
    },
    /// One page of the request table under a filter, with the facet counts if asked for.
    Requests {
        /// Only this organisation (its id).
        #[arg(long, value_name = "ID")]
        organisation: Option<String>,
        /// Only requests received in this year.
        #[arg(long, value_name = "Y")]
        year: Option<i32>,
        /// Only this legal process (subpoena, court_order, ...).
        #[arg(long, value_name = "P")]
        process: Option<String>,
        /// Only this outcome (complied, partial, rejected, ...).
        #[arg(long, value_name = "O")]
        outcome: Option<String>,
        /// Only this country, by name or ISO code (Germany, DE).
        #[arg(long, value_name = "NAME|CC")]
        country: Option<String>,
        /// Only requests that asked for this category (an id: ip_address, ...).
        #[arg(long, value_name = "CAT")]
        category: Option<String>,
        /// Only requests with a category in this disposition (provided, not_held, ...).
        #[arg(long, value_name = "D")]
        disposition: Option<String>,
        /// Full-text search over authority, legal basis, notes and the wording asked for.
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// The column the page is sorted by; ties keep the order of import.
        #[arg(long, value_enum, value_name = "COL", default_value_t = SortKey::Received)]
        sort: SortKey,
        /// Largest (latest) first.
        #[arg(long)]
        desc: bool,
        /// Rows per page (at most 1000).
        #[arg(long, value_name = "N", default_value_t = 100)]
        limit: u32,
        /// Rows to skip.
        #[arg(long, value_name = "N", default_value_t = 0)]
        offset: u64,
        /// Also count, for each facet, how many requests each value leaves.
        #[arg(long)]
        facets: bool,
    },
    /// What an organisation held on a date, and for how long it kept it.
    Inventory {
        /// Only this organisation (its id).
        #[arg(long, value_name = "ID")]
        organisation: Option<String>,
        /// The day (a day, month or year: its first day).
        #[arg(long, value_name = "DATE")]
        as_of: FuzzyDate,
    },
    /// Write the store as a bundle or as canonical CSV (subjects left out unless asked for).
    Export {
        /// A bundle (every record, to import elsewhere) or the canonical CSV of requests.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// The file written (whole or not at all).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Internal export only: include the account identifiers of request subjects.
        #[arg(long)]
        include_subjects: bool,
    },
    /// Draw a chart as SVG or PNG (by the file name), and print what it shows in one sentence.
    Chart {
        /// Which chart.
        #[arg(value_enum)]
        kind: ChartKind,
        /// The file written: .svg, .png, .csv (its data) or .html (a page to embed).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        scope: Scope,
        /// Light or dark colours.
        #[arg(long, value_enum, default_value_t = ThemeKind::Light)]
        theme: ThemeKind,
        /// Width in pixels.
        #[arg(long, default_value_t = 960)]
        width: u32,
        /// Default: as tall as the content needs.
        #[arg(long)]
        height: Option<u32>,
        /// What the bars of requests-over-time are split by.
        #[arg(long, value_enum, default_value_t = SeriesKey::Process)]
        by: SeriesKey,
        /// Period size of requests-over-time (default: chosen from the span).
        #[arg(long, value_enum)]
        period: Option<Granularity>,
        /// Also write the chart's data as CSV.
        #[arg(long, value_name = "FILE.csv")]
        data: Option<PathBuf>,
        /// The file written (default: by the name of the --out file: .svg, .png, .csv, .html).
        #[arg(long, value_enum)]
        format: Option<ChartFormat>,
        /// The PNG's pixel ratio: 1, 2 or 3.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=3))]
        scale: u32,
        /// A headline in place of the chart's own.
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        /// A line under the headline in place of the chart's own.
        #[arg(long, value_name = "TEXT")]
        subtitle: Option<String>,
        /// A note under the chart.
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// A source line in place of the chart's own.
        #[arg(long, value_name = "TEXT")]
        source: Option<String>,
        /// Compare: one organisation (id) in its colour, the others grey.
        #[arg(long, value_name = "ORG")]
        highlight: Option<String>,
        /// Compare: a panel per organisation on its own scale, one log scale, or indexed to
        /// the first year = 100.
        #[arg(long, value_enum, default_value_t = CompareScale::Panels)]
        layout: CompareScale,
    },
    /// Write the transparency report for a period as Markdown or self-contained HTML.
    Report {
        /// The period: a year (2023), a month, or a range (2023-01/2023-06).
        #[arg(long, value_name = "PERIOD")]
        period: Option<FuzzyDate>,
        /// Markdown, one self-contained HTML file, or a site (a folder to publish).
        #[arg(long, value_enum, default_value_t = disclose_report::Format::Markdown)]
        format: disclose_report::Format,
        /// The file written (the folder, for a site).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Whose report: an organisation's id (needed when several have requests).
        #[arg(long, value_name = "ID")]
        organisation: Option<String>,
        /// Show counts below N as "fewer than N", so small numbers cannot point at anyone.
        #[arg(long, value_name = "N")]
        band_below: Option<u64>,
        /// Use this template instead of the default (see --template-out).
        #[arg(long, value_name = "FILE")]
        template: Option<PathBuf>,
        /// Write the default template of --format to FILE, to edit, and stop.
        #[arg(long, value_name = "FILE")]
        template_out: Option<PathBuf>,
        /// Leave out a part: categories, inventory, policy or requests (repeatable).
        #[arg(long, value_name = "SECTION")]
        omit: Vec<String>,
        /// Set one of the report's texts from a Markdown file, kept in the store for the
        /// organisation and period (repeatable): title, introduction, contact, methodology,
        /// sections, note.summary, note.categories, ...; an empty file removes it.
        #[arg(long, value_name = "KEY=FILE")]
        text: Vec<String>,
        /// Write the report's texts, one KEY.md per text, to DIR.
        #[arg(long, value_name = "DIR")]
        texts_out: Option<PathBuf>,
        /// Print what a transparency report is expected to state and whether this one does.
        #[arg(long)]
        checklist: bool,
    },
    /// Set organisations side by side per year or half-year, globally or per country, from
    /// request records and published counts, each published figure with its sources.
    Compare {
        /// requests, accounts, some_data_produced, ... (default requests).
        #[arg(long)]
        metric: Option<String>,
        /// Only this legal process (subpoena, court_order, ...).
        #[arg(long)]
        process: Option<String>,
        /// Only this country, by name or ISO code (Germany, DE); default: global figures.
        #[arg(long, value_name = "NAME|CC")]
        country: Option<String>,
        /// Only this organisation (id), e.g. for a country grid of one company.
        #[arg(long, value_name = "ID")]
        organisation: Option<String>,
        /// The first year shown.
        #[arg(long, value_name = "YEAR")]
        from: Option<i32>,
        /// The last year shown.
        #[arg(long, value_name = "YEAR")]
        to: Option<i32>,
        /// Published counts about other things than account data: devices,
        /// financial_identifiers, push_tokens, enterprise_cloud, ... (default: account data).
        #[arg(long)]
        scope: Option<String>,
        /// Periods: half (half-years kept as published, other periods yearly) or year
        /// (default; a year covered by one half only says so).
        #[arg(long, value_name = "half|year", value_parser = compare_period)]
        period: Option<Granularity>,
        /// A row per organisation (default), or per organisation and country: a country
        /// grid, ranked within each period.
        #[arg(long, value_enum, default_value_t = query::CompareBy::Organisation)]
        by: query::CompareBy,
        /// List the largest changes from one period to the next instead of the figures.
        #[arg(long)]
        changes: bool,
        /// With --changes: how many to list.
        #[arg(long, value_name = "N", default_value_t = 20)]
        top: usize,
        /// Write the table as CSV (with each figure's sources) instead of text.
        #[arg(long, conflicts_with = "json")]
        csv: bool,
    },
    /// Replay a request (or the categories of one that has not arrived) against the
    /// inventory of another date: what could be handed over then, and what changed it.
    Exposure {
        /// A stored request, by its reference.
        #[arg(long, value_name = "ID", conflicts_with_all = ["categories", "matter"])]
        request: Option<String>,
        /// A matter: the categories all its requests asked for (needs --organisation).
        #[arg(long, value_name = "ID", conflicts_with = "categories")]
        matter: Option<String>,
        /// The categories a request would ask for (comma-separated ids).
        #[arg(
            long,
            value_name = "IDS",
            value_delimiter = ',',
            required_unless_present_any = ["request", "matter"]
        )]
        categories: Vec<String>,
        /// The organisation (needed with --categories, or when several have the request).
        #[arg(long, value_name = "ID")]
        organisation: Option<String>,
        /// The day a request named by --categories would have arrived (default: --as-of).
        #[arg(long, value_name = "DATE")]
        then: Option<FuzzyDate>,
        /// The day to replay it on (default: today).
        #[arg(long, value_name = "DATE")]
        as_of: Option<FuzzyDate>,
    },
    /// The store in use: its path, schema version and what each organisation has in it.
    Info,
    /// The publishers whose files the store holds: layouts, files, periods held, the
    /// newest period, and the page to download newer files from (nothing is fetched).
    Sources,
    /// The change journal, newest first: imports, saves, deletes, policy changes applied.
    History,
    /// Reverse the newest change not yet undone.
    Undo,
    /// Reapply the change undone last.
    Redo,
    /// Delete one record (an organisation with all its records); undo brings it back.
    Delete {
        /// What to delete.
        #[arg(value_enum)]
        kind: DeleteKind,
        /// Its id (reference); an organisation's own id for `organisation`.
        id: String,
        /// Its organisation (needed when several have a record with this id).
        #[arg(long, value_name = "ID")]
        organisation: Option<String>,
    },
    /// Write deterministic synthetic data (.csv request list or .json bundle).
    Generate {
        /// How many requests.
        #[arg(long, value_name = "N")]
        requests: u64,
        /// The same seed gives the same file.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The file written: .csv (a request list) or .json (a bundle).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Write the manual pages (disclose.1 and one per command) into a folder.
    Man {
        /// The folder the pages are written into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Print the shell completion script for bash, zsh or fish.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// The records `disclose delete` can delete.
#[derive(Clone, Copy, clap::ValueEnum)]
enum DeleteKind {
    Request,
    Inventory,
    Policy,
    Matter,
    Organisation,
}

impl DeleteKind {
    fn record(self) -> edit::RecordKind {
        match self {
            DeleteKind::Request => edit::RecordKind::Request,
            DeleteKind::Inventory => edit::RecordKind::Inventory,
            DeleteKind::Policy => edit::RecordKind::PolicyChange,
            DeleteKind::Matter => edit::RecordKind::Matter,
            DeleteKind::Organisation => edit::RecordKind::Organisation,
        }
    }
}

/// The files to read and how (shared by import and validate).
#[derive(clap::Args)]
struct Source {
    /// Files, folders or zips; in folders and zips, files in no known layout are skipped.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Refuse a published file for a doubtful cell (bytes that are not UTF-8, a place
    /// that is no ISO country) instead of importing it with a warning.
    #[arg(long)]
    strict: bool,
    /// Mapping file for CSV/XLSX layouts other than the canonical one.
    #[arg(long, value_name = "MAP")]
    mapping: Option<PathBuf>,
    /// Organisation id for rows that name none.
    #[arg(long, value_name = "ID")]
    organisation: Option<String>,
}

impl Source {
    fn options(&self, replace: bool, lang: i18n::Lang) -> Result<ImportOptions, Error> {
        Ok(ImportOptions {
            replace,
            organisation: self.organisation.clone(),
            mapping: self.mapping.as_deref().map(Mapping::load).transpose()?,
            max_problems: 0,
            strict: self.strict,
            lang,
        })
    }
}

/// Which requests a command looks at (shared by stats and chart).
#[derive(clap::Args)]
struct Scope {
    /// Only this organisation (its id).
    #[arg(long, value_name = "ID")]
    organisation: Option<String>,
    /// First received date (a day, month or year).
    #[arg(long, value_name = "DATE")]
    from: Option<FuzzyDate>,
    /// Last received date (a day, month or year; a year means up to its end).
    #[arg(long, value_name = "DATE")]
    to: Option<FuzzyDate>,
    /// Only this legal process (subpoena, court_order, ...).
    #[arg(long, value_name = "P")]
    process: Option<String>,
    /// Only this country, by name or ISO code (Germany, DE).
    #[arg(long, value_name = "NAME|CC")]
    country: Option<String>,
}

impl Scope {
    /// The filter, after checking that a named organisation exists in the store.
    fn filter(self, store: &Store) -> Result<Filter, Error> {
        if let Some(o) = &self.organisation {
            query::ensure_organisation(store, o)?;
        }
        let process = self
            .process
            .map(|p| {
                p.parse::<disclose_core::domain::Process>().map_err(|_| {
                    Error::Usage(say!(
                        "error-unknown-kind",
                        kind = "process",
                        what = p.as_str(),
                        expected = disclose_core::domain::Process::expected()
                    ))
                })
            })
            .transpose()?;
        Ok(Filter {
            organisation: self.organisation,
            from: self.from.map(|d| d.start()),
            to: self.to.map(|d| d.end()),
            process,
            country: self
                .country
                .map(|c| query::resolve_country(store, &c))
                .transpose()?,
            ..Filter::default()
        })
    }
}

/// An option's value read as one of a closed vocabulary, or a usage error naming them.
fn parse<T: std::str::FromStr>(
    v: Option<String>,
    what: &str,
    expected: Text,
) -> Result<Option<T>, Error> {
    v.map(|s| {
        s.parse::<T>().map_err(|_| {
            Error::Usage(say!(
                "error-unknown-kind",
                kind = what,
                what = s.as_str(),
                expected = expected.clone()
            ))
        })
    })
    .transpose()
}

/// `compare --period`: published counts come in half-years and years.
fn compare_period(s: &str) -> Result<Granularity, String> {
    match s {
        "half" => Ok(Granularity::Half),
        "year" => Ok(Granularity::Year),
        // Read before `--lang` is: the environment's language.
        _ => Err(say!("error-compare-period", found = s).in_lang(Lang::from_env())),
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Bundle,
    Csv,
}

/// The language of everything printed for people: `--lang`, else the environment's.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

fn language() -> Lang {
    LANG.get().copied().unwrap_or_else(Lang::from_env)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = cli.json;
    let _ = LANG.set(cli.lang.unwrap_or_else(Lang::from_env));
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            output::error(&e, language(), json);
            ExitCode::from(e.code().exit_code() as u8)
        }
    }
}

/// The store a command uses (`--db`, `$DISCLOSE_DB`, else the default the app uses too).
/// Says on stderr when an older store was moved or left beside it, and when the app last
/// opened another store.
fn store_path(cli_db: Option<PathBuf>) -> Result<PathBuf, Error> {
    let places = match Places::platform() {
        Ok(p) => p,
        // No data directory: only a store named on the command line or in the environment.
        Err(e) => {
            return cli_db
                .or_else(|| std::env::var_os(STORE_ENV).map(PathBuf::from))
                .ok_or(e)
        }
    };
    let location = places.for_cli(cli_db.as_deref())?;
    let lang = language();
    for notice in &location.notices {
        eprintln!("disclose: {}", notice.in_lang(lang));
    }
    if let Some(last) = places.last_opened() {
        if !same_file(&last, &location.path) {
            let notice = say!(
                "notice-using-store",
                path = location.path.display().to_string(),
                last = last.display().to_string()
            );
            eprintln!("disclose: {}", notice.in_lang(lang));
        }
    }
    Ok(location.path)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn open_existing(db: Option<PathBuf>) -> Result<Store, Error> {
    Store::open_read_only(&store_path(db)?)
}

/// Runs a command; a closed stdout (`disclose stats | head`) is a quiet success.
fn run(cli: Cli) -> Result<(), Error> {
    let mut stdout = std::io::stdout().lock();
    match execute(cli, &mut stdout) {
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn stdout_error(e: std::io::Error) -> Error {
    Error::io("(standard output)", e)
}

fn execute(cli: Cli, stdout: &mut std::io::StdoutLock) -> Result<(), Error> {
    let json = cli.json;
    let lang = language();
    match cli.command {
        Command::Import { source, replace } => {
            let opts = source.options(replace, lang)?;
            let files = source.files;
            let db = store_path(cli.db)?;
            let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
            let mut bar = Progress::new(lang);
            let result = import::import_into_store(&db, &paths, &opts, &mut |e| {
                bar.update(e);
                true
            });
            bar.finish();
            output::import_outcome(stdout, &result?, lang, json).map_err(stdout_error)?;
        }
        Command::Validate { source } => {
            let opts = source.options(false, lang)?;
            let files = source.files;
            let mut failed: Option<Error> = None;
            let mut summaries = Vec::new();
            for f in &files {
                match import::validate_file(f, &opts) {
                    Ok(o) => summaries.extend(o.files),
                    Err(e) => {
                        if failed.is_some() {
                            output::error(&e, lang, json);
                        } else {
                            failed = Some(e);
                        }
                    }
                }
            }
            if let Some(e) = failed {
                return Err(e);
            }
            output::summaries(stdout, &summaries, json, "cli-valid", lang).map_err(stdout_error)?;
        }
        Command::Stats { scope } => {
            let store = open_existing(cli.db)?;
            let stats = query::stats(&store, &scope.filter(&store)?)?;
            let labels = query::labels_in(&store, lang)?;
            output::stats(stdout, &stats, &labels, lang, json).map_err(stdout_error)?;
        }
        Command::Requests {
            organisation,
            year,
            process,
            outcome,
            country,
            category,
            disposition,
            search,
            sort,
            desc,
            limit,
            offset,
            facets,
        } => {
            use disclose_core::domain::{Disposition, Outcome, Process};
            let store = open_existing(cli.db)?;
            if let Some(o) = &organisation {
                query::ensure_organisation(&store, o)?;
            }
            let filter = Filter {
                organisation,
                year,
                process: parse(process, "process", Process::expected())?,
                outcome: parse(outcome, "outcome", Outcome::expected())?,
                country: country
                    .map(|c| query::resolve_country(&store, &c))
                    .transpose()?,
                category: category
                    .map(|c| query::resolve_category(&store, &c))
                    .transpose()?,
                disposition: parse(disposition, "disposition", Disposition::expected())?,
                search,
                ..Filter::default()
            };
            let page = query::list_requests(
                &store,
                &query::ListQuery {
                    filter,
                    sort,
                    descending: desc,
                    offset,
                    limit,
                    facets,
                },
            )?;
            let labels = query::labels_in(&store, lang)?;
            output::requests(stdout, &page, &labels, lang, json).map_err(stdout_error)?;
        }
        Command::Inventory {
            organisation,
            as_of,
        } => {
            let store = open_existing(cli.db)?;
            if let Some(o) = &organisation {
                query::ensure_organisation(&store, o)?;
            }
            let entries = query::inventory_as_of(&store, organisation.as_deref(), as_of.start())?;
            let labels = query::labels_in(&store, lang)?;
            output::inventory(stdout, &entries, as_of, &labels, lang, json)
                .map_err(stdout_error)?;
        }
        Command::Export {
            format,
            out,
            include_subjects,
        } => {
            let store = open_existing(cli.db)?;
            let subjects = if include_subjects {
                Subjects::Include
            } else {
                Subjects::Omit
            };
            let n = disclose_core::export::write_atomically(&out, |w| match format {
                ExportFormat::Bundle => disclose_core::export::bundle(&store, w, subjects),
                ExportFormat::Csv => disclose_core::export::csv(&store, w, subjects),
            })?;
            let message = i18n::counted(
                lang,
                "cli-exported",
                n,
                &[("path", out.display().to_string().into())],
            );
            output::done(stdout, &message, json).map_err(stdout_error)?;
        }
        Command::Chart {
            kind,
            out,
            scope,
            theme,
            width,
            height,
            by,
            period,
            data,
            format,
            scale,
            title,
            subtitle,
            note,
            source,
            highlight,
            layout,
        } => {
            let store = open_existing(cli.db)?;
            let filter = scope.filter(&store)?;
            let file = match format {
                Some(f) => f,
                None => ChartFormat::of_path(&out)?,
            };
            if let Some(h) = &highlight {
                if !disclose_core::query::organisations(&store)?
                    .iter()
                    .any(|o| &o.id == h)
                {
                    return Err(Error::Usage(say!(
                        "error-highlight-unknown",
                        id = h.as_str()
                    )));
                }
            }
            let opts = ChartOptions {
                filter,
                theme,
                width,
                height,
                granularity: period,
                stack: by,
                scale: layout,
                highlight,
                words: ChartWords {
                    title,
                    subtitle,
                    note,
                    source,
                },
                lang,
            };
            let chart = disclose_charts::render(&store, kind, &opts)?;
            disclose_core::export::write_file(&out, &chart.file(file, scale)?)?;
            if let Some(data) = &data {
                let csv = chart.table_csv();
                disclose_core::export::write_file(data, csv.as_bytes())?;
            }
            output::done(stdout, &chart.summary, json).map_err(stdout_error)?;
        }
        Command::Report {
            period,
            format,
            out,
            organisation,
            band_below,
            template,
            template_out,
            omit,
            text,
            texts_out,
            checklist,
        } => {
            if let Some(path) = template_out {
                let text = format.default_template();
                disclose_core::export::write_file(&path, text.as_bytes())?;
                let message = i18n::message(
                    lang,
                    "cli-wrote-template",
                    &[("path", path.display().to_string().into())],
                );
                return output::done(stdout, &message, json).map_err(stdout_error);
            }
            let Some(period) = period else {
                return Err(Error::Usage(say!("error-report-needs-period")));
            };
            let path = store_path(cli.db)?;
            let subject = {
                let store = Store::open_read_only(&path)?;
                disclose_report::subject(&store, organisation.as_deref())?
            };
            let mut said = Vec::new();
            if !text.is_empty() {
                let mut texts = std::collections::BTreeMap::new();
                for t in &text {
                    let (key, file) = t.split_once('=').ok_or_else(|| {
                        Error::Usage(say!("error-report-text-option", given = t.as_str()))
                    })?;
                    let body = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
                    texts.insert(key.to_string(), body);
                }
                let mut store = Store::open(&path)?;
                let entry = edit::set_report_texts(&mut store, &subject.id, &period, &texts)?;
                said.push(i18n::message(
                    lang,
                    "cli-entry",
                    &[
                        ("id", entry.id.to_string().into()),
                        ("summary", entry.summary.in_lang(lang).into()),
                    ],
                ));
            }
            let store = Store::open_read_only(&path)?;
            if let Some(dir) = texts_out {
                let (_, texts) = edit::report_texts(&store, &subject.id, &period)?;
                std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
                for (key, body) in &texts {
                    disclose_core::export::write_file(
                        &dir.join(format!("{key}.md")),
                        body.as_bytes(),
                    )?;
                }
                said.push(i18n::counted(
                    lang,
                    "cli-wrote-texts",
                    texts.len() as u64,
                    &[("path", dir.display().to_string().into())],
                ));
            }
            let mut sections = disclose_report::words(&store, &subject.id, &period)?.sections;
            for name in &omit {
                sections.omit(name)?;
            }
            let template = template
                .map(|p| std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e)))
                .transpose()?;
            let opts = disclose_report::ReportOptions {
                period,
                organisation: Some(subject.id.clone()),
                format,
                band_below,
                template,
                sections,
                chart_files: false,
                texts: None,
                lang,
            };
            if checklist {
                let list = disclose_report::checklist(&store, &opts)?;
                return output::checklist(stdout, &list, lang, json).map_err(stdout_error);
            }
            match (out, format) {
                (Some(dir), disclose_report::Format::Site) => {
                    let published = disclose_report::publish(&store, &opts, &dir)?;
                    said.push(i18n::counted(
                        lang,
                        "cli-published-report",
                        published.files.len() as u64,
                        &[
                            ("period", period.to_string().into()),
                            ("organisation", subject.label().into()),
                            ("path", dir.display().to_string().into()),
                        ],
                    ));
                }
                (Some(out), _) => {
                    let text = disclose_report::build(&store, &opts)?;
                    disclose_core::export::write_file(&out, text.as_bytes())?;
                    said.push(i18n::message(
                        lang,
                        "cli-wrote-report",
                        &[
                            ("period", period.to_string().into()),
                            ("organisation", subject.label().into()),
                            ("path", out.display().to_string().into()),
                        ],
                    ));
                }
                (None, _) if said.is_empty() => {
                    return Err(Error::Usage(say!("error-report-needs-out")))
                }
                (None, _) => {}
            }
            output::done(stdout, &said.join("\n"), json).map_err(stdout_error)?;
        }
        Command::Compare {
            metric,
            process,
            country,
            organisation,
            from,
            to,
            scope,
            period,
            by,
            changes,
            top,
            csv,
        } => {
            use disclose_core::domain::{Metric, Process, Scope};
            let halves = period == Some(Granularity::Half);
            let store = open_existing(cli.db)?;
            if let Some(o) = &organisation {
                query::ensure_organisation(&store, o)?;
            }
            let q = query::CompareQuery {
                metric: parse(metric, "metric", Metric::expected())?,
                process: parse(process, "process", Process::expected())?,
                country: country
                    .map(|c| query::resolve_country(&store, &c))
                    .transpose()?,
                organisation,
                from_year: from,
                to_year: to,
                scope: parse(scope, "scope", Scope::expected())?,
                halves,
                by,
            };
            let rows = query::compare(&store, &q)?;
            if changes {
                let list: Vec<query::Change> =
                    query::changes(&rows).into_iter().take(top).collect();
                if csv {
                    disclose_core::export::table_csv(
                        &mut *stdout,
                        query::CHANGE_COLUMNS,
                        list.iter().map(query::Change::cells),
                    )?;
                } else {
                    output::changes(stdout, &list, lang, json).map_err(stdout_error)?;
                }
            } else if csv {
                disclose_core::export::table_csv(
                    &mut *stdout,
                    query::COMPARE_COLUMNS,
                    rows.iter().map(query::CompareRow::cells),
                )?;
            } else {
                output::compare(stdout, &rows, lang, json).map_err(stdout_error)?;
            }
        }
        Command::Exposure {
            request,
            matter,
            categories,
            organisation,
            then,
            as_of,
        } => {
            let store = open_existing(cli.db)?;
            let organisation = match (organisation, &request) {
                (Some(o), _) => o,
                (None, Some(id)) => query::organisation_of_request(&store, id)?,
                (None, None) => {
                    return Err(Error::Usage(say!("error-exposure-needs-organisation")))
                }
            };
            let q = query::ExposureQuery {
                organisation,
                request,
                matter,
                categories,
                then: then.map(|d| d.start()),
                as_of: as_of.map_or_else(|| chrono::Local::now().date_naive(), |d| d.start()),
            };
            let exposure = query::exposure_in(&store, &q, lang)?;
            output::exposure(stdout, &exposure, lang, json).map_err(stdout_error)?;
        }
        Command::Sources => {
            let store = open_existing(cli.db)?;
            let held = query::library(&store)?;
            output::library(stdout, &held, lang, json).map_err(stdout_error)?;
        }
        Command::Info => {
            let path = store_path(cli.db)?;
            let store = Store::open_read_only(&path)?;
            let summary = query::store_summary(&store)?;
            output::info(stdout, &path, &summary, lang, json).map_err(stdout_error)?;
        }
        Command::History => {
            let store = open_existing(cli.db)?;
            let changes = journal::history(store.conn())?;
            output::history(stdout, &changes, lang, json).map_err(stdout_error)?;
        }
        Command::Undo | Command::Redo => {
            let mut store = Store::open(&store_path(cli.db)?)?;
            let (entry, verb) = if matches!(cli.command, Command::Undo) {
                (journal::undo(&mut store)?, "cli-undid")
            } else {
                (journal::redo(&mut store)?, "cli-redid")
            };
            let message = i18n::message(
                lang,
                verb,
                &[
                    ("id", entry.id.to_string().into()),
                    ("summary", entry.summary.in_lang(lang).into()),
                ],
            );
            output::done(stdout, &message, json).map_err(stdout_error)?;
        }
        Command::Delete {
            kind,
            id,
            organisation,
        } => {
            let mut store = Store::open(&store_path(cli.db)?)?;
            let organisation = match (kind, organisation) {
                (DeleteKind::Organisation, _) => id.clone(),
                (_, Some(o)) => o,
                (_, None) => edit::organisation_of(&store, kind.record(), &id)?,
            };
            let target = edit::Target {
                kind: kind.record(),
                organisation,
                id,
            };
            let entry = edit::delete(&mut store, &target)?;
            let message = i18n::message(
                lang,
                "cli-deleted",
                &[
                    ("id", entry.id.to_string().into()),
                    ("summary", entry.summary.in_lang(lang).into()),
                ],
            );
            output::done(stdout, &message, json).map_err(stdout_error)?;
        }
        Command::Generate {
            requests,
            seed,
            out,
        } => {
            let mut bar = Progress::new(lang);
            generate::write_file(&out, requests, seed, &mut |done| {
                bar.update(ProgressEvent {
                    done,
                    total: requests,
                    unit: ProgressUnit::Rows,
                    records: done,
                });
            })?;
            bar.finish();
            let message = i18n::counted(
                lang,
                "cli-wrote-generated",
                requests,
                &[("path", out.display().to_string().into())],
            );
            output::done(stdout, &message, json).map_err(stdout_error)?;
        }
        Command::Man { out } => {
            std::fs::create_dir_all(&out).map_err(|e| Error::io(&out, e))?;
            clap_mangen::generate_to(Cli::command(), &out).map_err(|e| Error::io(&out, e))?;
            let message = i18n::message(
                lang,
                "cli-wrote-manual",
                &[("path", out.display().to_string().into())],
            );
            output::done(stdout, &message, json).map_err(stdout_error)?;
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "disclose", stdout);
        }
    }
    Ok(())
}

/// A progress bar on stderr that appears only when work takes more than a second
/// (and only on a terminal: indicatif hides it otherwise).
struct Progress {
    bar: ProgressBar,
    started: Instant,
    shown: bool,
    lang: i18n::Lang,
}

impl Progress {
    fn new(lang: i18n::Lang) -> Self {
        Progress {
            bar: ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
            started: Instant::now(),
            shown: false,
            lang,
        }
    }

    fn update(&mut self, e: ProgressEvent) {
        if !self.shown && self.started.elapsed() > Duration::from_secs(1) {
            self.shown = true;
            let template = match e.unit {
                ProgressUnit::Bytes => "{bar:40} {bytes}/{total_bytes} ({eta}) {msg}",
                ProgressUnit::Rows => "{bar:40} {pos}/{len} ({eta}) {msg}",
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                self.bar.set_style(style);
            }
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        self.bar.set_length(e.total);
        self.bar.set_position(e.done);
        self.bar
            .set_message(i18n::counted(self.lang, "cli-records", e.records, &[]));
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every option and argument of every command says what it is for in `--help` and the
    /// manual pages (clap takes it from the doc comments above).
    #[test]
    fn every_option_is_explained() {
        let mut bare = Vec::new();
        for command in Cli::command().get_subcommands() {
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if id != "help" && arg.get_help().is_none() {
                    bare.push(format!("{} --{id}", command.get_name()));
                }
            }
        }
        assert!(bare.is_empty(), "{bare:#?}");
    }
}
