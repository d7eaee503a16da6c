# Die Desktop-App: ihr Menü und ihre Ansichten (das Fenster liest dieselben Dateien).

## Menü
menu-file = Datei
menu-import = Dateien importieren…
menu-import-folder = Ordner importieren…
menu-open-store = Speicher öffnen…
menu-export-bundle = Speicher als Bündel exportieren…
menu-quit = Beenden
menu-edit = Bearbeiten
menu-new-request = Neue Anfrage…
menu-new-inventory = Neuer Bestandseintrag…
menu-new-policy = Neue Richtlinienänderung…
menu-new-organisation = Neue Organisation…
menu-undo = Letzte Änderung rückgängig (Strg+Z)
menu-redo = Wiederholen (Strg+Umschalt+Z)
menu-history = Verlauf…
menu-help = Hilfe
menu-about = Über Disclose

## Der Rahmen des Fensters
screen-overview = Übersicht
screen-requests = Anfragen
screen-categories = Kategorien
screen-inventory = Bestand & Richtlinien
screen-compare = Vergleich
screen-library = Bibliothek
screen-report = Bericht
app-screens = Ansichten
app-new = Neu
app-new-title = Etwas Neues erfassen (n: eine Anfrage)
app-new-request = Anfrage…
app-new-inventory = Bestandseintrag…
app-new-policy = Richtlinienänderung…
app-new-organisation = Organisation…
app-history = Verlauf
app-history-title = Verlauf, Rückgängig und Wiederholen (h)
app-import = Importieren…
app-import-title = Dateien importieren (Strg+I)
app-language = Sprache
app-language-title = Sprache des Fensters, der Diagramme und des Berichts
app-language-system = Systemsprache
app-filters = Filter
app-filter-organisation = Organisation
app-filter-year = Jahr
app-filter-process = Verfahren
app-all = Alle
app-clear-filters = { $n ->
    [one] { $n } Filter aufheben
   *[other] { $n } Filter aufheben
}
app-store-line = { $n ->
    [one] { $n } Anfrage · { $store }
   *[other] { $n } Anfragen · { $store }
}
app-store-sample = das Beispiel, im Arbeitsspeicher, nicht gespeichert
app-store-problem-title = Der Speicher konnte nicht geöffnet werden
app-store-problem-text = Disclose hat diese Datei nicht verändert. Bis Sie einen anderen Speicher öffnen, zeigt das Fenster das PSF-Beispiel aus dem Arbeitsspeicher, und nichts, was Sie ändern, wird gespeichert.
app-open-another-store = Anderen Speicher öffnen…
app-look-at-sample = Beispiel ansehen
app-close-title = Disclose schließen?
app-close-text = Ein Formular hat ungespeicherte Änderungen. Sie bleiben als Entwurf erhalten und kommen zurück, wenn Sie das Formular wieder öffnen; eingegebene Kontokennungen werden nicht aufbewahrt.
app-keep-editing = Weiter bearbeiten
app-close = Schließen
app-dismiss = Schließen
app-drop = .json-, .csv- oder .xlsx-Dateien hier ablegen, um sie zu importieren
app-export-bundle-title = Den Speicher als Bündel exportieren
app-bundle-filter = Disclose-Bündel
app-exporting-store = Der Speicher wird exportiert
app-exported-bundle = { $n ->
    [one] { $n } Anfrage nach { $path } exportiert. Kontokennungen sind nie enthalten.
   *[other] { $n } Anfragen nach { $path } exportiert. Kontokennungen sind nie enthalten.
}

## Diagramme im Fenster
chart-export = Exportieren…
chart-export-title = Als SVG, PNG, CSV oder Webseite speichern, mit eigenem Titel, Hinweis und Hervorhebung
chart-first-rows = Die ersten 500 Zeilen; die CSV-Datei enthält alle { $n }.
chart-drawing = Wird gezeichnet…

## Übersicht
overview-requests = Anfragen erhalten
overview-accounts = Konten genannt
overview-some-data = mit herausgegebenen Daten ({ $part } von { $whole })
overview-not-held = { $n ->
    [0] angefragte, aber nicht vorhandene Kategorien
   *[other] angefragte, aber nicht vorhandene Kategorien: { $list }
}
overview-timeline = Was gespeichert war, und Richtlinienänderungen

## Eine Anfrage, an einem anderen Tag gestellt
exposure-category = Kategorie
exposure-then = Bei Eingang ({ $date })
exposure-on = Am { $date }
exposure-because = Grund
exposure-no-policy = keine Richtlinienänderung erfasst

## Eine Anfrage
detail-back = Zurück (Esc)
detail-title = Anfrage { $id }
detail-edit = Bearbeiten
detail-duplicate = Eine weitere wie diese
detail-delete = Löschen…
detail-delete-key = Entf
detail-delete-confirm = Anfrage { $id } löschen? Rückgängig (Strg+Z) holt sie zurück.
detail-delete-yes = Löschen
detail-keep = Behalten
detail-received = Eingegangen
detail-answered = Beantwortet
detail-authority = Behörde
detail-country = Land
detail-process = Rechtsverfahren
detail-legal-basis = Rechtsgrundlage
detail-accounts = Genannte Konten
detail-not-known = Nicht bekannt
detail-yes = Ja
detail-no = Nein
detail-part-of = Teil von „{ $matter }“
detail-matter-accounts = , insgesamt { $n } Konten
detail-nondisclosure = Geheimhaltungsanordnung bis
detail-none-known = Keine bekannt
detail-notified = Nutzer benachrichtigt
detail-outcome = Ergebnis
detail-identifiers = Kontokennungen
detail-identifiers-none = Keine erfasst
detail-identifiers-some = { $n } erfasst, nur im Formular der Anfrage zu sehen
detail-data-asked = Angefragte Daten
detail-wording = Wortlaut der Anfrage
detail-what-happened = Was daraus wurde
detail-replay = Wäre sie eingegangen am
detail-replay-same = Alles, was sie verlangte, wäre so vorhanden wie bei ihrem Eingang.
detail-replay-changed = { $part } von { $n } angefragten Kategorien wären anders vorhanden.
detail-documents = Dokumente
detail-notes = Notizen

## Anfragen
requests-facets = Facetten
requests-facet-organisation = Organisation
requests-facet-year = Jahr
requests-facet-process = Rechtsverfahren
requests-facet-outcome = Ergebnis
requests-facet-country = Land
requests-facet-category = Datenkategorie
requests-facet-disposition = Was mit den Daten geschah
requests-col-received = Eingegangen
requests-col-organisation = Organisation
requests-col-reference = Aktenzeichen
requests-col-authority = Behörde
requests-col-country = Land
requests-col-process = Verfahren
requests-col-outcome = Ergebnis
requests-col-accounts = Konten
requests-col-not-held = Nicht vorh.
requests-search = Anfragen durchsuchen
requests-search-placeholder = Behörde, Rechtsgrundlage, Notizen, Wortlaut durchsuchen  ( / )
requests-total = { $n ->
    [one] { $n } Anfrage
   *[other] { $n } Anfragen
}
requests-export = CSV exportieren…
requests-export-title = Die Tabelle als CSV exportieren
requests-exporting = Die Tabelle wird exportiert
requests-exported = { $n ->
    [one] { $n } Zeile nach { $path } exportiert
   *[other] { $n } Zeilen nach { $path } exportiert
}
requests-not-held-of = { $part } von { $whole }
requests-none = Keine Anfragen passen.
requests-clear-search = Suche löschen
requests-hint = ↑ ↓ zum Bewegen, Enter zum Öffnen, / zum Suchen, Esc zurück.

## Kategorien
categories-title = Datenkategorien: angefragt, herausgegeben, nicht vorhanden
categories-show-requests = Die Anfragen zeigen, die danach fragten
categories-none = Keine Anfragen unter diesen Filtern.
categories-hint = Klicken Sie auf eine Kategorie, um die Anfragen zu sehen, die danach fragten.
categories-chart = Angefragt, herausgegeben, nicht vorhanden
categories-matrix = Anfragen × Kategorien

## Längere Arbeiten, Fehler und die in einer Datei gefundenen Probleme
progress-records = { $n ->
    [one] { $n } Datensatz
   *[other] { $n } Datensätze
}
progress-rows = { $n ->
    [one] { $n } Zeile
   *[other] { $n } Zeilen
}
progress-megabytes = { $mb } MB
progress-cancel = Abbrechen
error-cancelled = Abgebrochen
error-attention = Etwas braucht Ihre Aufmerksamkeit
advice-invalid_input = Nichts wurde importiert. Korrigieren Sie die unten genannten Stellen oder ordnen Sie die Spalten zu, und importieren Sie erneut.
advice-conflict = Nichts wurde importiert. Die Datei gibt gespeicherte Datensätze anders an; importieren Sie sie erneut und ersetzen Sie diese, wenn die Datei die neuere Fassung ist.
advice-io = Prüfen Sie, ob die Datei existiert und ob Sie sie lesen oder schreiben dürfen.
advice-incompatible_store = Öffnen Sie einen anderen Speicher, oder aktualisieren Sie Disclose, um diesen zu öffnen.
advice-usage = Prüfen Sie die eingegebenen Werte.
advice-cancelled = Nichts wurde geändert.
advice-busy = Nichts wurde geändert. Ein anderes Disclose (ein zweites Fenster oder die Kommandozeile) schreibt gerade in diesen Speicher; versuchen Sie es erneut, wenn es fertig ist.
advice-internal = Dies ist ein Fehler in Disclose; bitte melden Sie ihn mit der obigen Meldung.
problem-file = Datei
problem-where = Wo
problem-field = Feld
problem-found = Gefunden
problem-expected = Erwartet
problem-line = Zeile { $line }
problem-sheet = Blatt „{ $sheet }“ Zeile { $row }
