# The command line's human output.

## disclose requests
cli-requests-range = requests { $first }-{ $last } of { $total }
cli-requests-organisation = organisation
cli-requests-id = id
cli-requests-received = received
cli-requests-process = process
cli-requests-outcome = outcome
cli-requests-country = country
cli-requests-accounts = accounts
cli-requests-not-held = not held
# "2 of 4": categories not held of those asked for.
cli-requests-of = { $part } of { $whole }
cli-facet-organisation = by organisation
cli-facet-year = by year
cli-facet-process = by process
cli-facet-outcome = by outcome
cli-facet-country = by country
cli-facet-category = by category
cli-facet-disposition = by disposition

## disclose stats
cli-stats-requests = requests
cli-stats-accounts = accounts specified
cli-stats-some-data = some data produced
cli-stats-nondisclosure = nondisclosure orders
cli-stats-notified = users notified
cli-stats-not-recorded = (not recorded for { $n })
cli-stats-not-held = asked for, not held
cli-stats-category = category
cli-stats-requested = requested

## disclose report --checklist
cli-checklist-covered = { $covered } of { $count } items covered

## disclose import, validate
cli-imported = imported
cli-valid = valid:
cli-nothing = nothing
cli-import-line = { $file } ({ $format }): added { $added }; { $unchanged } unchanged
cli-import-replaced = ; { $count } replaced
cli-import-created = { $n ->
    [one] ; created organisation { $ids } (name it with a bundle)
   *[other] ; created organisations { $ids } (name them with a bundle)
}
cli-import-warnings = { $n ->
    [one] ; { $count } warning
   *[other] ; { $count } warnings
}
cli-skipped = skipped { $file }: { $reason }
cli-entry = #{ $id }: { $summary }
cli-deleted = #{ $id }: { $summary } (disclose undo brings it back)
cli-error = error: { $message }
cli-problems = { $n ->
    [one] error: { $file }: { $count } problem; nothing was written
   *[other] error: { $file }: { $count } problems; nothing was written
}

## Columns and words of the tables
cli-col-organisation = organisation
cli-col-category = category
cli-col-held = held
cli-col-how-long = for how long
cli-col-where = where
cli-col-country = country
cli-col-period = period
cli-col-value = value
cli-col-some-data = some data
cli-col-per-request = accts/req
cli-col-source = source
cli-col-requests = requests
cli-col-published = published
cli-col-inventory = inventory
cli-col-policy = policy
cli-unknown = unknown
cli-all-countries = all countries

## disclose inventory
cli-inventory-as-of = inventory as of { $date }

## disclose compare
cli-compare-nothing = nothing to compare: no records or published counts match
cli-from-records = request records
cli-from-published = published counts
cli-from-published-part = published counts, { $covered } of { $count } months
cli-changes-none = no changes: no organisation has two periods in a row with exact figures
cli-change = { $organisation }, { $place }: { $from } { $before } to { $to } { $after }: { $change }

## disclose sources
cli-library-empty = no published counts yet: import a company's files, a folder or a zip
cli-lib-layout = layout
cli-lib-periods = periods
cli-lib-counts = counts
cli-lib-file = file
cli-lib-newer = newer at
cli-lib-span = { $from } to { $to } ({ $count } periods)

## disclose info
cli-info-store = store
cli-info-schema = schema
cli-info-version = version { $version }
cli-info-empty = empty: nothing imported yet

## disclose exposure
cli-exposure-request = Request { $id } of { $organisation }, replayed:
cli-exposure-any = A request to { $organisation }, replayed:
cli-exposure-row = { $label }: on { $then_date } { $then }; on { $now_date } { $now } — { $verdict }
cli-exposure-unchanged = unchanged
cli-exposure-changed-by = changed by { $causes }
cli-exposure-changed-unrecorded = changed, with no policy change recorded for it
cli-exposure-changed = { $changed } of { $count } categories asked for changed between the two days

## disclose history
cli-history-none = no changes yet
cli-history-undone = undone
cli-history-kept = (the last { $kept } changes are kept; older ones cannot be undone)

## What a command did
cli-exported = { $n ->
    [one] exported { $count } request to { $path }
   *[other] exported { $count } requests to { $path }
}
cli-wrote-template = wrote the default template to { $path }
cli-wrote-texts = { $n ->
    [one] wrote { $count } text to { $path }
   *[other] wrote { $count } texts to { $path }
}
cli-published-report = { $n ->
    [one] published the { $period } report of { $organisation } to { $path } ({ $count } file)
   *[other] published the { $period } report of { $organisation } to { $path } ({ $count } files)
}
cli-wrote-report = wrote the { $period } report of { $organisation } to { $path }
cli-undid = undid #{ $id }: { $summary }
cli-redid = redid #{ $id }: { $summary }
cli-wrote-generated = { $n ->
    [one] wrote { $count } synthetic request to { $path }
   *[other] wrote { $count } synthetic requests to { $path }
}
cli-wrote-manual = wrote the manual pages to { $path }
cli-records = { $n ->
    [one] { $count } record
   *[other] { $count } records
}
