# The charts' own words: titles, legends, axes, notes, source lines, data tables and the
# one-sentence summaries. Record text (names, authorities, summaries) is never here.

## What each chart is (the SVG's title)
chart-kind-requests-over-time = Requests over time
chart-kind-categories = Data asked for, provided and not held
chart-kind-matrix = Requests by data category
chart-kind-timeline = What was kept, for how long, and when that changed
chart-kind-compare = Organisations side by side

## Shared words
chart-empty = No requests in this period
chart-empty-summary = No requests in this period.
chart-no-organisation = No organisation
chart-organisations = { $count } organisations
chart-requests = { $n ->
    [one] { $count } request
   *[other] { $count } requests
}
chart-span = { $from } to { $to }
chart-source-none = Source: records in this Disclose store (no source given) · Chart: Disclose
chart-source-one = Source: { $source } · Chart: Disclose
chart-source-more = Source: { $source } and { $count } more · Chart: Disclose
chart-policy-outside = Policy changes outside this period:
chart-policies-marked = { $n ->
    [one] One policy change is marked.
   *[other] { $count } policy changes are marked.
}
chart-policies-outside = { $n ->
    [one] One more, outside this period, is listed under the chart.
   *[other] { $count } more, outside this period, are listed under the chart.
}
chart-other-processes = Other processes
chart-other-outcomes = Other outcomes
chart-unknown = Unknown
chart-by-process = process
chart-by-outcome = outcome
chart-none = none
chart-today = today
chart-held = Held
chart-not-held = Not held
chart-all-countries = All countries
chart-country = Country: { $country }
chart-thousands = { $n }k
chart-millions = { $n }M
chart-months = { $n ->
    [one] { $count } month
   *[other] { $count } months
}

## Periods on an axis
period-quarter = Q{ $part } { $year }
period-half = H{ $part } { $year }

## Data table columns
chart-col-period = Period
chart-col-total = Total
chart-col-category = Data category
chart-col-asked = Times asked for
chart-col-request = Request
chart-col-received = Received
chart-col-process = Legal process
chart-col-outcome = Outcome
chart-col-mostly = Mostly
chart-col-became = What became of it
chart-col-where = Where
chart-col-held = Held
chart-col-how-long = How long
chart-col-from = From
chart-col-until = Until
chart-col-organisation = Organisation
chart-col-requests = Requests
chart-col-at-least = At least
chart-col-at-most = At most
chart-col-figure-from = Figure from
chart-col-months = Months covered
chart-col-some-data = With some data produced
chart-col-share-some-data = Share with some data produced

## Requests over time, and one mark per request
chart-over-time-by-process = Government requests over time, by legal process
chart-over-time-by-outcome = Government requests over time, by outcome
chart-over-time-summary = { $count } requests from { $from } to { $to }, most in { $busiest } ({ $most }); by { $by }: { $split }.
chart-partial-period = { $period } holds { $covered } of its { $count } months: the records start or end within it.
chart-months-covered = { $covered } of { $count } months
chart-strip-by-process = Each government request, by legal process
chart-strip-by-outcome = Each government request, by outcome
chart-strip-summary = { $n ->
    [one] One request in { $span }, drawn as one mark; by { $by }: { $split }.
   *[other] { $count } requests in { $span }, each drawn as one mark; by { $by }: { $split }.
}

## Data asked for, provided and not held
chart-categories-title = What was asked for, and what could be handed over
chart-requests-columns = { $n ->
    [one] One request
   *[other] { $count } requests, one column each
}
chart-not-asked = Not asked for
chart-not-held-of = { $label } ({ $part } of { $count } times)
chart-not-held-count = { $count } not held
chart-tally-not-held = { $part } of { $count } not held
chart-categories-tip = { $label }: { $disposition } { $part } of { $count } times
chart-categories-all-held = { $n ->
    [one] One request asked for { $kinds } kinds of data, all of them held.
   *[other] { $count } requests asked for { $kinds } kinds of data, all of them held.
}
chart-categories-summary = { $n ->
    [one] One request asked for { $kinds } kinds of data. Not held: { $listed }.
   *[other] { $count } requests asked for { $kinds } kinds of data. Not held: { $listed }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }.
}

## Requests by data category
chart-matrix-title-periods = How often each kind of data was asked for, period by period
chart-matrix-title-requests = Each request and what became of each kind of data it named
chart-asked-times = { $n ->
    [one] Asked for once
   *[other] Asked for { $count } times
}
chart-matrix-tip = { $row }, { $label }: asked for { $count } times, mostly { $disposition }
chart-matrix-summary-periods = { $count } periods by { $kinds } kinds of data; in { $cells } cells the data was mostly not held.
chart-matrix-summary-requests = { $count } requests by { $kinds } kinds of data; in { $cells } cells the data was not held.

## What was kept
chart-timeline-title = What was kept, for how long, and when that changed
chart-timeline-held = Held (how long it is kept)
chart-no-inventory = No inventory recorded
chart-no-inventory-summary = No inventory recorded.
chart-retention-unstated = retention not stated
chart-policy-change = Policy change: { $kind }
chart-timeline-tip-held = { $label }: held, { $how }, from { $from } to { $until }
chart-timeline-tip-not-held = { $label }: not held, from { $from } to { $until }
chart-timeline-summary = { $count } places where data is or was kept, across { $held } categories held today; never held: { $never }; { $policies } policy changes marked.

## Organisations side by side
chart-compare-requests = Requests
chart-compare-process-requests = { $process } requests
chart-compare-title-years = { $what } per year, organisation by organisation
chart-compare-title-halves = { $what } per half-year, organisation by organisation
chart-compare-panels = each on its own scale
chart-compare-log = on one logarithmic scale
chart-compare-indexed = indexed to each one's first period = 100
chart-compare-bands-panels = solid: records or exact counts; outline: the rest of a published range
chart-compare-bands-shared = published ranges drawn at their upper bound
chart-compare-source = Source: request records and published transparency reports in this store · Chart: Disclose
chart-compare-empty = Nothing to compare in this period
chart-compare-empty-summary = Nothing to compare in this period.
chart-compare-partial = { $organisation } { $period }: { $count } months
chart-compare-partial-note = Years published only in part, drawn as published: { $list }.
chart-compare-part = { $organisation } { $value } in { $period }
chart-compare-summary = { $what }: { $list }.
chart-compare-summary-shares = Some data produced: { $list }.
chart-compare-share = some data produced for { $share } of requests in { $period }
chart-months-published = { $n ->
    [one] { $count } month published
   *[other] { $count } months published
}
chart-figure-records = Request records
chart-figure-published = Published report

## Provenance: the filters in words
chart-filter-organisation = Organisation: { $value }
chart-filter-period = Period: { $from } to { $to }
chart-filter-from = From: { $value }
chart-filter-until = Until: { $value }
chart-filter-all-dates = Period: all dates in the store
chart-filter-year = Year: { $value }
chart-filter-process = Legal process: { $value }
chart-filter-outcome = Outcome: { $value }
chart-filter-country = Country: { $value }
chart-filter-category = Data category: { $value }
chart-filter-disposition = What became of it: { $value }
chart-filter-search = Search: { $value }
chart-filter-scale-panels = Scale: each organisation on its own
chart-filter-scale-log = Scale: logarithmic, shared
chart-filter-scale-indexed = Scale: indexed, first year = 100
chart-filter-highlighted = Highlighted: { $value }

## Axis captions and series
chart-axis-categories = times asked for, by what became of the data
chart-axis-per = { $unit ->
    [month] requests per month
    [quarter] requests per quarter
    [half] requests per half-year
   *[year] requests per year
}
chart-series-records = request records
chart-series-published = published reports

## Where a chart file's numbers come from (PNG text, CSV comments, the embed page)
chart-meta-files = Source files
chart-meta-sources = Sources
chart-meta-filters = Filters
chart-meta-as-of = Data as of
chart-meta-no-data = no data
chart-meta-software = Software
chart-embed-records = records in a Disclose store
