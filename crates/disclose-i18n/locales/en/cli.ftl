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
