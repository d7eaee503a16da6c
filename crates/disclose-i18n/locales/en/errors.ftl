# Words the crates make before anyone knows the language they will be read in (error
# messages, the problems found in input files, the history's summaries, a figure's
# citation), said where they are shown. The window gets them said already: it does not read
# this file.
# "expected-…" messages complete "expected …"; "found-…" say what a file held instead.

## The frame of a problem
problem-warning = warning:{" "}
problem-at-field = field "{ $field }"
problem-at-found = found "{ $found }"
problem-at-expected = expected { $expected }
problems-none = no errors
problems-and-more = { $first } (and { $more ->
    [one] one more error
   *[other] { $more } more errors
})

## The store and the system
error-was-cancelled = cancelled; nothing was written
error-busy = the store is busy: another program (a second Disclose, the app or the command line, or a SQLite tool) is writing to it; nothing was written, try again when it is done
error-store-damaged = the store is damaged (SQLite finds it malformed: a file cut short or partly overwritten); nothing was written and Disclose will not write to it. Open another store, or restore this one from a backup or an exported bundle
error-disk-full = the disk is full (or the file may grow no larger); nothing was written. Free some space and try again
error-store-read-only = the store is read-only here (its file or folder may not be written); nothing was written
error-store-unreadable = the store could not be read or written ({ $detail }); nothing was written
error-database = database error: { $detail }
error-io-not-found = no such file or folder
error-io-permission = permission denied
error-io-exists = a file of that name exists already
error-io-is-folder = this is a folder, not a file
error-io-not-folder = a part of the path is not a folder
error-io-disk-full = the disk is full
error-io-read-only = the file system is read-only

## What a value must be
expected-id = an id of 1 to 128 letters, digits and . _ : / # - (not starting with - = + @)
expected-on-or-after-received = a date on or after received ({ $received })
expected-country-code = an ISO 3166-1 alpha-2 code in capitals, such as US
expected-at-most-chars = at most { $max } characters
expected-category-once = each category at most once per request, with one disposition
expected-sha256 = 64 lower-case hexadecimal digits
expected-identifier = a non-empty account identifier
expected-nothing-provided-no-data = no category provided when the outcome is no_data
expected-date = a date as YYYY-MM-DD, YYYY-MM or YYYY, or an uncertain range START/END (e.g. 2023-03/2023-04)
expected-retention = an ISO 8601 duration such as P90D or P1Y6M, or account_lifetime, indefinite or none
expected-one-of = one of { $list }
expected-or-value-map = { $expected } (or a value map in the mapping file)
expected-date-or-mapping = { $date } (other layouts need date_formats in a mapping file)
expected-date-or-formats = { $date } or one of the mapping's date_formats
expected-whole-number = a whole number, 0 or more
expected-true-false-yes-no = true or false (also yes/no, 1/0)
expected-columns-for = columns for { $columns } (name them in the header or map them in the mapping file)
expected-country-or-map = a country name or ISO 3166-1 code (map others under values.country)
expected-number-or-band = a number, a band such as 1,250 - 1,499, or blank for unknown
expected-utf8-not-utf16 = UTF-8 text (this file is UTF-16; save it again as UTF-8)
found-utf16-mark = UTF-16 byte-order mark
expected-utf8-not-latin1 = UTF-8 text (the file looks like Latin-1 or Windows-1252; save it again as UTF-8)
found-bytes = bytes { $bytes }
expected-utf8-read-as-replacement = UTF-8 text: read as �; the row imports where another column settles it
expected-csv = well-formed CSV ({ $detail })
error-bundle-no-columns = { $file }: a bundle has no columns to map; import it as it is
expected-header-row = a header row naming the columns
found-empty-file = an empty file
error-delimiter-not-ascii = delimiter "{ $delimiter }" is not a single ASCII character
expected-readable-xlsx = a readable .xlsx workbook ({ $detail })
expected-readable-sheet = a readable sheet ({ $detail })
expected-microsoft-header = a header row with "Total Number of Law Enforcement Requests"
expected-microsoft-half-year = a half-year in the file name (_2015_H2) or the title ("July - December 2015")
expected-country-name-or-code = a country name or ISO code

## Bundles (JSON)
expected-bundle-text-limit = a text of at most { $bytes } bytes (the limit for one value of a bundle)
found-text-of-more-than = a text of more than { $bytes } bytes
found-unknown-key = unknown key
expected-list = a list ([...])
expected-valid-json = valid JSON ({ $detail })
expected-valid-json-at = valid JSON ({ $detail } at column { $column })
found-a-list = a list
found-a-string = a string
found-true-or-false = true or false
found-a-number = a number
found-an-object = an object
found-nothing = nothing
expected-bundle-object = a JSON object with "format": "disclose-bundle"
expected-a-bundle = a Disclose bundle: a JSON object with "format": "disclose-bundle"
found-no-format-key = no format key
expected-format-key = "format": "disclose-bundle" (is this a Disclose bundle?)
expected-bundle-version-newer = version 1 to { $newest } (this bundle was written by a newer Disclose; update Disclose to read it)
expected-bundle-version = the number { $versions }
expected-known-field = a known field: { $fields }
found-unknown-field = unknown field
expected-required-field = a value: the field is required
expected-a-number = a number
expected-true-or-false = true or false
expected-object-for = an object ({"{"}...{"}"}) for { $name }
expected-record-or-end = a record or the end of the list (])
expected-comma-or-end = a comma between records, or the end of the list (])

## Folders and zips
expected-folder-files = a folder of at most { $max } files
found-more-files = more than { $max } files
expected-zip = a zip archive
expected-zip-files = a zip of at most { $max } files
found-files = { $count } files
expected-zip-entry = a readable zip entry
expected-zip-inside = entries inside the archive (no "../" or absolute paths)
expected-zip-not-nested = a zip of files, not of other zips
expected-inflate-ratio = entries that inflate at most { $max } times (the limit against decompression bombs)
found-inflating = { $name } inflating { $times } times, to { $bytes } bytes
expected-zip-inflated = a zip of at most { $max } bytes inflated
found-inflated = { $bytes } bytes inflated
expected-zip-declared = entries no larger than the archive says
found-inflating-past = { $name } inflating past its declared { $bytes } bytes
skipped-zip-in-folder = a zip inside a folder (import the zip on its own)
skipped-not-data = not a .json bundle, a .csv or an .xlsx file
skipped-xlsx-unknown = an .xlsx in no known layout (import it on its own with a mapping file)
skipped-closest = a known layout; closest: { $closest }

## Published layouts
layout-missing = { $layout } (missing { $columns })
layout-none = none
layout-publisher-in-report = the service named in the report
expected-a-layout = a request list, or a published layout: { $tried }; for another layout write a mapping file (--mapping)
found-no-layout = none of the known layouts
expected-period-end = a period end date as YYYY-MM-DD
expected-year = a year such as 2023
expected-start-end-dates = start and end dates such as 1/1/13
expected-file-name-half = a file name ending in _YYYY_H1 or _YYYY_H2
expected-year-months = a year and a month range such as Jan-Jun
expected-period-text = a period such as "January - June 2017", "2025-07-01 - 2025-12-31" or "H1 2025"
expected-year-half = a year and a half, 1 or 2
expected-known-wording = a known wording: { $words }
expected-percentage = a percentage from 0 to 100
expected-both-bounds = both bounds of the band, or neither
expected-band-order = a band whose lower bound is not above its upper bound
expected-bound-above-zero = a bound above zero after "<"
expected-band = a band such as 0 - 249
expected-count = a count of zero or more
expected-published-number = a number (blank or - where none is published)
expected-service = the service the report is about
expected-iso-country-strict = an ISO 3166 country (without --strict, other places are kept under their name)
expected-iso-country-kept = an ISO 3166 country: kept as a place of its own under its published name, counted in totals
expected-file-kind = a .json bundle, a .csv or an .xlsx file
found-no-extension = no extension
expected-one-known-file = at least one file in a known layout

## Limits
found-row-too-long = a row of more than { $bytes } bytes
expected-row-limit = rows of at most { $bytes } bytes (the limit for one row of a table)
expected-cell-limit = cells of at most { $bytes } bytes (the limit for one cell)
found-bytes-count = { $bytes } bytes
expected-xlsx-readable-by-reader = an XLSX workbook the spreadsheet reader can read
found-xlsx-malformed = a workbook it fails on (malformed parts)
expected-xlsx-inflate-ratio = an XLSX whose parts inflate at most { $max } times (the limit against decompression bombs)
found-inflating-from = { $name } inflating { $times } times, from { $from } to { $bytes } bytes
expected-xlsx-inflated = an XLSX of at most { $max } bytes inflated (the limit for a workbook)

## Tables (CSV, XLSX)
expected-column-once = each column once
found-second-column = a second column for { $column }: "{ $name }"
expected-canonical-column = a canonical column ({ $columns }), or a mapping file (--mapping) that maps it or ignores it
found-unknown-column = unknown column
expected-columns = columns { $columns } (map other names with --mapping)
expected-required-column = a value: the column is required
expected-category-wording = a category id or a known wording (add this wording to "categories" in a mapping file)
expected-one-disposition = each category in one disposition list only (it is also { $other })
expected-fields-as-header = { $fields } fields, as in the header
found-fields = { $fields ->
    [one] one field
   *[other] { $fields } fields
}
expected-header-columns = a header row: { $columns }
expected-value-not-cell-error = a value (the cell holds a spreadsheet error)
expected-sheet-named = a sheet named as in the mapping; the workbook has: { $sheets }
found-sheet-empty = sheet "{ $sheet }" (empty)
found-sheet-header-problems = sheet "{ $sheet }" (header problems: { $fields })
expected-sheet-with = a sheet with the columns { $columns } (use a mapping file with "sheet" and "columns")

## Records against the store
# One record of a kind, by its table.
record-kind = { $kind ->
    [requests] request
    [inventory] inventory entry
    [policy_changes] policy change
    [organisations] organisation
    [matters] matter
    [aggregates] published count
    [categories] category
    [report_texts] report text
   *[other] { $kind }
}
expected-once-per-file = each { $kind } once per file (this one appears again)
expected-same-content = the same content as the { $kind } already in the store; import with replace (--replace) to overwrite it
expected-same-content-differs = the same content as the { $kind } already in the store (differs in: { $fields }); import with replace (--replace) to overwrite it
expected-known-organisation = an organisation defined in the file's "organisations" or already in the store
expected-category-did-you-mean = a category id (did you mean { $real }?)
expected-known-category = a category id of the vocabulary, or one defined in "categories"
expected-category-id = a category id of lower-case letters, digits and _
expected-after-valid-from = a date after valid_from ({ $from })
expected-inventory-id-free = an id no other inventory entry of the organisation has (this one names an entry of another category, day or place)
expected-value-or-band = a value, or a band value_min..value_max
expected-known-matter = a matter defined in the file's "matters" or already in the store, for the same organisation
expected-held-per-inventory = a category the inventory says was held on { $day } (it lists { $category } as not held)
expected-no-more-errors = no more errors; { $dropped } further problems were not listed

## Mapping files
expected-mapping-file = a Disclose mapping file ({ $detail })
expected-mapping-column = a canonical column: for requests { $requests }; for published counts { $counts }
expected-delimiter = one ASCII character other than ", such as ; or a tab
expected-separator = a non-empty separator such as ;

## Editing
expected-after-entry-start = a date after the inventory entry it changes, which starts on { $start } (edit that entry instead)
error-no-record = no { $kind } "{ $id }" in this store
error-record-in-several = { $kind } "{ $id }" exists for { $organisations }; name one with --organisation
error-matter-in-use = matter { $id } still has { $used ->
    [one] one request
   *[other] { $used } requests
}; move or delete them first
error-no-organisation = no organisation { $id } in the store
error-no-record-of = no { $kind } { $id } of { $organisation } in the store
expected-id-free = an id no other { $kind } of this organisation has
error-organisation-id-fixed = an organisation's id cannot change; its records name it
error-subjects-own-field = subjects go in the form's own field, not in the record

## Asking for something that cannot be done
error-file-ending = { $path }: expected a file name ending in { $endings }
error-exposure-needs = name a request, a matter, or the categories a request would ask for
# "unknown category "x"; expected one of a, b"
error-unknown = unknown "{ $what }"; expected { $expected }
error-no-organisation-none = no organisation "{ $id }" in the store; it has none yet
error-no-organisation-has = no organisation "{ $id }" in the store; it has: { $known }
error-no-country = no country called "{ $typed }": give a name (Germany) or an ISO code (DE)
error-no-category = no category "{ $typed }" in the store; it has: { $known }
error-page-size = page size { $size } is too large; at most 1000 rows per page
error-history-empty = nothing to { $what }: the store's history is empty
error-nothing-to-undo = nothing to undo: every change in the history is already undone
error-nothing-to-redo = nothing to redo: no change has been undone since the last one was made

## Where the store is
error-no-data-directory = no data directory on this system; pass --db PATH
notice-older-store = an older store is at { $old }; the store in use is { $path } (open the older one with --db { $old })
notice-moved-store = moved the store from { $old } to { $path }, where the app and the CLI both find it

## Opening a store
error-store-foreign-tables = this SQLite file is not a Disclose store (it has tables of another program)
error-store-not-disclose = this SQLite file is not a Disclose store
error-store-newer = store has schema { $version }, written by a newer Disclose; this one knows schema { $known }. Update Disclose to open it
error-store-cut-short = the store is cut short: its header counts { $pages } pages of { $size } bytes, but the file holds { $bytes } bytes. Disclose will not open or write to it; open another store, or restore this one from a backup or an exported bundle
error-store-not-sqlite = this file is not a SQLite database, so not a Disclose store

## Charts and reports
error-chart-format = { $path }: a chart is written as .svg, .png, .csv or .html (embed), not { $found }
error-png-scale = a PNG is drawn at 1x, 2x or 3x, not { $scale }x
error-chart-size = chart size must be at least 1 x 1 pixel
error-chart-too-small = charts need at least 320 x 200 pixels to stay readable
error-report-no-records-none = { $id } has no request records of its own (only published counts); a report is about an organisation's own requests: none has any yet
error-report-no-records = { $id } has no request records of its own (only published counts); a report is about an organisation's own requests: name one of { $others }
error-report-nobody = no organisation has request records yet; a report is about an organisation's own requests
error-report-several = several organisations have request records; name the report's with --organisation: { $others }
error-report-template = report template: { $detail }

## The command line
error-unknown-kind = unknown { $kind } "{ $what }"; expected { $expected }
error-highlight-unknown = --highlight "{ $id }": no organisation with this id in the store (see `disclose info`)
error-report-needs-period = report needs --period (or --template-out FILE)
error-report-text-option = --text "{ $given }": expected KEY=FILE, e.g. intro=intro.md
error-report-needs-out = report needs --out FILE (a folder with --format site), --checklist, --text or --texts-out
error-exposure-needs-organisation = exposure --matter or --categories needs --organisation
error-compare-period = found "{ $found }"; expected half or year (published counts come in half-years and years)
notice-using-store = using { $path } (the app last opened { $last })

## The app
error-map-one-file = columns are mapped for one file at a time, and { $chosen } were chosen
error-request-gone = no request "{ $id }" of "{ $organisation }" in this store; it may have been replaced
error-field-value = { $field } "{ $value }": expected { $expected }
error-no-store-open = no store is open ({ $problem }); open another store (File › Open store…) first
error-dialog-not-local = the dialog gave no local file: { $detail }
grant-use = { $used ->
    [import] import
    [open_store] open as the store
    [export_bundle] export the store to
    [export_table] export the table to
    [export_chart] export a chart to
    [export_report] export the report to
   *[publish_report] publish the report into
}
error-grant-other-use = the file was chosen to { $chosen }, not to { $wanted }; nothing was read or written. Choose it again for this
error-grant-unknown = no file chosen by you goes by "{ $id }" (or it was used already); nothing was read or written. Choose the file in Disclose's own dialog or drop it on the window
error-grant-one-file = one file was expected, and { $chosen } were chosen

## The history: what each change did, kept as data and said when shown
history-imported = Imported { $files }: { $counts }
history-applied = Recorded and applied { $kind } { $id }: { $applied ->
    [one] one inventory entry changed
   *[other] { $applied } inventory entries changed
}
history-renamed = Changed { $kind } { $old } to { $id }
history-changed = Changed { $kind } { $id }
history-added = Added { $kind } { $id }
history-deleted = Deleted { $kind } { $id }
history-deleted-with = Deleted { $kind } { $id } with { $with }
history-report-texts = Changed the texts of the { $period } report of { $name }

list-or = { $rest } or { $last }
error-column-unreadable = column { $column } holds "{ $value }", which this Disclose cannot read
error-app-cannot-start = Disclose could not open its store: { $detail }
error-unknown-language = no language "{ $found }"; expected en or de

## A figure's citation (the Source panel)
cite-period = period { $period }
cite-rows = { $many ->
    [1] rows { $rows }
   *[other] row { $rows }
}
