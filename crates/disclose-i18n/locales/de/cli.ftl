# Die Ausgabe der Befehlszeile für Menschen.

## disclose requests
cli-requests-range = Anfragen { $first }–{ $last } von { $total }
cli-requests-organisation = Organisation
cli-requests-id = Kennung
cli-requests-received = eingegangen
cli-requests-process = Verfahren
cli-requests-outcome = Ausgang
cli-requests-country = Land
cli-requests-accounts = Konten
cli-requests-not-held = nicht vorhanden
# „2 von 4“: nicht vorhandene von den angefragten Kategorien.
cli-requests-of = { $part } von { $whole }
cli-facet-organisation = nach Organisation
cli-facet-year = nach Jahr
cli-facet-process = nach Verfahren
cli-facet-outcome = nach Ausgang
cli-facet-country = nach Land
cli-facet-category = nach Kategorie
cli-facet-disposition = nach Herausgabe

## disclose stats
cli-stats-requests = Anfragen
cli-stats-accounts = angegebene Konten
cli-stats-some-data = mit herausgegebenen Daten
cli-stats-nondisclosure = Schweigeanordnungen
cli-stats-notified = benachrichtigte Nutzer
cli-stats-not-recorded = (für { $n } nicht erfasst)
cli-stats-not-held = angefragt, nicht vorhanden
cli-stats-category = Kategorie
cli-stats-requested = angefragt

## disclose report --checklist
cli-checklist-covered = { $covered } von { $count } Punkten abgedeckt
