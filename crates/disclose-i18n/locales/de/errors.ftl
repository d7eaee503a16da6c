# Worte, die die Crates bilden, bevor feststeht, in welcher Sprache sie gelesen werden
# (Fehlermeldungen, Probleme in eingelesenen Dateien, die Zusammenfassungen des Verlaufs, die
# Quellenangabe einer Zahl), gesagt, wo sie erscheinen. Das Fenster bekommt sie schon
# gesagt: es liest diese Datei nicht.
# „expected-…“ ergänzen „erwartet …“; „found-…“ sagen, was eine Datei stattdessen enthielt.

## Der Rahmen eines Problems
problem-warning = Warnung:{" "}
problem-at-field = Feld „{ $field }“
problem-at-found = gefunden „{ $found }“
problem-at-expected = erwartet: { $expected }
problems-none = keine Fehler
problems-and-more = { $first } (und { $more ->
    [one] ein weiterer Fehler
   *[other] { $more } weitere Fehler
})

## Der Speicher und das System
error-was-cancelled = abgebrochen; nichts wurde geschrieben
error-busy = der Speicher ist belegt: ein anderes Programm (ein zweites Disclose, die App oder die Kommandozeile, oder ein SQLite-Werkzeug) schreibt gerade hinein; nichts wurde geschrieben, versuchen Sie es erneut, wenn es fertig ist
error-store-damaged = der Speicher ist beschädigt (SQLite findet ihn fehlerhaft: eine abgeschnittene oder teilweise überschriebene Datei); nichts wurde geschrieben, und Disclose schreibt nicht hinein. Öffnen Sie einen anderen Speicher oder stellen Sie diesen aus einer Sicherung oder einem exportierten Paket wieder her
error-disk-full = der Datenträger ist voll (oder die Datei darf nicht weiter wachsen); nichts wurde geschrieben. Schaffen Sie Platz und versuchen Sie es erneut
error-store-read-only = der Speicher ist hier schreibgeschützt (seine Datei oder sein Ordner darf nicht beschrieben werden); nichts wurde geschrieben
error-store-unreadable = der Speicher konnte nicht gelesen oder geschrieben werden ({ $detail }); nichts wurde geschrieben
error-database = Datenbankfehler: { $detail }
error-io-not-found = Datei oder Ordner nicht gefunden
error-io-permission = Zugriff verweigert
error-io-exists = eine Datei dieses Namens gibt es schon
error-io-is-folder = das ist ein Ordner, keine Datei
error-io-not-folder = ein Teil des Pfads ist kein Ordner
error-io-disk-full = der Datenträger ist voll
error-io-read-only = das Dateisystem ist schreibgeschützt

## Was ein Wert sein muss
expected-id = eine Kennung aus 1 bis 128 Buchstaben, Ziffern und . _ : / # - (nicht beginnend mit - = + @)
expected-on-or-after-received = ein Datum am oder nach dem Eingang ({ $received })
expected-country-code = ein Ländercode nach ISO 3166-1 Alpha-2 in Großbuchstaben, etwa DE
expected-at-most-chars = höchstens { $max } Zeichen
expected-category-once = jede Kategorie höchstens einmal je Anfrage, mit einem Verbleib
expected-sha256 = 64 hexadezimale Ziffern in Kleinbuchstaben
expected-identifier = eine nicht leere Kontokennung
expected-nothing-provided-no-data = keine herausgegebene Kategorie, wenn das Ergebnis no_data ist
expected-date = ein Datum als JJJJ-MM-TT, JJJJ-MM oder JJJJ, oder ein unsicherer Zeitraum START/ENDE (etwa 2023-03/2023-04)
expected-retention = eine Dauer nach ISO 8601 wie P90D oder P1Y6M, oder account_lifetime, indefinite oder none
expected-one-of = eines von { $list }
expected-or-value-map = { $expected } (oder eine Werteliste in der Zuordnungsdatei)
expected-date-or-mapping = { $date } (andere Formate brauchen date_formats in einer Zuordnungsdatei)
expected-date-or-formats = { $date } oder eines der date_formats der Zuordnung
expected-whole-number = eine ganze Zahl, 0 oder mehr
expected-true-false-yes-no = true oder false (auch yes/no, 1/0)
expected-columns-for = Spalten für { $columns } (benennen Sie sie in der Kopfzeile oder ordnen Sie sie in der Zuordnungsdatei zu)
expected-country-or-map = ein Ländername oder ISO-3166-1-Code (andere unter values.country zuordnen)
expected-number-or-band = eine Zahl, eine Spanne wie 1.250 - 1.499, oder leer für unbekannt
expected-utf8-not-utf16 = UTF-8-Text (diese Datei ist UTF-16; speichern Sie sie erneut als UTF-8)
found-utf16-mark = UTF-16-Bytereihenfolgemarke
expected-utf8-not-latin1 = UTF-8-Text (die Datei sieht nach Latin-1 oder Windows-1252 aus; speichern Sie sie erneut als UTF-8)
found-bytes = Bytes { $bytes }
expected-utf8-read-as-replacement = UTF-8-Text: als � gelesen; die Zeile wird eingelesen, wo eine andere Spalte den Wert klärt
expected-csv = wohlgeformtes CSV ({ $detail })
error-bundle-no-columns = { $file }: ein Paket hat keine Spalten zum Zuordnen; lesen Sie es ein, wie es ist
expected-header-row = eine Kopfzeile, die die Spalten benennt
found-empty-file = eine leere Datei
error-delimiter-not-ascii = das Trennzeichen „{ $delimiter }“ ist kein einzelnes ASCII-Zeichen
expected-readable-xlsx = eine lesbare .xlsx-Arbeitsmappe ({ $detail })
expected-readable-sheet = ein lesbares Tabellenblatt ({ $detail })
expected-microsoft-header = eine Kopfzeile mit „Total Number of Law Enforcement Requests“
expected-microsoft-half-year = ein Halbjahr im Dateinamen (_2015_H2) oder im Titel („July - December 2015“)
expected-country-name-or-code = ein Ländername oder ISO-Code

## Pakete (JSON)
expected-bundle-text-limit = ein Text von höchstens { $bytes } Bytes (die Grenze für einen Wert eines Pakets)
found-text-of-more-than = ein Text von mehr als { $bytes } Bytes
found-unknown-key = unbekannter Schlüssel
expected-list = eine Liste ([...])
expected-valid-json = gültiges JSON ({ $detail })
expected-valid-json-at = gültiges JSON ({ $detail } in Spalte { $column })
found-a-list = eine Liste
found-a-string = eine Zeichenkette
found-true-or-false = true oder false
found-a-number = eine Zahl
found-an-object = ein Objekt
found-nothing = nichts
expected-bundle-object = ein JSON-Objekt mit "format": "disclose-bundle"
expected-a-bundle = ein Disclose-Paket: ein JSON-Objekt mit "format": "disclose-bundle"
found-no-format-key = kein Schlüssel format
expected-format-key = "format": "disclose-bundle" (ist das ein Disclose-Paket?)
expected-bundle-version-newer = Version 1 bis { $newest } (dieses Paket stammt von einem neueren Disclose; aktualisieren Sie Disclose, um es zu lesen)
expected-bundle-version = die Zahl { $versions }
expected-known-field = ein bekanntes Feld: { $fields }
found-unknown-field = unbekanntes Feld
expected-required-field = ein Wert: das Feld ist Pflicht
expected-a-number = eine Zahl
expected-true-or-false = true oder false
expected-object-for = ein Objekt ({"{"}...{"}"}) für { $name }
expected-record-or-end = ein Datensatz oder das Ende der Liste (])
expected-comma-or-end = ein Komma zwischen Datensätzen oder das Ende der Liste (])

## Ordner und Zip-Archive
expected-folder-files = ein Ordner mit höchstens { $max } Dateien
found-more-files = mehr als { $max } Dateien
expected-zip = ein Zip-Archiv
expected-zip-files = ein Zip-Archiv mit höchstens { $max } Dateien
found-files = { $count } Dateien
expected-zip-entry = ein lesbarer Eintrag des Zip-Archivs
expected-zip-inside = Einträge innerhalb des Archivs (kein "../" und keine absoluten Pfade)
expected-zip-not-nested = ein Zip-Archiv aus Dateien, nicht aus weiteren Zip-Archiven
expected-inflate-ratio = Einträge, die sich höchstens { $max }-fach entpacken (die Grenze gegen Dekompressionsbomben)
found-inflating = { $name } entpackt sich { $times }-fach, auf { $bytes } Bytes
expected-zip-inflated = ein Zip-Archiv von höchstens { $max } Bytes entpackt
found-inflated = { $bytes } Bytes entpackt
expected-zip-declared = Einträge, die nicht größer sind, als das Archiv angibt
found-inflating-past = { $name } entpackt sich über die angegebenen { $bytes } Bytes hinaus
skipped-zip-in-folder = ein Zip-Archiv in einem Ordner (lesen Sie das Zip-Archiv einzeln ein)
skipped-not-data = kein .json-Paket, keine .csv- und keine .xlsx-Datei
skipped-xlsx-unknown = eine .xlsx in keinem bekannten Format (lesen Sie sie einzeln mit einer Zuordnungsdatei ein)
skipped-closest = ein bekanntes Format; am nächsten: { $closest }

## Veröffentlichte Formate
layout-missing = { $layout } (es fehlen { $columns })
layout-none = keines
layout-publisher-in-report = der im Bericht genannte Dienst
expected-a-layout = eine Anfragenliste oder ein veröffentlichtes Format: { $tried }; für ein anderes Format schreiben Sie eine Zuordnungsdatei (--mapping)
found-no-layout = keines der bekannten Formate
expected-period-end = ein Enddatum des Zeitraums als JJJJ-MM-TT
expected-year = ein Jahr wie 2023
expected-start-end-dates = Anfangs- und Enddatum wie 1/1/13
expected-file-name-half = ein Dateiname, der auf _JJJJ_H1 oder _JJJJ_H2 endet
expected-year-months = ein Jahr und eine Monatsspanne wie Jan-Jun
expected-period-text = ein Zeitraum wie "January - June 2017", "2025-07-01 - 2025-12-31" oder "H1 2025"
expected-year-half = ein Jahr und ein Halbjahr, 1 oder 2
expected-known-wording = eine bekannte Formulierung: { $words }
expected-percentage = ein Prozentwert von 0 bis 100
expected-both-bounds = beide Grenzen der Spanne oder keine
expected-band-order = eine Spanne, deren untere Grenze nicht über der oberen liegt
expected-bound-above-zero = eine Grenze über null nach "<"
expected-band = eine Spanne wie 0 - 249
expected-count = eine Anzahl von null oder mehr
expected-published-number = eine Zahl (leer oder -, wo keine veröffentlicht ist)
expected-service = der Dienst, um den es im Bericht geht
expected-iso-country-strict = ein Land nach ISO 3166 (ohne --strict werden andere Orte unter ihrem Namen behalten)
expected-iso-country-kept = ein Land nach ISO 3166: als eigener Ort unter seinem veröffentlichten Namen behalten, in den Summen mitgezählt
expected-file-kind = ein .json-Paket, eine .csv- oder eine .xlsx-Datei
found-no-extension = keine Endung
expected-one-known-file = mindestens eine Datei in einem bekannten Format

## Grenzen
found-row-too-long = eine Zeile von mehr als { $bytes } Bytes
expected-row-limit = Zeilen von höchstens { $bytes } Bytes (die Grenze für eine Zeile einer Tabelle)
expected-cell-limit = Zellen von höchstens { $bytes } Bytes (die Grenze für eine Zelle)
found-bytes-count = { $bytes } Bytes
expected-xlsx-readable-by-reader = eine XLSX-Arbeitsmappe, die sich einlesen lässt
found-xlsx-malformed = eine Arbeitsmappe, an der das Einlesen scheitert (fehlerhafte Teile)
expected-xlsx-inflate-ratio = eine XLSX, deren Teile sich höchstens { $max }-fach entpacken (die Grenze gegen Dekompressionsbomben)
found-inflating-from = { $name } entpackt sich { $times }-fach, von { $from } auf { $bytes } Bytes
expected-xlsx-inflated = eine XLSX von höchstens { $max } Bytes entpackt (die Grenze für eine Arbeitsmappe)

## Tabellen (CSV, XLSX)
expected-column-once = jede Spalte einmal
found-second-column = eine zweite Spalte für { $column }: „{ $name }“
expected-canonical-column = eine Standardspalte ({ $columns }) oder eine Zuordnungsdatei (--mapping), die sie zuordnet oder übergeht
found-unknown-column = unbekannte Spalte
expected-columns = die Spalten { $columns } (andere Namen mit --mapping zuordnen)
expected-required-column = ein Wert: die Spalte ist Pflicht
expected-category-wording = eine Kategorie-Kennung oder eine bekannte Formulierung (tragen Sie diese Formulierung unter "categories" in eine Zuordnungsdatei ein)
expected-one-disposition = jede Kategorie nur in einer Verbleibsliste (sie steht auch unter { $other })
expected-fields-as-header = { $fields } Felder, wie in der Kopfzeile
found-fields = { $fields ->
    [one] ein Feld
   *[other] { $fields } Felder
}
expected-header-columns = eine Kopfzeile: { $columns }
expected-value-not-cell-error = ein Wert (die Zelle enthält einen Tabellenfehler)
expected-sheet-named = ein Tabellenblatt mit dem Namen aus der Zuordnung; die Arbeitsmappe hat: { $sheets }
found-sheet-empty = Blatt „{ $sheet }“ (leer)
found-sheet-header-problems = Blatt „{ $sheet }“ (Probleme in der Kopfzeile: { $fields })
expected-sheet-with = ein Tabellenblatt mit den Spalten { $columns } (verwenden Sie eine Zuordnungsdatei mit "sheet" und "columns")

## Datensätze und der Speicher
# Ein Datensatz einer Art, nach seiner Tabelle.
record-kind = { $kind ->
    [requests] Anfrage
    [inventory] Bestandseintrag
    [policy_changes] Richtlinienänderung
    [organisations] Organisation
    [matters] Verfahren
    [aggregates] veröffentlichte Zahl
    [categories] Kategorie
    [report_texts] Berichtstext
   *[other] { $kind }
}
expected-once-per-file = jeder Datensatz der Art „{ $kind }“ nur einmal je Datei (dieser kommt erneut vor)
expected-same-content = derselbe Inhalt wie im gespeicherten Datensatz der Art „{ $kind }“; mit Ersetzen (--replace) einlesen, um ihn zu überschreiben
expected-same-content-differs = derselbe Inhalt wie im gespeicherten Datensatz der Art „{ $kind }“ (abweichend in: { $fields }); mit Ersetzen (--replace) einlesen, um ihn zu überschreiben
expected-known-organisation = eine Organisation, die unter "organisations" in der Datei steht oder schon gespeichert ist
expected-category-did-you-mean = eine Kategorie-Kennung (meinten Sie { $real }?)
expected-known-category = eine Kategorie-Kennung des Vokabulars oder eine unter "categories" definierte
expected-category-id = eine Kategorie-Kennung aus Kleinbuchstaben, Ziffern und _
expected-after-valid-from = ein Datum nach valid_from ({ $from })
expected-inventory-id-free = eine Kennung, die kein anderer Bestandseintrag der Organisation trägt (diese benennt einen Eintrag einer anderen Kategorie, eines anderen Tages oder Ortes)
expected-value-or-band = ein Wert oder eine Spanne value_min..value_max
expected-known-matter = ein Verfahren, das unter "matters" in der Datei steht oder schon gespeichert ist, für dieselbe Organisation
expected-held-per-inventory = eine Kategorie, die laut Bestand am { $day } vorhanden war (er führt { $category } als nicht vorhanden)
expected-no-more-errors = keine weiteren Fehler; { $dropped } weitere Probleme wurden nicht aufgeführt

## Zuordnungsdateien
expected-mapping-file = eine Disclose-Zuordnungsdatei ({ $detail })
expected-mapping-column = eine Standardspalte: für Anfragen { $requests }; für veröffentlichte Zahlen { $counts }
expected-delimiter = ein ASCII-Zeichen außer ", etwa ; oder ein Tabulator
expected-separator = ein nicht leeres Trennzeichen wie ;

## Bearbeiten
expected-after-entry-start = ein Datum nach dem Bestandseintrag, den sie ändert und der am { $start } beginnt (bearbeiten Sie stattdessen diesen Eintrag)
error-no-record = kein Datensatz der Art „{ $kind }“ mit der Kennung „{ $id }“ in diesem Speicher
error-record-in-several = „{ $id }“ ({ $kind }) gibt es für { $organisations }; nennen Sie eine mit --organisation
error-matter-in-use = zum Verfahren { $id } gehören noch { $used ->
    [one] eine Anfrage
   *[other] { $used } Anfragen
}; verschieben oder löschen Sie sie zuerst
error-no-organisation = keine Organisation { $id } im Speicher
error-no-record-of = kein Datensatz der Art „{ $kind }“ mit der Kennung { $id } von { $organisation } im Speicher
expected-id-free = eine Kennung, die kein anderer Datensatz der Art „{ $kind }“ dieser Organisation trägt
error-organisation-id-fixed = die Kennung einer Organisation kann sich nicht ändern; ihre Datensätze nennen sie
error-subjects-own-field = Betroffene gehören in das eigene Feld des Formulars, nicht in den Datensatz

## Wünsche, die sich nicht erfüllen lassen
error-file-ending = { $path }: erwartet wurde ein Dateiname mit der Endung { $endings }
error-exposure-needs = nennen Sie eine Anfrage, ein Verfahren oder die Kategorien, nach denen eine Anfrage fragen würde
error-unknown = unbekannt: „{ $what }“; erwartet: { $expected }
error-no-organisation-none = keine Organisation „{ $id }“ im Speicher; er enthält noch keine
error-no-organisation-has = keine Organisation „{ $id }“ im Speicher; er enthält: { $known }
error-no-country = kein Land namens „{ $typed }“: geben Sie einen Namen (Deutschland) oder einen ISO-Code (DE) an
error-no-category = keine Kategorie „{ $typed }“ im Speicher; er enthält: { $known }
error-page-size = Seitengröße { $size } ist zu groß; höchstens 1000 Zeilen je Seite
error-history-empty = nichts { $what ->
    [undo] rückgängig zu machen
   *[other] wiederherzustellen
}: der Verlauf des Speichers ist leer
error-nothing-to-undo = nichts rückgängig zu machen: jede Änderung im Verlauf ist bereits rückgängig gemacht
error-nothing-to-redo = nichts wiederherzustellen: seit der letzten Änderung wurde keine rückgängig gemacht

## Wo der Speicher liegt
error-no-data-directory = kein Datenverzeichnis auf diesem System; geben Sie --db PFAD an
notice-older-store = ein älterer Speicher liegt unter { $old }; verwendet wird { $path } (den älteren öffnen Sie mit --db { $old })
notice-moved-store = der Speicher wurde von { $old } nach { $path } verschoben, wo ihn die App und die Kommandozeile beide finden

## Einen Speicher öffnen
error-store-foreign-tables = diese SQLite-Datei ist kein Disclose-Speicher (sie enthält Tabellen eines anderen Programms)
error-store-not-disclose = diese SQLite-Datei ist kein Disclose-Speicher
error-store-newer = der Speicher hat das Schema { $version }, geschrieben von einem neueren Disclose; dieses kennt Schema { $known }. Aktualisieren Sie Disclose, um ihn zu öffnen
error-store-cut-short = der Speicher ist abgeschnitten: sein Kopf zählt { $pages } Seiten zu { $size } Bytes, die Datei enthält aber { $bytes } Bytes. Disclose öffnet ihn nicht und schreibt nicht hinein; öffnen Sie einen anderen Speicher oder stellen Sie diesen aus einer Sicherung oder einem exportierten Paket wieder her
error-store-not-sqlite = diese Datei ist keine SQLite-Datenbank und damit kein Disclose-Speicher

## Diagramme und Berichte
error-chart-format = { $path }: ein Diagramm wird als .svg, .png, .csv oder .html (Einbettung) geschrieben, nicht als { $found }
error-png-scale = ein PNG wird in 1-, 2- oder 3-facher Größe gezeichnet, nicht { $scale }-fach
error-chart-size = ein Diagramm muss mindestens 1 x 1 Pixel groß sein
error-chart-too-small = Diagramme brauchen mindestens 320 x 200 Pixel, um lesbar zu bleiben
error-report-no-records-none = { $id } hat keine eigenen Anfragen erfasst (nur veröffentlichte Zahlen); ein Bericht handelt von den eigenen Anfragen einer Organisation: noch keine hat welche
error-report-no-records = { $id } hat keine eigenen Anfragen erfasst (nur veröffentlichte Zahlen); ein Bericht handelt von den eigenen Anfragen einer Organisation: nennen Sie eine von { $others }
error-report-nobody = noch keine Organisation hat Anfragen erfasst; ein Bericht handelt von den eigenen Anfragen einer Organisation
error-report-several = mehrere Organisationen haben Anfragen erfasst; nennen Sie die des Berichts mit --organisation: { $others }
error-report-template = Berichtsvorlage: { $detail }

## Die Kommandozeile
error-unknown-kind = unbekannt als { $kind }: „{ $what }“; erwartet: { $expected }
error-highlight-unknown = --highlight „{ $id }“: keine Organisation mit dieser Kennung im Speicher (siehe `disclose info`)
error-report-needs-period = report braucht --period (oder --template-out DATEI)
error-report-text-option = --text „{ $given }“: erwartet wurde SCHLÜSSEL=DATEI, etwa intro=intro.md
error-report-needs-out = report braucht --out DATEI (einen Ordner bei --format site), --checklist, --text oder --texts-out
error-exposure-needs-organisation = exposure --matter oder --categories braucht --organisation
error-compare-period = gefunden „{ $found }“; erwartet: half oder year (veröffentlichte Zahlen gibt es je Halbjahr und Jahr)
notice-using-store = verwende { $path } (die App hat zuletzt { $last } geöffnet)

## Die App
error-map-one-file = Spalten werden für eine Datei auf einmal zugeordnet, gewählt wurden { $chosen }
error-request-gone = keine Anfrage „{ $id }“ von „{ $organisation }“ in diesem Speicher; sie wurde vielleicht ersetzt
error-field-value = { $field } „{ $value }“: erwartet: { $expected }
error-no-store-open = kein Speicher ist geöffnet ({ $problem }); öffnen Sie zuerst einen anderen Speicher (Datei › Speicher öffnen…)
error-dialog-not-local = der Dialog lieferte keine lokale Datei: { $detail }
grant-use = { $used ->
    [import] einzulesen
    [open_store] als Speicher zu öffnen
    [export_bundle] den Speicher dorthin zu exportieren
    [export_table] die Tabelle dorthin zu exportieren
    [export_chart] ein Diagramm dorthin zu exportieren
    [export_report] den Bericht dorthin zu exportieren
   *[publish_report] den Bericht darin zu veröffentlichen
}
error-grant-other-use = die Datei wurde gewählt, um { $chosen }, nicht, um { $wanted }; nichts wurde gelesen oder geschrieben. Wählen Sie sie dafür erneut
error-grant-unknown = keine von Ihnen gewählte Datei heißt „{ $id }“ (oder sie wurde schon verwendet); nichts wurde gelesen oder geschrieben. Wählen Sie die Datei im Dialog von Disclose oder ziehen Sie sie auf das Fenster
error-grant-one-file = erwartet wurde eine Datei, gewählt wurden { $chosen }

## Der Verlauf: was jede Änderung tat, als Daten gespeichert und beim Zeigen gesagt
history-imported = Eingelesen { $files }: { $counts }
history-applied = Erfasst und angewandt: { $kind } { $id }; { $applied ->
    [one] ein Bestandseintrag geändert
   *[other] { $applied } Bestandseinträge geändert
}
history-renamed = Geändert: { $kind } { $old } in { $id }
history-changed = Geändert: { $kind } { $id }
history-added = Hinzugefügt: { $kind } { $id }
history-deleted = Gelöscht: { $kind } { $id }
history-deleted-with = Gelöscht: { $kind } { $id } mit { $with }
history-report-texts = Die Texte des Berichts { $period } von { $name } geändert

list-or = { $rest } oder { $last }
error-column-unreadable = die Spalte { $column } enthält „{ $value }“, was dieses Disclose nicht lesen kann
error-app-cannot-start = Disclose konnte seinen Speicher nicht öffnen: { $detail }
error-unknown-language = keine Sprache „{ $found }“; erwartet: en oder de

## Die Quellenangabe einer Zahl (das Quellenfeld)
cite-period = Zeitraum { $period }
cite-rows = { $many ->
    [1] Zeilen { $rows }
   *[other] Zeile { $rows }
}
