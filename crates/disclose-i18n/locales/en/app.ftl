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
