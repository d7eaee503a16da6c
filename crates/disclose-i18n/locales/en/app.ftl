# The desktop app: its menu and its screens (the window reads these same files).

## Menu
menu-file = File
menu-import = Import files…
menu-import-folder = Import a folder…
menu-open-store = Open store…
menu-export-bundle = Export store as bundle…
menu-quit = Quit
menu-edit = Edit
menu-new-request = New request…
menu-new-inventory = New inventory entry…
menu-new-policy = New policy change…
menu-new-organisation = New organisation…
menu-undo = Undo last change (Ctrl+Z)
menu-redo = Redo (Ctrl+Shift+Z)
menu-history = History…
menu-help = Help
menu-about = About Disclose

## The window's frame
screen-overview = Overview
screen-requests = Requests
screen-categories = Categories
screen-inventory = Inventory & policy
screen-compare = Compare
screen-library = Library
screen-report = Report
app-screens = Screens
app-new = New
app-new-title = Record something new (n: a request)
app-new-request = Request…
app-new-inventory = Inventory entry…
app-new-policy = Policy change…
app-new-organisation = Organisation…
app-history = History
app-history-title = History, undo and redo (h)
app-import = Import…
app-import-title = Import files (Ctrl+I)
app-language = Language
app-language-title = Language of the window, the charts and the report
app-language-system = System language
app-filters = Filters
app-filter-organisation = Organisation
app-filter-year = Year
app-filter-process = Process
app-all = All
app-clear-filters = { $n ->
    [one] Clear { $n } filter
   *[other] Clear { $n } filters
}
app-store-line = { $n ->
    [one] { $n } request · { $store }
   *[other] { $n } requests · { $store }
}
app-store-sample = the sample, in memory, not saved
app-store-problem-title = The store could not be opened
app-store-problem-text = Disclose has not changed that file. Until you open another store, the window shows the PSF sample from memory, and nothing you change is saved.
app-open-another-store = Open another store…
app-look-at-sample = Look at the sample
app-close-title = Close Disclose?
app-close-text = A form has changes that are not saved. They are kept as a draft and come back when you open the form again; subjects you typed are not kept.
app-keep-editing = Keep editing
app-close = Close
app-dismiss = Dismiss
app-drop = Drop .json, .csv or .xlsx files to import them
app-export-bundle-title = Export the store as a bundle
app-bundle-filter = Disclose bundle
app-exporting-store = Exporting the store
app-exported-bundle = { $n ->
    [one] Exported { $n } request to { $path }. Subjects are never included.
   *[other] Exported { $n } requests to { $path }. Subjects are never included.
}

## Charts in the window
chart-export = Export…
chart-export-title = Save as SVG, PNG, CSV or a web page, with your title, note and highlight
chart-first-rows = The first 500 rows; save the CSV for all { $n }.
chart-drawing = Drawing…

## Overview
overview-requests = requests received
overview-accounts = accounts specified
overview-some-data = with some data provided ({ $part } of { $whole })
overview-not-held = { $n ->
    [0] categories asked for but not held
   *[other] categories asked for but not held: { $list }
}
overview-timeline = What was held, and policy changes

## A request replayed on another day
exposure-category = Category
exposure-then = When it arrived ({ $date })
exposure-on = On { $date }
exposure-because = Because of
exposure-no-policy = no policy change recorded

## One request
detail-back = Back (Esc)
detail-title = Request { $id }
detail-edit = Edit
detail-duplicate = Another like this
detail-delete = Delete…
detail-delete-key = Delete
detail-delete-confirm = Delete request { $id }? Undo (Ctrl+Z) brings it back.
detail-delete-yes = Delete
detail-keep = Keep
detail-received = Received
detail-answered = Answered
detail-authority = Authority
detail-country = Country
detail-process = Legal process
detail-legal-basis = Legal basis
detail-accounts = Accounts specified
detail-not-known = Not known
detail-yes = Yes
detail-no = No
detail-part-of = part of “{ $matter }”
detail-matter-accounts = , { $n } accounts in all
detail-nondisclosure = Nondisclosure order until
detail-none-known = None known
detail-notified = Users notified
detail-outcome = Outcome
detail-identifiers = Account identifiers
detail-identifiers-none = None recorded
detail-identifiers-some = { $n } recorded, shown only in the request's form
detail-data-asked = Data asked for
detail-wording = Wording of the request
detail-what-happened = What happened
detail-replay = If this arrived on
detail-replay-same = Everything it asked for would be held as it was when it arrived.
detail-replay-changed = { $part } of { $n } categories it asked for would be held differently.
detail-documents = Documents
detail-notes = Notes

## Requests
requests-facets = Facets
requests-facet-organisation = Organisation
requests-facet-year = Year
requests-facet-process = Legal process
requests-facet-outcome = Outcome
requests-facet-country = Country
requests-facet-category = Data category
requests-facet-disposition = What happened to the data
requests-col-received = Received
requests-col-organisation = Organisation
requests-col-reference = Reference
requests-col-authority = Authority
requests-col-country = Country
requests-col-process = Process
requests-col-outcome = Outcome
requests-col-accounts = Accounts
requests-col-not-held = Not held
requests-search = Search requests
requests-search-placeholder = Search authority, legal basis, notes, wording  ( / )
requests-total = { $n ->
    [one] { $n } request
   *[other] { $n } requests
}
requests-export = Export CSV…
requests-export-title = Export the table as CSV
requests-exporting = Exporting the table
requests-exported = { $n ->
    [one] Exported { $n } row to { $path }
   *[other] Exported { $n } rows to { $path }
}
requests-not-held-of = { $part } of { $whole }
requests-none = No requests match.
requests-clear-search = Clear the search
requests-hint = ↑ ↓ to move, Enter to open, / to search, Esc to go back.

## Categories
categories-title = Data categories: asked for, provided, not held
categories-show-requests = Show the requests that asked for this
categories-none = No requests under these filters.
categories-hint = Click a category to list the requests that asked for it.
categories-chart = Asked for vs provided vs not held
categories-matrix = Requests × categories

## Long work, errors and the problems found in a file
progress-records = { $n ->
    [one] { $n } record
   *[other] { $n } records
}
progress-rows = { $n ->
    [one] { $n } row
   *[other] { $n } rows
}
progress-megabytes = { $mb } MB
progress-cancel = Cancel
error-cancelled = Cancelled
error-attention = Something needs your attention
advice-invalid_input = Nothing was imported. Fix the places listed below, or map the columns, and import again.
advice-conflict = Nothing was imported. The file states stored records differently; import it again replacing them if the file is the newer account.
advice-io = Check that the file exists and that you may read or write it.
advice-incompatible_store = Open another store, or update Disclose to open this one.
advice-usage = Check the values you entered.
advice-cancelled = Nothing was changed.
advice-busy = Nothing was changed. Another Disclose (a second window or the command line) is writing to this store; try again when it is done.
advice-internal = This is a bug in Disclose; please report it with the message above.
problem-file = File
problem-where = Where
problem-field = Field
problem-found = Found
problem-expected = Expected
problem-line = line { $line }
problem-sheet = sheet “{ $sheet }” row { $row }

## Inventory & policy
inventory-title = Inventory and policy
inventory-add = Add an inventory entry
inventory-add-policy = Record a policy change
inventory-edit-organisation = Edit { $name }
inventory-chart = What was held, over time
inventory-as-of = Inventory as of
inventory-how-long = For how long
inventory-none = No inventory recorded for this date.
inventory-policy-changes = Policy changes
inventory-before = Before
inventory-after = After
inventory-no-policy = No policy changes recorded.
inventory-what-if = What would a request reach?
inventory-arriving = Arriving on
inventory-replayed = Replayed on
inventory-would-ask = Data it would ask for
inventory-what-if-hint = Tick what a request would ask for to see what could be handed over on each day.

## Library
library-span = { $from } to { $to } ({ $n } periods)
library-intro = The published reports this store holds, and where each publisher puts newer files. Disclose never downloads anything: fetch the files from the publisher's page, then drop them on this window (a file, a folder or a zip) or use File › Import a folder….
library-periods = Periods held
library-latest = Latest period
library-counts = Published counts
library-layouts = { $n ->
    [one] Layout
   *[other] Layouts
}
library-page = Newer files at
library-empty = No published reports yet. Download a company's transparency-report files (Google, Meta, Apple, Microsoft, GitHub, X, an EU DSA report) and import them.

## About, files opened with Disclose, history
about-what = A viewer for transparency reports on government requests for user data.
about-version = Version
about-store = Store
about-schema = Store schema
about-sample = The sample
about-sample-from = The Python Software Foundation's 2023 requests, from
opened-title-one = Import { $name }?
opened-title = Import { $n } files?
opened-with = Opened with Disclose:
opened-whole = { $n ->
    [one] It lands in the store whole, or not at all; you can undo the import from History.
   *[other] All of them land in the store in one step, or none does; you can undo the import from History.
}
opened-import = Import
opened-not-now = Not now
history-undo = Undo
history-undo-key = Ctrl+Z
history-redo = Redo
history-redo-key = Ctrl+Shift+Z
history-close = Close the history
history-intro = Every change to this store, newest first. Undo takes back the newest one not yet undone, an import of thousands of rows in one step. The last { $kept } changes are kept; older ones can no longer be undone.
history-undone = Undone · Redo brings it back
history-none = No changes yet.

## Compare
compare-view = View
compare-by-organisation = Organisations side by side
compare-by-country = Countries of one organisation
compare-all-countries = all countries
compare-country-title = A country by name or ISO code (Germany, DE); blank for the global figures
compare-periods = Periods
compare-periods-title = Half-years where the files publish them; a year only partly covered says how many months it holds
compare-years = Years
compare-halves = Half-years
compare-about = About
compare-account-data = account data
compare-figure = Figure
compare-show = Show
compare-show-count = Number of requests
compare-show-share = Share with some data produced
compare-show-per-request = Accounts named per request
compare-from = From
compare-to = To
compare-year = year
compare-ranked = Countries ranked by { $metric } in
compare-rank-period = Rank by period
compare-click = Click a figure to see the file and rows it comes from.
compare-source = Source
compare-from-records = request records
compare-from-published = published counts
compare-where-from = Where this figure comes from
compare-bands-note = Ranges are published as bands; “mo.” marks a year only partly covered by the published periods, never summed into a whole one.
compare-changes = Largest changes from one period to the next
compare-change = { $from } { $before } to { $to } { $after }: { $change }{ $rel }
compare-no-country = No figures for “{ $place }”: not a country name or ISO code Disclose knows, nor a place any imported file names.
compare-nothing = Nothing to compare yet: import published reports (Google, GitHub, Meta, Apple, Microsoft, X, an EU DSA report), a file, a folder or a zip, to set them beside your records.
compare-chart = Chart
compare-layout-title = Organisations of very different sizes: a panel each, or one scale
compare-layout-panels = A panel each, own scale
compare-layout-log = One log scale
compare-layout-indexed = Indexed, first period = 100
compare-highlight = Highlight
compare-highlight-none = None
compare-side-by-side = Side by side
compare-chart-hint = The chart sets the number of requests for account data side by side; choose those above to see it.
compare-per-request = { NUMBER($v, minimumFractionDigits: 2, maximumFractionDigits: 2) }
compare-partial-cell = { $v } ({ $months } mo.)

## Where a figure comes from
source-citation = { $where }: { $figure }. Source: { $source }
source-share = { $share } with some data produced ({ $n })
source-accounts = { $accounts } accounts, { $per } per request
source-records = Counted from the request records in this store, not from a published file.
source-untraced = Published counts imported before Disclose kept their sources; import the file again to trace this figure.
source-summed = { $n ->
    [one] Summed from one file:
   *[other] Summed from { $n } files:
}
source-publisher = Publisher
source-rows = { $n ->
    [one] Row
   *[other] Rows
}
source-worded = As worded
source-period = Period as published
source-copy = Copy citation
source-copied = Copied

## Exporting a chart
export-format-svg = SVG image (scalable)
export-format-png = PNG image
export-format-csv = The numbers (CSV)
export-format-embed = Web page to embed (HTML)
export-save-title = Save { $format }
export-saved = Saved { $path }
export-title = Export the chart
export-intro = Blank fields keep the chart's own words. The file says where its numbers come from: the files imported, the filters and the date of the data.
export-width = Width (px)
export-sharpness = Sharpness
export-2x = 2x (screens, print)
export-highlight-none = No one: every organisation in colour
export-words-title = Title
export-words-title-placeholder = The chart's own title
export-words-subtitle = Subtitle
export-words-subtitle-placeholder = The chart's own subtitle
export-words-note = Note
export-words-note-placeholder = A note under the chart (optional)
export-words-source = Source line
export-words-source-placeholder = The sources of the records shown
export-cancel = Cancel (Esc)
export-save = Save…

## Report
report-section-categories = Data asked for
report-section-inventory = Inventory
report-section-policy = Policy changes
report-section-requests = List of requests
report-section-exposure = What they would reach today
report-section-context = Other organisations' published counts
report-text-title = Title
report-text-introduction = Introduction
report-text-note-summary = Note under the summary
report-text-note-comparison = Note under the comparison with the period before
report-text-note-categories = Note under “What was asked for”
report-text-note-inventory = Note under “What we hold”
report-text-note-policy = Note under the policy changes
report-text-note-requests = Note under the list of requests
report-text-note-exposure = Note under “What they would reach today”
report-text-note-context = Note under other organisations' published counts (“in context”)
report-text-methodology = Methodology (say here what the law bars you from reporting)
report-export-title = Export the report
report-writing = Writing the report
report-publish-title = Publish the report into a folder
report-publishing = Publishing the report
report-published = Published { $n } files to { $folder }: index.html, report.md, the charts and the figures as data.
report-which = Which organisation's report?
report-period = Period
report-period-placeholder = 2023 or 2023-01/2023-06
report-previous = The report of the year before, with its texts
report-band = Band below
report-band-title = Counts below N are published as “fewer than N”, so small numbers cannot point at anyone
report-band-threshold = Band threshold
report-updating = Updating…
report-publish = Publish…
report-ask-several = Several organisations have request records of their own. Choose whose report this is; organisations known only from published counts are never a report's subject.
report-ask-none = No organisation has request records yet: record or import its requests first.
report-your-words = Your words
report-save-texts = Save texts
report-saved = Saved
report-texts-from = Starting from the { $from } report's texts; saving keeps them for { $period }.
report-texts-hint = Markdown. Shown in the preview as you type; kept in the store (and in bundles) once saved, and undone like any change.
report-show-section = Show the section: { $section }
report-preview = Report preview
report-checklist = What a report is expected to state
report-checklist-covered = { $covered } of { $n } covered

## Import and the mapping step
import-folder-title = Import a folder of published reports
import-importing-one = Importing { $name }
import-importing = Importing { $n } files
import-again-replacing = Import again, replacing changed records
import-files = { $n ->
    [one] { $n } file
   *[other] { $n } files
}
import-skipped = { $n ->
    [one] Skipped { $n } file
   *[other] Skipped { $n } files
}
import-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
import-notice = Imported { $what }.{ $skipped }{ $doubts }
import-outcome-title = { $n ->
    [one] Imported { $n } file
   *[other] Imported { $n } files
}
import-skipped-note = Not an error: these files are not in a layout Disclose reads, and nothing of them was imported.
import-why = Why
import-doubts-before = These figures were imported with the doubt stated;
import-doubts-after = refuses such files instead.
import-first-50 = The first 50 of { $n }.
mapping-title = Map the columns of { $name }
mapping-intro = Disclose does not know this layout. Say which column holds what; columns set to “ignore” are skipped. Nothing is imported until you confirm.
mapping-delimiter = Delimiter
mapping-comma = comma
mapping-semicolon = semicolon
mapping-tab = tab
mapping-pipe = pipe
mapping-sheet = Sheet “{ $sheet }”
mapping-organisation = Organisation for rows naming none
mapping-organisation-example = e.g. psf
mapping-day-format = Day format
mapping-day-format-example = e.g. %m/%d/%Y
mapping-replace = Replace changed records
mapping-column = Column { $name }
mapping-ignore = ignore
mapping-missing = Still to map: { $list }.
mapping-import = Import with this mapping

## Forms
form-date-hint = A day (2023-03-14), a month (2023-03) or an uncertain range (2023-03/2023-04)
form-reference = Reference
form-received = Received
form-answered = Answered
form-authority = Authority
form-country = Country
form-process = Legal process
form-legal-basis = Legal basis
form-matter = Matter
form-accounts = Accounts specified
form-outcome = Outcome
form-nondisclosure = Nondisclosure order until
form-notified = Users notified
form-notes = Notes
form-reference-hint = Unique within the organisation
form-authority-hint = Who asked, e.g. US Department of Justice
form-country-stored = Stored as { $code }
form-country-hint = Type a country's name
form-legal-basis-hint = The law or rule it cited
form-matter-hint = The investigation it belongs to; the matter carries the account total
form-none = None
form-new-matter = New matter…
form-blank-unknown = Blank when not known
form-not-recorded = Not recorded
form-blank-none = Blank when there was none
form-new-matter-of = New matter of { $organisation }
form-accounts-in-all = Accounts in all
form-create-matter = Create matter
form-wording-placeholder = As the request words it, e.g. IP addresses and timestamps
form-pick-category = Pick a category
form-remove-category = Remove this category
form-remove = Remove
form-add-category = Add a category
form-document-placeholder = Title, e.g. Subpoena
form-document-title = Document title
form-link = Link
form-add-document = Add a document
form-subjects-apart = Kept apart from everything else: never shown on another screen, in a chart, report or export (except the internal export), log or history.
form-subjects-recorded = { $n ->
    [0] No subjects recorded.
    [one] { $n } subject recorded.
   *[other] { $n } subjects recorded.
}
form-show = Show
form-replace = Replace…
form-enter-subjects = Enter subjects…
form-one-per-line = One per line
form-subjects-to-record = { $n ->
    [one] { $n } subject to record. They are not kept in drafts.
   *[other] { $n } subjects to record. They are not kept in drafts.
}
form-keep-recorded = Keep the recorded ones
form-record-none = Record none
form-stated-before = Stated before
form-stated-after = Stated after
form-held-unstated = Held: not stated
form-took-effect = Took effect
form-kind = Kind
form-title = Title
form-source = Source
form-id = Id
form-day-month-year = A day (2023-05-25), a month or a year
form-title-hint = What changed, in a sentence
form-source-hint = Where it is documented
form-id-hint = Made from the date and title unless you type one
form-what-changed = What it changed
form-apply = Apply to the inventory: end the entries it changes on this date and start new ones with the state after
form-until = Until (not included)
form-where-hint = A table, a log, a processor
form-until-hint = Blank while it still holds
form-inventory-source-hint = Where this is stated: a link or a document
form-organisation-id-hint = Short, used by every record of it (psf)
form-organisation-id-fixed = Fixed: its records name it
form-name = Name
form-service = Service
form-website = Website
form-service-hint = When it differs from the name (PyPI)
form-website-hint = Its transparency page or policies
form-retention-unstated = Not stated
form-retention-indefinite = Indefinitely
form-retention-account = For the account's lifetime
form-retention-period = For a period…
form-retention-none = Not kept
form-how-many = How many
form-units = Days, months or years
form-days = days
form-months = months
form-years = years
form-draft-kept = { $kind ->
    [request] Your request is kept as a draft; open the form again to go on.
    [inventory] Your inventory entry is kept as a draft; open the form again to go on.
    [policy_change] Your policy change is kept as a draft; open the form again to go on.
    [organisation] Your organisation is kept as a draft; open the form again to go on.
   *[matter] Your matter is kept as a draft; open the form again to go on.
}
form-note = Note: { $said }
form-delete-organisation = Delete { $name } and its { $records }?
form-delete-organisation-empty = Delete { $name }? It has no records.
form-delete-this = { $kind ->
    [request] Delete this request?
    [inventory] Delete this inventory entry?
    [policy_change] Delete this policy change?
    [organisation] Delete this organisation?
   *[matter] Delete this matter?
}
form-another-request = Another request like this one
form-new = { $kind ->
    [request] New request
    [inventory] New inventory entry
    [policy_change] New policy change
    [organisation] New organisation
   *[matter] New matter
}
form-edit = { $kind ->
    [request] Edit request
    [inventory] Edit inventory entry
    [policy_change] Edit policy change
    [organisation] Edit organisation
   *[matter] Edit matter
}
form-draft-restored = Restored your unsaved draft.
form-draft-discard = Discard it
form-loading = Loading…
form-undo-brings-back = { $kind ->
    [organisation] Undo (Ctrl+Z) brings them back.
   *[other] Undo (Ctrl+Z) brings it back.
}
form-busy = The store is busy (another Disclose is writing); checking again…
form-checking = Checking…
form-not-valid = Not valid yet: see the fields marked
form-valid = Valid
form-discard = Discard changes
form-close = Close (Esc)
form-save = Save (Ctrl+Enter)
form-problem-found = { $expected } (found “{ $found }”)
form-subjects = Subjects (account identifiers)

## The shell's dialogs
dialog-import-files = Import files
dialog-import-filter = Bundles, CSV and XLSX
dialog-open-store = Open store
dialog-store-filter = Disclose store
