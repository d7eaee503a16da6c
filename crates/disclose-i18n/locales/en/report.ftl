# The transparency report: its headings, table columns and generated sentences. The
# staff's texts and record text (authorities, summaries) are never here.

## Counts and sentences of the summary
report-fewer-than = fewer than { $band }
report-government-requests = { $n ->
    [0] no government requests
    [one] { $count } government request
   *[other] { $count } government requests
}
report-summary-none = We recorded no government requests for user data in { $period }.
report-summary-received = In { $period } we received { $requests } for user data; { $accounts }.
report-accounts-unknown = the records do not say how many accounts they specified
report-accounts-specified = { $n ->
    [one] { $count } account was specified
   *[other] { $count } accounts were specified
}
report-produced-it = we produced some data for it
report-produced-all = we produced some data for all of them
report-produced-some = we produced some data for { $count }
report-answered-no-data = found no data to produce for { $count }
report-answered-rejected = rejected { $count }
report-answered-withdrawn = { $n ->
    [one] saw withdrawn { $count }
   *[other] saw withdrawn { $count }
}
report-of-these = Of these, { $list }.
report-pending = { $n ->
    [one] { $count } is still pending at the time of writing.
   *[other] { $count } are still pending at the time of writing.
}
report-outcome-unrecorded = { $n ->
    [one] The outcome is not recorded for { $count } request.
   *[other] The outcome is not recorded for { $count } requests.
}
report-nondisclosure = { $n ->
    [one] { $count } request came with a nondisclosure order.
   *[other] { $count } requests came with a nondisclosure order.
}
report-notified-unrecorded = Whether users were notified is not recorded for any of them.
report-notified-none = { $n ->
    [one] Users were not notified in any of the { $count } request where notification is recorded
   *[other] Users were not notified in any of the { $count } requests where notification is recorded
}
report-notified-some = { $n ->
    [one] We notified the users of { $count } request
   *[other] We notified the users of { $count } requests
}
report-notified-partly-recorded = { $said }; notification is not recorded for { $unknown }.
report-sentence = { $said }.
report-median = It took a median of { $days } to answer a request.
report-days = { $n ->
    [one] { $count } day
   *[other] { $count } days
}

## Figures and changes
report-title = Transparency report { $period }
report-span = { $from } to { $to }
report-none = none
report-not-stated = not stated
report-no-change = no change
report-change = { $d } ({ $p }%)
report-change-none-before = { $d } (none before)
report-between = between { $lo } and { $hi }
report-times = { $n ->
    [one] once
   *[other] { $count } times
}
report-not-held-always = We were asked for { $what } { $times }; we did not hold it.
report-not-held-sometimes = We were asked for { $what } { $times }; { $part } of those times we did not hold it.
report-context-line = { $months ->
    [12] { $name } published { $figure } government requests for user data in { $year } (all legal processes).
   *[other] { $name } published { $figure } government requests for user data in { $year }, for { $months } months of it (all legal processes).
}
report-reach-line = { $who }{ $label }: { $then } when the first request arrived ({ $date }); { $now } today{ $after }.
report-reach-after = , after { $causes }

## Headings, captions and columns
report-summary-heading = Summary
report-fig-requests = requests received
report-fig-accounts = accounts specified
report-fig-some-data = with some data produced ({ $count })
report-fig-nondisclosure = with a nondisclosure order
report-by-process-caption = Requests by legal process
report-by-country-caption = Requests by country
report-col-process = Legal process
report-col-requests = Requests
report-col-country = Country
report-compared-heading = Compared with the period before
report-nothing-before = We recorded no requests in the period before ({ $previous }), so there is nothing to compare with.
report-compared-caption = { $period } beside the period before ({ $previous })
report-col-figure = Figure
report-col-before = Before
report-col-change = Change
report-row-requests = Requests
report-row-accounts = Accounts specified
report-row-some-data = With some data produced
report-row-rejected = Rejected
report-row-nondisclosure = With a nondisclosure order
report-row-notified = Users notified
report-categories-heading = What was asked for, and what we could provide
report-categories-caption = Each kind of data: how often it was asked for and what became of it
report-col-data = Data
report-col-asked = Asked for
report-col-provided = Provided
report-col-partly = Partly
report-col-not-held = Not held
report-col-withheld = Withheld
report-col-pending = Pending
report-inventory-heading = What we hold (as of { $date })
report-inventory-caption = The inventory on { $date }
report-col-held = Held
report-col-how-long = For how long
report-col-where = Where
report-yes = yes
report-no = no
report-policy-heading = Policy changes in { $period }
report-source = Source: { $source }
report-source-link = source
report-no-policy = No policy changes in this period.
report-requests-heading = Requests
report-requests-caption = Each request of the period
report-col-reference = Reference
report-col-received = Received
report-col-answered = Answered
report-col-authority = Authority
report-col-outcome = Outcome
report-col-data-asked = Data asked for
report-unlisted = { $n ->
    [one] …and one more request, counted above but not listed.
   *[other] …and { $n } more requests, counted above but not listed.
}
report-exposure-heading = What the same requests would reach today
report-exposure-none = Everything these requests asked for would be held today ({ $today }) as it was when they arrived.
report-context-heading = In context: other organisations' published counts
report-context-none = No other organisation's published counts for these years are in our records.
report-methodology-heading = Methodology and notes
report-methodology-default = Counts are of requests received in the period. Dates are as precise as our records: a month means the day is not recorded. Accounts are counted once per investigation.
report-band-note = Counts below { $band } are shown as "fewer than { $band }", so that small numbers cannot point at anyone.
report-no-identifiers = No account identifiers appear in this report.
report-contact-heading = Contact
report-produced-with = Produced with { $software }.
report-the-numbers = The numbers

## The standards checklist: what a transparency report is expected to state
checklist-covered = covered
checklist-available = available
checklist-missing = missing
checklist-source-oti = OTI Transparency Reporting Toolkit
checklist-source-rdr-p11a = Ranking Digital Rights P11a
checklist-source-rdr-p12 = Ranking Digital Rights P12
checklist-source-dsa = EU DSA Implementing Regulation 2024/2835, Part 3
checklist-record = { $n ->
    [one] record { $what } for the { $missing } of { $count } request that lacks it
   *[other] record { $what } for the { $missing } of { $count } requests that lack it
}
checklist-turn-on = turn on { $section }
checklist-section-categories = the categories section
checklist-section-requests = the list of requests
checklist-oti-process-types = Requests by type of legal process
checklist-oti-accounts = Accounts specified, apart from requests
checklist-oti-outcomes = Outcomes: rejected, no data, data disclosed
checklist-oti-content-split = Content and non-content data disclosed apart
checklist-oti-notification = Notification: sealed, not sealed with notice, not sealed without notice
checklist-oti-emergency = Emergency requests counted apart
checklist-oti-foreign = Requests from outside the country
checklist-rdr-p11a-by-country = Requests by country
checklist-rdr-p11a-by-authority = Requests by legal authority
checklist-rdr-p11a-accounts-affected = Number of accounts affected
checklist-rdr-p11a-compliance = How often the company complied, per type of request
checklist-rdr-p11a-barred = What the company is legally barred from reporting
checklist-rdr-p11a-yearly = Published at least once a year
checklist-rdr-p11a-structured = A structured, machine-readable version
checklist-rdr-p12-notification = User notification: policy and counts
checklist-dsa-orders-per-member-state = Orders to provide information per Member State
checklist-dsa-orders-per-category = Orders per category of information
checklist-dsa-median-time = Median time to give effect to an order
checklist-how-process-table = the summary's table of legal processes
checklist-how-accounts = the summary: accounts specified
checklist-do-accounts = record the accounts each request (or its matter) specified
checklist-what-outcome = the outcome
checklist-how-outcomes = the summary: produced, no data, rejected, withdrawn, pending
checklist-how-categories = the categories section: each kind of data and what was provided
checklist-what-categories = the data each request asked for
checklist-what-notified = whether the users were notified
checklist-how-notification = the summary: nondisclosure orders and users notified
checklist-how-emergency = the summary's table of legal processes (emergency is a process)
checklist-what-country = the requesting country
checklist-how-countries = the summary's table of countries
checklist-how-authority = the list of requests: authority of each
checklist-what-authority = the requesting authority
checklist-how-compliance = the summary: share with some data produced
checklist-how-methodology = the methodology written for this report
checklist-do-methodology = say in the methodology what the law bars you from reporting, or that nothing is barred
checklist-how-yearly = the report covers a year or less
checklist-do-yearly = report on periods of a year or less
checklist-how-structured = data.json and CSV beside the report
checklist-do-structured = publish as a folder (Publish…, --format site): data.json and CSV
checklist-how-notified = the summary: users notified
checklist-what-answered = the day each request was answered
checklist-how-median = the summary: median days to answer
checklist-how-categories-section = the categories section

## The published folder's figures (data.json and CSV)
figure-requests = Requests received
figure-requests-definition = Government requests for user data received in the period (by the day they arrived).
figure-accounts_specified = Accounts specified
figure-accounts_specified-definition = Accounts the requests specified: a matter's total once, else each request's count; unknown counts add nothing.
figure-some_data_produced = With some data produced
figure-some_data_produced-definition = Requests answered with some data (outcome complied or partly complied).
figure-nondisclosure_orders = With a nondisclosure order
figure-nondisclosure_orders-definition = Requests that came with an order not to tell the user.
figure-users_notified = Users notified
figure-users_notified-definition = Requests whose users were told.
figure-users_notified_unknown = Notification not recorded
figure-users_notified_unknown-definition = Requests for which the records do not say whether users were told.
