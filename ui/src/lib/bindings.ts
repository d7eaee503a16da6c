// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit:
// run `DISCLOSE_BLESS=1 cargo test -p disclose-app bindings` after changing them.

export type Filter = { organisation: string | null, from: string | null, to: string | null, process: Process | null, outcome: Outcome | null, country: string | null, category: string | null, disposition: Disposition | null, year: number | null, 
/**
 * Full-text search over authority, legal basis, notes and requested wording.
 */
search: string | null, };

export type ListQuery = { filter: Filter, sort: SortKey, descending: boolean, offset: number, 
/**
 * Rows per page; 0 means 100. At most 1000.
 */
limit: number, 
/**
 * Also count each facet's values under the filter.
 */
facets: boolean, };

export type SortKey = "received" | "id" | "organisation" | "process" | "outcome" | "country" | "authority" | "accounts_specified";

export type RequestPage = { total: number, offset: number, rows: Array<RequestRow>, facets: Facets | null, };

export type RequestRow = { organisation: string, id: string, received: string, answered: string | null, authority: string | null, country: string | null, process: string, outcome: string | null, accounts_specified: number | null, categories: number, not_held: number, };

export type Facets = { organisation: { [key in string]: number }, year: { [key in string]: number }, process: { [key in string]: number }, outcome: { [key in string]: number }, country: { [key in string]: number }, category: { [key in string]: number }, disposition: { [key in string]: number }, };

export type Stats = { requests: number, 
/**
 * Sum over matters' totals plus requests outside a matter; unknown counts add nothing.
 */
accounts_specified: number, by_process: { [key in string]: number }, by_outcome: { [key in string]: number }, by_year: { [key in string]: number }, by_country: { [key in string]: number }, 
/**
 * Requests where some data was produced (outcome complied or partial).
 */
some_data_produced: number, nondisclosure_orders: number, users_notified: number, 
/**
 * Requests for which the source does not say whether users were notified.
 */
users_notified_unknown: number, categories: Array<CategoryCount>, };

export type CategoryCount = { category: string, label: string, requested: number, provided: number, partial: number, not_held: number, withheld: number, pending: number, };

export type Granularity = "month" | "quarter" | "half" | "year";

export type SeriesKey = "process" | "outcome";

export type CompareQuery = { metric: Metric | null, 
/**
 * Counts about other things than account data (`None`: account data, the default).
 */
scope: Scope | null, process: Process | null, country: string | null, from_year: number | null, to_year: number | null, };

export type CompareRow = { organisation: string, year: number, 
/**
 * Exact value; None when only a band is known.
 */
value: number | null, 
/**
 * Band, where the published figures are ranges ("0 - 249").
 */
value_min: number | null, value_max: number | null, source: FigureSource, 
/**
 * Months of the year the published periods cover (a half-year file gives 6);
 * None for request records.
 */
months_covered: number | null, };

export type FigureSource = "records" | "published";

export type Organisation = { id: string, name: string, service: string | null, url: string | null, };

export type Category = { id: string, label: string, class: CategoryClass, description: string | null, 
/**
 * Wordings found in legal documents that mean this category.
 */
aliases: Array<string>, };

export type CategoryClass = "subscriber" | "non_content" | "content";

export type Matter = { id: string, organisation: string, title: string | null, accounts_specified: number | null, notes: string | null, };

export type InventoryEntry = { organisation: string, category: string, held: boolean, retention: string | null, valid_from: string, 
/**
 * Exclusive end; `null` while the entry still holds.
 */
valid_to: string | null, 
/**
 * Where the data lives (a table, a log, a processor).
 */
location: string | null, notes: string | null, source: string | null, };

export type PolicyChange = { id: string, organisation: string, date: string, kind: PolicyKind, summary: string, changes: Array<CategoryChange>, source: string | null, };

export type PolicyKind = "retention" | "collection" | "disclosure" | "notification" | "other";

export type CategoryChange = { category: string, before: CategoryState | null, after: CategoryState | null, };

export type CategoryState = { held: boolean | null, retention: string | null, location: string | null, notes: string | null, };

export type RequestedCategory = { category: string, 
/**
 * Every wording of the request that named this category.
 */
requested_as: Array<string>, disposition: Disposition, };

export type Document = { title: string, url: string | null, 
/**
 * Lower-case hex SHA-256 of the document, if known.
 */
sha256: string | null, };

export type Process = "subpoena" | "court_order" | "search_warrant" | "pen_register" | "wiretap" | "emergency" | "preservation" | "national_security" | "foreign" | "civil" | "other";

export type Outcome = "complied" | "partial" | "no_data" | "rejected" | "withdrawn" | "pending";

export type Disposition = "provided" | "partial" | "not_held" | "withheld" | "pending";

export type Metric = "requests" | "accounts" | "some_data_produced" | "content_disclosed" | "non_content_disclosed" | "rejected" | "no_data" | "users_notified" | "under_seal" | "not_notified";

export type Scope = "devices" | "financial_identifiers" | "push_tokens" | "digital_content_providers" | "account_restriction" | "app_takedown_legal" | "app_takedown_policy" | "enterprise_cloud" | "diplomatic" | "enterprise_diplomatic";

export type Labels = { process: Array<Term>, outcome: Array<Term>, disposition: Array<Term>, category_class: Array<Term>, policy_kind: Array<Term>, metric: Array<Term>, scope: Array<Term>, organisation: Array<Term>, category: Array<Term>, 
/**
 * The retentions a store states (`P90D` reads "90 days").
 */
retention: Array<Term>, };

export type Term = { id: string, label: string, };

export type ErrorPayload = { code: ErrorCode, message: string, problems: Array<Problem>, };

export type ErrorCode = "invalid_input" | "conflict" | "io" | "incompatible_store" | "usage" | "cancelled" | "internal";

export type Problem = { severity: Severity, file: string, location: Location, field: string | null, 
/**
 * What the file holds, shortened; `None` where it must not be shown (subjects).
 */
found: string | null, expected: string, };

export type Location = { "kind": "file" } | { "kind": "line", line: number, } | { "kind": "json_path", path: string, } | { "kind": "sheet", sheet: string, row: number, };

export type Severity = "error" | "warning";

export type ImportSummary = { file: string, format: string, 
/**
 * New records, by kind (`requests`, `inventory`, ...).
 */
inserted: { [key in string]: number }, 
/**
 * Records already in the store with the same content.
 */
unchanged: number, 
/**
 * Records overwritten because `replace` was asked for.
 */
replaced: number, 
/**
 * Organisations named by rows but defined nowhere, created with their id as name.
 */
created_organisations: Array<string>, warnings: Array<Problem>, };

export type Mapping = { 
/**
 * Always `disclose-mapping`.
 */
format: string, 
/**
 * Always 1.
 */
version: number, 
/**
 * XLSX: the worksheet to read; by default the first whose header fits.
 */
sheet: string | null, 
/**
 * 1-based row holding the column names; by default the first non-empty row.
 */
header_row: number | null, 
/**
 * Source column name -> canonical column; `null` ignores the column.
 */
columns: { [key in string]: string | null }, 
/**
 * CSV field delimiter (default `,`); e.g. `;` for files from European spreadsheets.
 */
delimiter: string | null, 
/**
 * Separator inside list cells (default `;`).
 */
list_separator: string | null, 
/**
 * chrono formats for day dates, tried after the ISO forms (e.g. `%m/%d/%Y`).
 */
date_formats: Array<string>, 
/**
 * Canonical column -> source value -> canonical value (e.g. process: "Grand Jury Subpoena" -> subpoena).
 */
values: { [key in string]: { [key in string]: string } }, 
/**
 * Category wording of this source -> category id.
 */
categories: { [key in string]: string }, 
/**
 * Canonical column -> value used where the column is absent or the cell blank.
 */
defaults: { [key in string]: string }, 
/**
 * Turn each run of characters an id may not hold into one dash, so a source's
 * references such as `NSL-15-419402 (b)` become ids (`NSL-15-419402-b`).
 */
normalise_ids: boolean, };

export type ProgressEvent = { done: number, total: number, unit: ProgressUnit, records: number, };

export type ProgressUnit = "bytes" | "rows";

export type TablePreview = { file: string, 
/**
 * The worksheet read (XLSX only).
 */
sheet: string | null, headers: Array<string>, 
/**
 * Up to five rows after the header, cut or padded to the header's width.
 */
rows: Array<Array<string>>, 
/**
 * The canonical columns a source column can be mapped to.
 */
canonical: Array<string>, 
/**
 * For each header, the canonical column whose name it matches (after lower-casing
 * and turning spaces and dashes into underscores), if any.
 */
suggested: Array<string | null>, };

export type StoreInfo = { path: string, organisations: Array<Organisation>, categories: Array<Category>, 
/**
 * Years with requests, oldest first.
 */
years: Array<number>, requests: number, 
/**
 * The words for every id the screens show (processes, outcomes, organisations, ...).
 */
labels: Labels, };

export type ChartKind = "requests_over_time" | "categories" | "matrix" | "timeline" | "compare";

export type ChartRequest = { kind: ChartKind, filter: Filter, dark: boolean, width: number, height: number | null, stack: SeriesKey, granularity: Granularity | null, };

export type ChartView = { svg: string, width: number, height: number, summary: string, table: Array<Array<string>>, };

export type RequestDetail = { id: string, organisation: string, received: string, answered: string | null, authority: string | null, country: string | null, process: Process, legal_basis: string | null, accounts_specified: number | null, nondisclosure_until: string | null, users_notified: boolean | null, outcome: Outcome | null, notes: string | null, matter: Matter | null, categories: Array<RequestedCategory>, documents: Array<Document>, };

export type ImportRequest = { paths: Array<string>, mapping: Mapping | null, replace: boolean, organisation: string | null, };

export type WorkProgress = { task: string, done: number, total: number, unit: ProgressUnit, records: number, };

export type Format = "markdown" | "html";

export type ReportRequest = { 
/**
 * A year, a month or a range (`2023`, `2023-01/2023-06`).
 */
period: string, organisation: string | null, format: Format, 
/**
 * Counts below this are published as "fewer than N".
 */
band_below: number | null, sections: Sections, };

export type Sections = { 
/**
 * Categories asked for vs provided vs not held, with the not-held sentences.
 */
categories: boolean, 
/**
 * The inventory at the period's end.
 */
inventory: boolean, 
/**
 * Policy changes in the period.
 */
policy: boolean, 
/**
 * The list of requests.
 */
requests: boolean, };
