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

## disclose import, validate
cli-imported = importiert
cli-valid = gültig:
cli-nothing = nichts
cli-import-line = { $file } ({ $format }): hinzugefügt { $added }; { $unchanged } unverändert
cli-import-replaced = ; { $count } ersetzt
cli-import-created = { $n ->
    [one] ; Organisation { $ids } angelegt (mit einem Bündel benennen)
   *[other] ; Organisationen { $ids } angelegt (mit einem Bündel benennen)
}
cli-import-warnings = { $n ->
    [one] ; { $count } Warnung
   *[other] ; { $count } Warnungen
}
cli-skipped = übersprungen { $file }: { $reason }
cli-entry = #{ $id }: { $summary }
cli-deleted = #{ $id }: { $summary } (disclose undo holt es zurück)
cli-error = Fehler: { $message }
cli-problems = { $n ->
    [one] Fehler: { $file }: { $count } Problem; nichts wurde geschrieben
   *[other] Fehler: { $file }: { $count } Probleme; nichts wurde geschrieben
}

## Spalten und Wörter der Tabellen
cli-col-organisation = Organisation
cli-col-category = Kategorie
cli-col-held = vorhanden
cli-col-how-long = wie lange
cli-col-where = wo
cli-col-country = Land
cli-col-period = Zeitraum
cli-col-value = Wert
cli-col-some-data = mit Daten
cli-col-per-request = Konten/Anfr.
cli-col-source = Quelle
cli-col-requests = Anfragen
cli-col-published = veröffentlicht
cli-col-inventory = Bestand
cli-col-policy = Richtlinien
cli-unknown = unbekannt
cli-all-countries = alle Länder

## disclose inventory
cli-inventory-as-of = Datenbestand am { $date }

## disclose compare
cli-compare-nothing = nichts zu vergleichen: keine Datensätze oder veröffentlichten Zahlen passen
cli-from-records = Anfragedatensätze
cli-from-published = veröffentlichte Zahlen
cli-from-published-part = veröffentlichte Zahlen, { $covered } von { $count } Monaten
cli-changes-none = keine Veränderungen: keine Organisation hat zwei aufeinanderfolgende Zeiträume mit genauen Zahlen
cli-change = { $organisation }, { $place }: { $from } { $before } bis { $to } { $after }: { $change }

## disclose sources
cli-library-empty = noch keine veröffentlichten Zahlen: Importieren Sie die Dateien eines Unternehmens, einen Ordner oder ein Zip
cli-lib-layout = Format
cli-lib-periods = Zeiträume
cli-lib-counts = Zahlen
cli-lib-file = Datei
cli-lib-newer = neuere unter
cli-lib-span = { $from } bis { $to } ({ $count } Zeiträume)

## disclose info
cli-info-store = Speicher
cli-info-schema = Schema
cli-info-version = Version { $version }
cli-info-empty = leer: noch nichts importiert

## disclose exposure
cli-exposure-request = Anfrage { $id } an { $organisation }, nachgespielt:
cli-exposure-any = Eine Anfrage an { $organisation }, nachgespielt:
cli-exposure-row = { $label }: am { $then_date } { $then }; am { $now_date } { $now } — { $verdict }
cli-exposure-unchanged = unverändert
cli-exposure-changed-by = geändert nach { $causes }
cli-exposure-changed-unrecorded = geändert, ohne dafür erfasste Richtlinienänderung
cli-exposure-changed = { $changed } von { $count } angefragten Kategorien änderten sich zwischen den beiden Tagen
cli-history-none = noch keine Änderungen
cli-history-undone = rückgängig gemacht
cli-history-kept = (die letzten { $kept } Änderungen bleiben erhalten; ältere lassen sich nicht rückgängig machen)

## Was ein Befehl getan hat
cli-exported = { $n ->
    [one] { $count } Anfrage nach { $path } exportiert
   *[other] { $count } Anfragen nach { $path } exportiert
}
cli-wrote-template = die Standardvorlage nach { $path } geschrieben
cli-wrote-texts = { $n ->
    [one] { $count } Text nach { $path } geschrieben
   *[other] { $count } Texte nach { $path } geschrieben
}
cli-published-report = { $n ->
    [one] den Bericht { $period } von { $organisation } nach { $path } veröffentlicht ({ $count } Datei)
   *[other] den Bericht { $period } von { $organisation } nach { $path } veröffentlicht ({ $count } Dateien)
}
cli-wrote-report = den Bericht { $period } von { $organisation } nach { $path } geschrieben
cli-undid = rückgängig gemacht #{ $id }: { $summary }
cli-redid = wiederholt #{ $id }: { $summary }
cli-wrote-generated = { $n ->
    [one] { $count } synthetische Anfrage nach { $path } geschrieben
   *[other] { $count } synthetische Anfragen nach { $path } geschrieben
}
cli-wrote-manual = die Handbuchseiten nach { $path } geschrieben
cli-records = { $n ->
    [one] { $count } Datensatz
   *[other] { $count } Datensätze
}
