# Die Wörter der Diagramme: Titel, Legenden, Achsen, Anmerkungen, Quellenzeilen,
# Datentabellen und die Zusammenfassungen in einem Satz. Text aus den Datensätzen
# (Namen, Behörden, Zusammenfassungen) steht nie hier.

## Was jedes Diagramm ist (der Titel der SVG-Datei)
chart-kind-requests-over-time = Anfragen im Zeitverlauf
chart-kind-categories = Angefragte, herausgegebene und nicht vorhandene Daten
chart-kind-matrix = Anfragen nach Datenkategorie
chart-kind-timeline = Was wie lange gespeichert wurde und wann sich das änderte
chart-kind-compare = Organisationen im Vergleich

## Gemeinsame Wörter
chart-empty = Keine Anfragen in diesem Zeitraum
chart-empty-summary = Keine Anfragen in diesem Zeitraum.
chart-no-organisation = Keine Organisation
chart-organisations = { $count } Organisationen
chart-requests = { $n ->
    [one] { $count } Anfrage
   *[other] { $count } Anfragen
}
chart-span = { $from } bis { $to }
chart-source-none = Quelle: Datensätze in diesem Disclose-Speicher (keine Quelle angegeben) · Diagramm: Disclose
chart-source-one = Quelle: { $source } · Diagramm: Disclose
chart-source-more = Quelle: { $source } und { $count } weitere · Diagramm: Disclose
chart-policy-outside = Richtlinienänderungen außerhalb dieses Zeitraums:
chart-policies-marked = { $n ->
    [one] Eine Richtlinienänderung ist markiert.
   *[other] { $count } Richtlinienänderungen sind markiert.
}
chart-policies-outside = { $n ->
    [one] Eine weitere, außerhalb dieses Zeitraums, steht unter dem Diagramm.
   *[other] { $count } weitere, außerhalb dieses Zeitraums, stehen unter dem Diagramm.
}
chart-other-processes = Andere Verfahren
chart-other-outcomes = Andere Ergebnisse
chart-unknown = Unbekannt
chart-by-process = Verfahren
chart-by-outcome = Ergebnis
chart-none = keine
chart-today = heute
chart-held = Vorhanden
chart-not-held = Nicht vorhanden
chart-all-countries = Alle Länder
chart-country = Land: { $country }
chart-thousands = { $n } Tsd.
chart-millions = { $n } Mio.
chart-months = { $n ->
    [one] { $count } Monat
   *[other] { $count } Monate
}

## Zeiträume auf einer Achse
period-quarter = Q{ $part } { $year }
period-half = H{ $part } { $year }

## Spalten der Datentabellen
chart-col-period = Zeitraum
chart-col-total = Gesamt
chart-col-category = Datenkategorie
chart-col-asked = Wie oft angefragt
chart-col-request = Anfrage
chart-col-received = Eingegangen
chart-col-process = Rechtsverfahren
chart-col-outcome = Ergebnis
chart-col-mostly = Überwiegend
chart-col-became = Was daraus wurde
chart-col-where = Wo
chart-col-held = Vorhanden
chart-col-how-long = Wie lange
chart-col-from = Von
chart-col-until = Bis
chart-col-organisation = Organisation
chart-col-requests = Anfragen
chart-col-at-least = Mindestens
chart-col-at-most = Höchstens
chart-col-figure-from = Zahl aus
chart-col-months = Erfasste Monate
chart-col-some-data = Mit herausgegebenen Daten
chart-col-share-some-data = Anteil mit herausgegebenen Daten

## Anfragen im Zeitverlauf, und eine Marke je Anfrage
chart-over-time-by-process = Behördliche Anfragen im Zeitverlauf, nach Rechtsverfahren
chart-over-time-by-outcome = Behördliche Anfragen im Zeitverlauf, nach Ergebnis
chart-over-time-summary = { $count } Anfragen von { $from } bis { $to }, die meisten im Zeitraum { $busiest } ({ $most }); nach { $by }: { $split }.
chart-partial-period = { $period } umfasst { $covered } seiner { $count } Monate: Die Datensätze beginnen oder enden darin.
chart-months-covered = { $covered } von { $count } Monaten
chart-strip-by-process = Jede behördliche Anfrage, nach Rechtsverfahren
chart-strip-by-outcome = Jede behördliche Anfrage, nach Ergebnis
chart-strip-summary = { $n ->
    [one] Eine Anfrage im Zeitraum { $span }, als eine Marke gezeichnet; nach { $by }: { $split }.
   *[other] { $count } Anfragen im Zeitraum { $span }, jede als eine Marke gezeichnet; nach { $by }: { $split }.
}

## Angefragte, herausgegebene und nicht vorhandene Daten
chart-categories-title = Was angefragt wurde und was herausgegeben werden konnte
chart-requests-columns = { $n ->
    [one] Eine Anfrage
   *[other] { $count } Anfragen, je eine Spalte
}
chart-not-asked = Nicht angefragt
chart-not-held-of = { $label } ({ $part } von { $count } Malen)
chart-not-held-count = { $count } nicht vorhanden
chart-tally-not-held = { $part } von { $count } nicht vorhanden
chart-categories-tip = { $label }: { $disposition } { $part } von { $count } Malen
chart-categories-all-held = { $n ->
    [one] Eine Anfrage betraf { $kinds } Arten von Daten, alle vorhanden.
   *[other] { $count } Anfragen betrafen { $kinds } Arten von Daten, alle vorhanden.
}
chart-categories-summary = { $n ->
    [one] Eine Anfrage betraf { $kinds } Arten von Daten. Nicht vorhanden: { $listed }.
   *[other] { $count } Anfragen betrafen { $kinds } Arten von Daten. Nicht vorhanden: { $listed }{ $more ->
        [0] {""}
       *[other] {" "}und { $more } weitere
    }.
}

## Anfragen nach Datenkategorie
chart-matrix-title-periods = Wie oft jede Art von Daten angefragt wurde, Zeitraum für Zeitraum
chart-matrix-title-requests = Jede Anfrage und was aus jeder Art von Daten wurde, die sie nannte
chart-asked-times = { $n ->
    [one] Einmal angefragt
   *[other] { $count }-mal angefragt
}
chart-matrix-tip = { $row }, { $label }: { $count }-mal angefragt, überwiegend { $disposition }
chart-matrix-summary-periods = { $count } Zeiträume mal { $kinds } Arten von Daten; in { $cells } Feldern waren die Daten überwiegend nicht vorhanden.
chart-matrix-summary-requests = { $count } Anfragen mal { $kinds } Arten von Daten; in { $cells } Feldern waren die Daten nicht vorhanden.

## Was gespeichert wurde
chart-timeline-title = Was wie lange gespeichert wurde und wann sich das änderte
chart-timeline-held = Vorhanden (wie lange gespeichert)
chart-no-inventory = Kein Datenbestand erfasst
chart-no-inventory-summary = Kein Datenbestand erfasst.
chart-retention-unstated = Speicherdauer nicht angegeben
chart-policy-change = Richtlinienänderung: { $kind }
chart-timeline-tip-held = { $label }: vorhanden, { $how }, von { $from } bis { $until }
chart-timeline-tip-not-held = { $label }: nicht vorhanden, von { $from } bis { $until }
chart-timeline-summary = { $count } Orte, an denen Daten gespeichert sind oder waren, über { $held } heute vorhandene Kategorien; nie vorhanden: { $never }; { $policies } Richtlinienänderungen markiert.

## Organisationen im Vergleich
chart-compare-requests = Anfragen
chart-compare-process-requests = Anfragen: { $process }
chart-compare-title-years = { $what } pro Jahr, Organisation für Organisation
chart-compare-title-halves = { $what } pro Halbjahr, Organisation für Organisation
chart-compare-panels = jede auf eigener Skala
chart-compare-log = auf einer gemeinsamen logarithmischen Skala
chart-compare-indexed = indexiert auf den jeweils ersten Zeitraum = 100
chart-compare-bands-panels = gefüllt: Datensätze oder genaue Zahlen; Umriss: der Rest einer veröffentlichten Spanne
chart-compare-bands-shared = veröffentlichte Spannen an ihrer Obergrenze gezeichnet
chart-compare-source = Quelle: Anfragedatensätze und veröffentlichte Transparenzberichte in diesem Speicher · Diagramm: Disclose
chart-compare-empty = Nichts zu vergleichen in diesem Zeitraum
chart-compare-empty-summary = Nichts zu vergleichen in diesem Zeitraum.
chart-compare-partial = { $organisation } { $period }: { $count } Monate
chart-compare-partial-note = Nur teilweise veröffentlichte Jahre, wie veröffentlicht gezeichnet: { $list }.
chart-compare-part = { $organisation } { $value } im Zeitraum { $period }
chart-compare-summary = { $what }: { $list }.
chart-compare-summary-shares = Mit herausgegebenen Daten: { $list }.
chart-compare-share = Daten herausgegeben bei { $share } der Anfragen im Zeitraum { $period }
chart-months-published = { $n ->
    [one] { $count } Monat veröffentlicht
   *[other] { $count } Monate veröffentlicht
}
chart-figure-records = Anfragedatensätze
chart-figure-published = Veröffentlichter Bericht

## Herkunft: die Filter in Worten
chart-filter-organisation = Organisation: { $value }
chart-filter-period = Zeitraum: { $from } bis { $to }
chart-filter-from = Ab: { $value }
chart-filter-until = Bis: { $value }
chart-filter-all-dates = Zeitraum: alle Daten im Speicher
chart-filter-year = Jahr: { $value }
chart-filter-process = Rechtsverfahren: { $value }
chart-filter-outcome = Ergebnis: { $value }
chart-filter-country = Land: { $value }
chart-filter-category = Datenkategorie: { $value }
chart-filter-disposition = Was daraus wurde: { $value }
chart-filter-search = Suche: { $value }
chart-filter-scale-panels = Skala: jede Organisation auf eigener
chart-filter-scale-log = Skala: logarithmisch, gemeinsam
chart-filter-scale-indexed = Skala: indexiert, erstes Jahr = 100
chart-filter-highlighted = Hervorgehoben: { $value }

## Achsenbeschriftungen und Reihen
chart-axis-categories = wie oft angefragt, nach dem, was aus den Daten wurde
chart-axis-per = { $unit ->
    [month] Anfragen pro Monat
    [quarter] Anfragen pro Quartal
    [half] Anfragen pro Halbjahr
   *[year] Anfragen pro Jahr
}
chart-series-records = Anfragedatensätze
chart-series-published = veröffentlichte Berichte

## Woher die Zahlen einer Diagrammdatei stammen (PNG-Text, CSV-Kommentare, Einbettung)
chart-meta-files = Quelldateien
chart-meta-sources = Quellen
chart-meta-filters = Filter
chart-meta-as-of = Datenstand
chart-meta-no-data = keine Daten
chart-meta-software = Software
chart-embed-records = Datensätze in einem Disclose-Speicher
