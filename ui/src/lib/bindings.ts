// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit:
// run `DISCLOSE_BLESS=1 cargo test -p disclose-app bindings` after changing them.

export type Filter = { 
/**
 * Only this organisation.
 */
organisation: string | null, 
/**
 * Received on or after this day.
 */
from: string | null, 
/**
 * Received on or before this day.
 */
to: string | null, 
/**
 * Only this legal process.
 */
process: Process | null, 
/**
 * Only this outcome.
 */
outcome: Outcome | null, 
/**
 * Only this country (ISO code).
 */
country: string | null, 
/**
 * Only requests that asked for this category.
 */
category: string | null, 
/**
 * Only requests with a category in this disposition.
 */
disposition: Disposition | null, 
/**
 * Only this year.
 */
year: number | null, 
/**
 * Full-text search over authority, legal basis, notes and requested wording.
 */
search: string | null, };

export type ListQuery = { 
/**
 * Which requests.
 */
filter: Filter, 
/**
 * Sorted by.
 */
sort: SortKey, 
/**
 * Largest first.
 */
descending: boolean, 
/**
 * Rows to skip.
 */
offset: number, 
/**
 * Rows per page; 0 means 100. At most 1000.
 */
limit: number, 
/**
 * Also count each facet's values under the filter.
 */
facets: boolean, };

export type SortKey = "received" | "id" | "organisation" | "process" | "outcome" | "country" | "authority" | "accounts_specified";

export type RequestPage = { 
/**
 * Requests under the filter.
 */
total: number, 
/**
 * The page's first row.
 */
offset: number, 
/**
 * The rows.
 */
rows: Array<RequestRow>, 
/**
 * Facet counts, when asked for.
 */
facets: Facets | null, };

export type RequestRow = { 
/**
 * The organisation.
 */
organisation: string, 
/**
 * The reference.
 */
id: string, 
/**
 * Received, as precise as the source.
 */
received: string, 
/**
 * Answered.
 */
answered: string | null, 
/**
 * Who asked.
 */
authority: string | null, 
/**
 * The country (ISO code).
 */
country: string | null, 
/**
 * The legal process id.
 */
process: string, 
/**
 * The outcome id.
 */
outcome: string | null, 
/**
 * Accounts specified.
 */
accounts_specified: number | null, 
/**
 * Categories asked for.
 */
categories: number, 
/**
 * Categories asked for that were not held.
 */
not_held: number, };

export type Facets = { 
/**
 * By organisation.
 */
organisation: { [key in string]: number }, 
/**
 * By year.
 */
year: { [key in string]: number }, 
/**
 * By legal process.
 */
process: { [key in string]: number }, 
/**
 * By outcome.
 */
outcome: { [key in string]: number }, 
/**
 * By country.
 */
country: { [key in string]: number }, 
/**
 * By data category asked for.
 */
category: { [key in string]: number }, 
/**
 * By what happened to a category.
 */
disposition: { [key in string]: number }, };

export type Stats = { 
/**
 * Requests under the filter.
 */
requests: number, 
/**
 * Sum over matters' totals plus requests outside a matter; unknown counts add nothing.
 */
accounts_specified: number, 
/**
 * Requests per legal process.
 */
by_process: { [key in string]: number }, 
/**
 * Requests per outcome.
 */
by_outcome: { [key in string]: number }, 
/**
 * Requests per year.
 */
by_year: { [key in string]: number }, 
/**
 * Requests per country.
 */
by_country: { [key in string]: number }, 
/**
 * Requests where some data was produced (outcome complied or partial).
 */
some_data_produced: number, 
/**
 * Requests that came with a nondisclosure order.
 */
nondisclosure_orders: number, 
/**
 * Requests whose users were notified.
 */
users_notified: number, 
/**
 * Requests for which the source does not say whether users were notified.
 */
users_notified_unknown: number, 
/**
 * Per category, most asked first.
 */
categories: Array<CategoryCount>, };

export type CategoryCount = { 
/**
 * The category id.
 */
category: string, 
/**
 * How people read it.
 */
label: string, 
/**
 * Requests that asked for it.
 */
requested: number, 
/**
 * Provided.
 */
provided: number, 
/**
 * Partly provided.
 */
partial: number, 
/**
 * Asked for but not held.
 */
not_held: number, 
/**
 * Withheld or objected to.
 */
withheld: number, 
/**
 * Not decided yet.
 */
pending: number, };

export type Granularity = "month" | "quarter" | "half" | "year";

export type SeriesKey = "process" | "outcome";

export type CompareQuery = { 
/**
 * The figure (default: requests).
 */
metric: Metric | null, 
/**
 * Counts about other things than account data (`None`: account data, the default).
 */
scope: Scope | null, 
/**
 * Only this legal process.
 */
process: Process | null, 
/**
 * Only this country (ISO code, or a place's published name); None: global figures,
 * or every country with `by: country`.
 */
country: string | null, 
/**
 * Only this organisation (a country grid of one company).
 */
organisation: string | null, 
/**
 * The first year.
 */
from_year: number | null, 
/**
 * The last year.
 */
to_year: number | null, 
/**
 * Keep half-years (January to June, July to December) as halves instead of summing
 * them into years; request records are counted per half too, periods of other
 * lengths stay yearly.
 */
halves: boolean, 
/**
 * A row per organisation (default) or per organisation and country.
 */
by: CompareBy, };

export type CompareRow = { 
/**
 * The organisation.
 */
organisation: string, 
/**
 * The country's ISO code, or a place's published name; None for a global figure.
 */
country: string | null, 
/**
 * The year.
 */
year: number, 
/**
 * 1 or 2 for a half-year published as such (with `CompareQuery::halves`); None for
 * the whole year.
 */
half: number | null, 
/**
 * The period as every view names it: "2023", or "2023 H1" for a half-year.
 */
period: string, 
/**
 * Exact value; None when only a band is known.
 */
value: number | null, 
/**
 * Band, where the published figures are ranges ("0 - 249").
 */
value_min: number | null, 
/**
 * The upper bound of a band.
 */
value_max: number | null, 
/**
 * Whether it was counted from records or summed from published counts.
 */
source: FigureSource, 
/**
 * Months of the year (or half) the published periods cover (a half-year file gives
 * 6); None for request records.
 */
months_covered: number | null, 
/**
 * Requests with some data produced, where both figures are exact (requests only).
 */
some_data: number | null, 
/**
 * `some_data` as a share of the requests, 0 to 1.
 */
share_with_data: number | null, 
/**
 * Accounts specified, where published exactly for the same period (requests only).
 */
accounts: number | null, 
/**
 * Accounts specified per request.
 */
accounts_per_request: number | null, 
/**
 * The files, rows and wordings a published figure was summed from; empty for records.
 */
sources: Array<Trace>, 
/**
 * Compared by country: its place among the organisation's countries in the same
 * period, largest figure first (a band by its midpoint); None for global figures.
 */
rank: number | null, };

export type CompareBy = "organisation" | "country";

export type Change = { 
/**
 * The organisation.
 */
organisation: string, 
/**
 * The country, or None for global figures.
 */
country: string | null, 
/**
 * Records or published counts.
 */
source: FigureSource, 
/**
 * The earlier period ("2023 H1").
 */
from: string, 
/**
 * The later period, right after it.
 */
to: string, 
/**
 * The earlier figure.
 */
before: number, 
/**
 * The later figure.
 */
after: number, 
/**
 * `after - before`.
 */
change: number, 
/**
 * The change as a share of `before` (0.5: up by half); None when `before` is 0.
 */
relative: number | null, };

export type FigureSource = "records" | "published";

export type LibraryEntry = { 
/**
 * The organisation's id.
 */
organisation: string, 
/**
 * Its name.
 */
name: string, 
/**
 * The layouts its files were read in: id and title.
 */
layouts: Array<Term>, 
/**
 * The files, oldest import first.
 */
files: Array<FileHeld>, 
/**
 * The periods held ("2023 H1", "2022"), oldest first.
 */
periods: Array<string>, 
/**
 * The newest period held.
 */
last_period: string | null, 
/**
 * How many published counts.
 */
counts: number, 
/**
 * The page to download newer files from, where the layout names one.
 */
page: string | null, };

export type FileHeld = { 
/**
 * The file's name.
 */
file: string, 
/**
 * Its SHA-256.
 */
sha256: string, 
/**
 * The layout it was read in; None for a bundle or a mapped table.
 */
layout: string | null, };

export type Trace = { 
/**
 * The file's name, without its folder (the user's folders are theirs).
 */
file: string, 
/**
 * The file's SHA-256, in hex.
 */
sha256: string, 
/**
 * The published layout it was read in (`google-user-data-requests`); None for a
 * bundle or a mapped table.
 */
layout?: string | null, 
/**
 * The layout as people read it ("Google: user data requests by country"; filled in
 * when read).
 */
layout_title?: string | null, 
/**
 * The rows of the file (line numbers, the header being line 1), as ranges: "2-4, 9".
 */
rows: string, 
/**
 * The wordings of the file the figure sums ("Subpoenas", "Search Warrants").
 */
wording?: Array<string>, 
/**
 * The period as the file wrote it ("January - June 2017", "2023-06-30").
 */
period: string, 
/**
 * Who published the file (the company, or the service a DSA report names).
 */
publisher?: string | null, 
/**
 * The publisher's page to fetch newer files from (filled in when read).
 */
page: string | null, 
/**
 * The trace as one line to cite (filled in when read, kept whole when merged).
 */
citation?: string, };

export type ExposureQuery = { 
/**
 * The organisation whose inventory answers.
 */
organisation: string, 
/**
 * A stored request of that organisation; its categories are replayed and its received
 * date is "then".
 */
request: string | null, 
/**
 * A matter of that organisation: the categories all its requests asked for, replayed
 * from the day the first of them arrived (used when `request` is None).
 */
matter: string | null, 
/**
 * Categories of a request that has not arrived (used when neither `request` nor
 * `matter` is given).
 */
categories: Array<string>, 
/**
 * "Then" for a hypothetical request (default: the same as `as_of`).
 */
then: string | null, 
/**
 * The day to replay the request on.
 */
as_of: string, };

export type Exposure = { 
/**
 * The organisation.
 */
organisation: string, 
/**
 * The request replayed, if a stored one.
 */
request: string | null, 
/**
 * Each category asked for, in the vocabulary's order.
 */
rows: Array<ExposureRow>, };

export type ExposureRow = { 
/**
 * The category id.
 */
category: string, 
/**
 * How people read it.
 */
label: string, 
/**
 * What happened to it when the request was answered (None for a hypothetical one).
 */
disposition: Disposition | null, 
/**
 * On the day the request arrived.
 */
then: Holding, 
/**
 * On the chosen date.
 */
as_of: Holding, 
/**
 * Whether what is held, where or for how long differs between the two.
 */
changed: boolean, 
/**
 * The policy changes of the organisation that touched the category in between.
 */
because: Array<Cause>, };

export type Holding = { 
/**
 * The day.
 */
date: string, 
/**
 * Whether it can be handed over.
 */
reach: Reach, 
/**
 * Every place it is kept (none when not held).
 */
places: Array<Place>, 
/**
 * In plain words: "held in 3 places, each indefinitely", "not held".
 */
summary: string, };

export type Place = { 
/**
 * Where (a table, a log, a service), if the inventory says.
 */
location: string | null, 
/**
 * How long, as people read it ("90 days", "indefinitely"); None when not stated.
 */
retention: string | null, };

export type Cause = { 
/**
 * When it took effect.
 */
date: string, 
/**
 * What changed, in a sentence.
 */
summary: string, 
/**
 * Where it is documented.
 */
source: string | null, };

export type Reach = "held" | "held_for_a_period" | "not_held" | "not_recorded";

export type PolicyChangeView = { 
/**
 * Id unique within the organisation.
 */
id: string, 
/**
 * The organisation whose policy changed.
 */
organisation: string, 
/**
 * When it took effect.
 */
date: string, 
/**
 * What kind of policy it changed.
 */
kind: PolicyKind, 
/**
 * What changed, in a sentence.
 */
summary: string, 
/**
 * Where it is documented.
 */
source: string | null, 
/**
 * Category by category.
 */
changes: Array<StateChange>, };

export type StateChange = { 
/**
 * The category id.
 */
category: string, 
/**
 * Before: "held, kept indefinitely, in journals".
 */
before: string, 
/**
 * After: "not held, not kept, in journals".
 */
after: string, };

export type Organisation = { 
/**
 * Short id used by every record that belongs to it (`psf`).
 */
id: string, 
/**
 * The organisation's name ("Python Software Foundation").
 */
name: string, 
/**
 * The service the requests are about, when it differs from the name ("PyPI").
 */
service: string | null, 
/**
 * Where its transparency page or policies are.
 */
url: string | null, };

export type Category = { 
/**
 * Id every request and inventory entry uses (`ip_address`).
 */
id: string, 
/**
 * How people read it ("IP address").
 */
label: string, 
/**
 * Its legal class, which decides what process can reach it.
 */
class: CategoryClass, 
/**
 * What it covers, in a sentence.
 */
description: string | null, 
/**
 * Wordings found in legal documents that mean this category.
 */
aliases: Array<string>, };

export type CategoryClass = "subscriber" | "non_content" | "content";

export type Matter = { 
/**
 * Id unique within the organisation.
 */
id: string, 
/**
 * The organisation the matter's requests went to.
 */
organisation: string, 
/**
 * A short title for people.
 */
title: string | null, 
/**
 * Accounts named over all of the matter's requests, where only the total is public.
 */
accounts_specified: number | null, 
/**
 * Free text.
 */
notes: string | null, };

export type InventoryEntry = { 
/**
 * Id unique within the organisation (bundle version 2). Optional on input: an entry
 * without one keeps the id the store gave it, or gets `category/valid_from`. Always
 * written on export; not part of the content, so a version 1 file re-imports unchanged.
 */
id?: string | null, 
/**
 * The organisation that holds (or does not hold) the data.
 */
organisation: string, 
/**
 * The data category.
 */
category: string, 
/**
 * Whether it was held during the interval.
 */
held: boolean, 
/**
 * How long it was kept.
 */
retention: string | null, 
/**
 * The first day this entry describes.
 */
valid_from: string, 
/**
 * Exclusive end; `null` while the entry still holds.
 */
valid_to: string | null, 
/**
 * Where the data lives (a table, a log, a processor).
 */
location: string | null, 
/**
 * Free text.
 */
notes: string | null, 
/**
 * Where this is stated (a link or a document).
 */
source: string | null, };

export type PolicyChange = { 
/**
 * Id unique within the organisation.
 */
id: string, 
/**
 * The organisation whose policy changed.
 */
organisation: string, 
/**
 * When it took effect.
 */
date: string, 
/**
 * What kind of policy it changed.
 */
kind: PolicyKind, 
/**
 * What changed, in a sentence.
 */
summary: string, 
/**
 * What it changed, category by category.
 */
changes: Array<CategoryChange>, 
/**
 * Where it is documented.
 */
source: string | null, };

export type PolicyKind = "retention" | "collection" | "disclosure" | "notification" | "other";

export type CategoryChange = { 
/**
 * The category it touched.
 */
category: string, 
/**
 * How things stood before (None: not stated).
 */
before: CategoryState | null, 
/**
 * How things stood after (None: not stated).
 */
after: CategoryState | null, };

export type CategoryState = { 
/**
 * Whether it was held.
 */
held: boolean | null, 
/**
 * How long it was kept.
 */
retention: string | null, 
/**
 * Where it lived.
 */
location: string | null, 
/**
 * Free text.
 */
notes: string | null, };

export type RequestedCategory = { 
/**
 * The category asked for.
 */
category: string, 
/**
 * Every wording of the request that named this category.
 */
requested_as: Array<string>, 
/**
 * What happened to it.
 */
disposition: Disposition, };

export type Document = { 
/**
 * Its title.
 */
title: string, 
/**
 * Where it is published.
 */
url: string | null, 
/**
 * Lower-case hex SHA-256 of the document, if known.
 */
sha256: string | null, };

export type Process = "subpoena" | "court_order" | "search_warrant" | "pen_register" | "wiretap" | "emergency" | "preservation" | "national_security" | "foreign" | "civil" | "other";

export type Outcome = "complied" | "partial" | "no_data" | "rejected" | "withdrawn" | "pending";

export type Disposition = "provided" | "partial" | "not_held" | "withheld" | "pending";

export type Metric = "requests" | "accounts" | "some_data_produced" | "content_disclosed" | "non_content_disclosed" | "rejected" | "no_data" | "users_notified" | "under_seal" | "not_notified" | "median_hours_to_confirm" | "median_hours_to_effect";

export type Scope = "devices" | "financial_identifiers" | "push_tokens" | "digital_content_providers" | "account_restriction" | "app_takedown_legal" | "app_takedown_policy" | "enterprise_cloud" | "diplomatic" | "enterprise_diplomatic" | "content_orders";

export type Labels = { 
/**
 * Legal processes.
 */
process: Array<Term>, 
/**
 * Outcomes of a request.
 */
outcome: Array<Term>, 
/**
 * What happened to a requested category.
 */
disposition: Array<Term>, 
/**
 * Legal classes of data.
 */
category_class: Array<Term>, 
/**
 * Kinds of policy change.
 */
policy_kind: Array<Term>, 
/**
 * Figures of published counts.
 */
metric: Array<Term>, 
/**
 * What published counts are about, beyond account data.
 */
scope: Array<Term>, 
/**
 * The store's organisations, as "Name (service)".
 */
organisation: Array<Term>, 
/**
 * The store's data categories.
 */
category: Array<Term>, 
/**
 * The retentions a store states, as the end of a sentence (`P90D` reads "kept 90
 * days").
 */
retention: Array<Term>, 
/**
 * Every ISO 3166-1 country by its code, for forms that pick a country by name.
 */
country: Array<Term>, };

export type Term = { 
/**
 * The id files and the store use.
 */
id: string, 
/**
 * How people read it.
 */
label: string, };

export type ErrorPayload = { 
/**
 * What front ends match on.
 */
code: ErrorCode, 
/**
 * For people.
 */
message: string, 
/**
 * Every problem of bad input.
 */
problems: Array<Problem>, };

export type ErrorCode = "invalid_input" | "conflict" | "io" | "incompatible_store" | "usage" | "cancelled" | "busy" | "internal";

export type Problem = { 
/**
 * Whether it stopped the import.
 */
severity: Severity, 
/**
 * The file.
 */
file: string, 
/**
 * Where in the file.
 */
location: Location, 
/**
 * The field or column.
 */
field: string | null, 
/**
 * What the file holds, shortened; `None` where it must not be shown (subjects).
 */
found: string | null, 
/**
 * What was expected instead.
 */
expected: string, };

export type Location = { "kind": "file" } | { "kind": "line", 
/**
 * The line.
 */
line: number, } | { "kind": "json_path", 
/**
 * The path.
 */
path: string, } | { "kind": "sheet", 
/**
 * The sheet's name.
 */
sheet: string, 
/**
 * The row.
 */
row: number, };

export type Severity = "error" | "warning";

export type Save = { 
/**
 * What kind of record.
 */
kind: RecordKind, 
/**
 * The record as the bundle writes it (`null` for a blank optional field).
 */
record: Record<string, unknown>, 
/**
 * The id it had when the form opened; None for a new record. When the record now has
 * another id (or organisation), the old one is replaced by it.
 */
original: string | null, 
/**
 * A request's subjects: a new list replaces the stored one; None keeps it as it is.
 */
subjects: Array<string> | null, 
/**
 * A policy change: also close the inventory entries it changes and open new ones.
 */
apply: boolean, };

export type Target = { 
/**
 * What kind of record.
 */
kind: RecordKind, 
/**
 * Its organisation (the organisation's own id for an organisation).
 */
organisation: string, 
/**
 * Its id.
 */
id: string, };

export type Saved = { 
/**
 * The journal entry it made.
 */
change: ChangeEntry, 
/**
 * Problems that did not stop it (a category marked provided that the inventory says
 * was not held).
 */
warnings: Array<Problem>, };

export type RecordKind = "organisation" | "matter" | "request" | "inventory" | "policy_change";

export type RecordCounts = { 
/**
 * Records by kind (`requests`, `inventory`, ...).
 */
counts: Record<string, number>, 
/**
 * The counts in words; "no records" when there are none.
 */
summary: string, };

export type ChangeEntry = { 
/**
 * Its number, increasing.
 */
id: number, 
/**
 * When it was made (UTC, RFC 3339).
 */
time: string, 
/**
 * What kind of change.
 */
kind: ChangeKind, 
/**
 * One line saying what it did (never a subject), kept as data and said in the
 * reader's language ([`ChangeEntry::said_in`]).
 */
summary: string, 
/**
 * Records it wrote or removed, by kind (`requests`, `inventory`, ...).
 */
counts: Record<string, number>, 
/**
 * True once undone (and not redone).
 */
undone: boolean, };

export type ChangeKind = "import" | "add" | "edit" | "delete" | "apply";

export type ImportSummary = { 
/**
 * The file.
 */
file: string, 
/**
 * `bundle`, `csv` or `xlsx`.
 */
format: string, 
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
created_organisations: Array<string>, 
/**
 * Problems that did not stop the import.
 */
warnings: Array<Problem>, 
/**
 * What it brought in, in words: "2 published counts, 1 organisation, 1 unchanged".
 */
said: string, };

export type ImportOutcome = { 
/**
 * What each imported file brought in.
 */
files: Array<ImportSummary>, 
/**
 * Files of folders and zips that are in no known layout, and what each lacked.
 */
skipped: Array<Skipped>, 
/**
 * What all the files brought in, in words.
 */
said: string, };

export type Skipped = { 
/**
 * The file, as "folder/name" or "archive.zip/name".
 */
file: string, 
/**
 * What it lacked ("not a .json, .csv or .xlsx file", "a known layout: ...").
 */
reason: string, };

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

export type ProgressEvent = { 
/**
 * How far it has come.
 */
done: number, 
/**
 * How far it will go (0: unknown).
 */
total: number, 
/**
 * What `done` and `total` count.
 */
unit: ProgressUnit, 
/**
 * Records written so far.
 */
records: number, };

export type ProgressUnit = "bytes" | "rows";

export type TablePreview = { 
/**
 * The file.
 */
file: string, 
/**
 * The worksheet read (XLSX only).
 */
sheet: string | null, 
/**
 * The header row.
 */
headers: Array<string>, 
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

export type StoreInfo = { path: string, 
/**
 * Years with requests, oldest first.
 */
years: Array<number>, requests: number, 
/**
 * The words for every id the screens show, and the store's organisations and
 * categories in order (`labels.organisation`, `labels.category`).
 */
labels: Labels, 
/**
 * Why the store at `path` could not be opened: the window then shows the sample
 * from memory, saves nothing, and offers to open another store.
 */
problem: string | null, 
/**
 * The language the window speaks (`en`, `de`); `labels` are in it.
 */
lang: string, 
/**
 * The language the user chose in the settings; null: the system's.
 */
chosen_lang: string | null, };

export type ChartKind = "requests_over_time" | "categories" | "matrix" | "timeline" | "compare";

export type CompareScale = "panels" | "log" | "indexed";

export type ChartWords = { 
/**
 * The headline.
 */
title: string | null, 
/**
 * The line under it.
 */
subtitle: string | null, 
/**
 * A note under the chart, first among the notes.
 */
note: string | null, 
/**
 * The source line.
 */
source: string | null, };

export type ChartFormat = "svg" | "png" | "csv" | "embed";

export type Tip = { 
/**
 * The mark's box in the chart's pixels: left, top, right, bottom.
 */
bounds: [number, number, number, number], 
/**
 * Its value, in words ("2023-03 · Subpoena: 2").
 */
text: string, 
/**
 * The comparison figure it draws, with its sources (compare charts).
 */
figure: CompareRow | null, };

export type ChartRequest = { kind: ChartKind, filter: Filter, dark: boolean, width: number, height: number | null, stack: SeriesKey, granularity: Granularity | null, 
/**
 * Compare: panels, one log scale, or indexed.
 */
scale: CompareScale, 
/**
 * Compare: the one organisation in colour.
 */
highlight: string | null, 
/**
 * An editor's words in place of the chart's own (export).
 */
words: ChartWords, };

export type ChartView = { svg: string, width: number, height: number, summary: string, table: Array<Array<string>>, 
/**
 * The marks that draw a comparison figure, where they are: a click opens its sources.
 */
marks: Array<Tip>, };

export type RequestDetail = { id: string, organisation: string, received: string, answered: string | null, authority: string | null, country: string | null, process: Process, legal_basis: string | null, accounts_specified: number | null, nondisclosure_until: string | null, users_notified: boolean | null, outcome: Outcome | null, notes: string | null, matter: Matter | null, categories: Array<RequestedCategory>, documents: Array<Document>, 
/**
 * How many subjects are recorded ("5 subjects recorded"), never which.
 */
subjects_recorded: number, };

export type ImportRequest = { 
/**
 * The files, folders and zips the user chose or dropped (`choose_files`, the drop).
 */
grant: string, mapping: Mapping | null, replace: boolean, organisation: string | null, };

export type WorkProgress = { task: string, 
/**
 * How far it has come.
 */
done: number, 
/**
 * How far it will go (0: unknown).
 */
total: number, 
/**
 * What `done` and `total` count.
 */
unit: ProgressUnit, 
/**
 * Records written so far.
 */
records: number, };

export type Format = "markdown" | "html" | "site";

export type ReportRequest = { 
/**
 * A year, a month or a range (`2023`, `2023-01/2023-06`).
 */
period: string, organisation: string | null, format: Format, 
/**
 * Counts below this are published as "fewer than N".
 */
band_below: number | null, sections: Sections, 
/**
 * The texts as being edited, for the live preview; null: those in the store.
 */
texts: { [key in string]: string } | null, };

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
requests: boolean, 
/**
 * What the same requests would reach today, after the policy changes since.
 */
exposure: boolean, 
/**
 * Other organisations' published counts for the same years, for context (off unless
 * asked for).
 */
context: boolean, };

export type Words = { 
/**
 * The period the texts were written for: this one, an earlier one, or none yet.
 */
from: string | null, 
/**
 * The texts by key (`sections` apart).
 */
texts: { [key in string]: string }, 
/**
 * The sections on.
 */
sections: Sections, };

export type Checklist = { 
/**
 * Every item, in the order of the sources.
 */
items: Array<Item>, };

export type Item = { 
/**
 * Stable id: `oti.process_types`, `rdr.p11a.by_country`, ...
 */
id: string, 
/**
 * Where the expectation comes from.
 */
source: string, 
/**
 * What is expected, in a line.
 */
title: string, 
/**
 * Whether this report states it.
 */
status: Status, 
/**
 * What states it, or what to do so that it can.
 */
how: string, };

export type Status = "covered" | "available" | "missing";

export type Published = { 
/**
 * The folder.
 */
folder: string, 
/**
 * The files written, relative to it.
 */
files: Array<string>, };

export type Granted = { grant: string, paths: Array<string>, };

export type Use = "import" | "open_store" | "export_bundle" | "export_table" | "export_chart" | "export_report" | "publish_report";

export type Choose = { purpose: Use, title: string, 
/**
 * For an import: a folder rather than files.
 */
folder: boolean, filter: FileFilter | null, suggested_name: string | null, };

export type FileFilter = { name: string, extensions: Array<string>, };

export type About = { version: string, store_path: string, 
/**
 * The store schema this Disclose reads and writes (`PRAGMA user_version`).
 */
schema_version: number, 
/**
 * The documents the built-in PSF/PyPI 2023 sample is drawn from.
 */
sample_sources: Array<Document>, };
