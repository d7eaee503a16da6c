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
requests-facet-disposition = Verbleib der Daten
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
requests-search-placeholder = In Behörde, Notizen, Wortlaut suchen  ( / )
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

## Bestand & Richtlinien
inventory-title = Datenbestand und Richtlinien
inventory-add = Bestandseintrag hinzufügen
inventory-add-policy = Richtlinienänderung erfassen
inventory-edit-organisation = { $name } bearbeiten
inventory-chart = Was gespeichert war, im Zeitverlauf
inventory-as-of = Datenbestand am
inventory-how-long = Wie lange
inventory-none = Für diesen Tag ist kein Datenbestand erfasst.
inventory-policy-changes = Richtlinienänderungen
inventory-before = Vorher
inventory-after = Nachher
inventory-no-policy = Keine Richtlinienänderungen erfasst.
inventory-what-if = Was würde eine Anfrage erreichen?
inventory-arriving = Eingang am
inventory-replayed = Nachgespielt am
inventory-would-ask = Daten, nach denen sie fragen würde
inventory-what-if-hint = Kreuzen Sie an, wonach eine Anfrage fragen würde, um zu sehen, was an jedem Tag herausgegeben werden könnte.

## Bibliothek
library-span = { $from } bis { $to } ({ $n } Zeiträume)
library-intro = Die veröffentlichten Berichte in diesem Speicher, und wo jeder Herausgeber neuere Dateien ablegt. Disclose lädt nie etwas herunter: Holen Sie die Dateien von der Seite des Herausgebers und legen Sie sie hier im Fenster ab (eine Datei, einen Ordner oder ein Zip), oder nutzen Sie Datei › Ordner importieren….
library-periods = Enthaltene Zeiträume
library-latest = Neuester Zeitraum
library-counts = Veröffentlichte Zahlen
library-layouts = { $n ->
    [one] Format
   *[other] Formate
}
library-page = Neuere Dateien unter
library-empty = Noch keine veröffentlichten Berichte. Laden Sie die Transparenzbericht-Dateien eines Unternehmens herunter (Google, Meta, Apple, Microsoft, GitHub, X, ein EU-DSA-Bericht) und importieren Sie sie.

## Über, mit Disclose geöffnete Dateien, Verlauf
about-what = Ein Betrachter für Transparenzberichte über behördliche Anfragen nach Nutzerdaten.
about-version = Version
about-store = Speicher
about-schema = Speicherschema
about-sample = Das Beispiel
about-sample-from = Die Anfragen an die Python Software Foundation von 2023, aus
opened-title-one = { $name } importieren?
opened-title = { $n } Dateien importieren?
opened-with = Mit Disclose geöffnet:
opened-whole = { $n ->
    [one] Sie kommt ganz in den Speicher oder gar nicht; Sie können den Import im Verlauf rückgängig machen.
   *[other] Alle kommen in einem Schritt in den Speicher oder keine; Sie können den Import im Verlauf rückgängig machen.
}
opened-import = Importieren
opened-not-now = Nicht jetzt
history-undo = Rückgängig
history-undo-key = Strg+Z
history-redo = Wiederholen
history-redo-key = Strg+Umschalt+Z
history-close = Verlauf schließen
history-intro = Jede Änderung an diesem Speicher, die neueste zuerst. Rückgängig nimmt die neueste noch nicht rückgängig gemachte zurück, auch einen Import von Tausenden Zeilen in einem Schritt. Die letzten { $kept } Änderungen bleiben erhalten; ältere lassen sich nicht mehr rückgängig machen.
history-undone = Rückgängig gemacht · Wiederholen holt sie zurück
history-none = Noch keine Änderungen.

## Vergleich
compare-view = Ansicht
compare-by-organisation = Organisationen im Vergleich
compare-by-country = Länder einer Organisation
compare-all-countries = alle Länder
compare-country-title = Ein Land nach Name oder ISO-Code (Deutschland, DE); leer für die weltweiten Zahlen
compare-periods = Zeiträume
compare-periods-title = Halbjahre, wo die Dateien sie veröffentlichen; ein nur teilweise abgedecktes Jahr sagt, wie viele Monate es umfasst
compare-years = Jahre
compare-halves = Halbjahre
compare-about = Worüber
compare-account-data = Kontodaten
compare-figure = Kennzahl
compare-show = Anzeigen
compare-show-count = Zahl der Anfragen
compare-show-share = Anteil mit herausgegebenen Daten
compare-show-per-request = Genannte Konten je Anfrage
compare-from = Von
compare-to = Bis
compare-year = Jahr
compare-ranked = Länder, geordnet nach { $metric } im Zeitraum
compare-rank-period = Ordnen nach Zeitraum
compare-click = Klicken Sie auf eine Zahl, um die Datei und die Zeilen zu sehen, aus denen sie stammt.
compare-source = Quelle
compare-from-records = Anfragedatensätze
compare-from-published = veröffentlichte Zahlen
compare-where-from = Woher diese Zahl stammt
compare-bands-note = Spannen werden als Bänder veröffentlicht; „Mon.“ kennzeichnet ein Jahr, das die veröffentlichten Zeiträume nur teilweise abdecken, nie zu einem ganzen aufsummiert.
compare-changes = Größte Veränderungen von einem Zeitraum zum nächsten
compare-change = { $from } { $before } bis { $to } { $after }: { $change }{ $rel }
compare-no-country = Keine Zahlen für „{ $place }“: weder ein Ländername oder ISO-Code, den Disclose kennt, noch ein Ort, den eine importierte Datei nennt.
compare-nothing = Noch nichts zu vergleichen: Importieren Sie veröffentlichte Berichte (Google, GitHub, Meta, Apple, Microsoft, X, einen EU-DSA-Bericht), eine Datei, einen Ordner oder ein Zip, um sie neben Ihre Datensätze zu stellen.
compare-chart = Diagramm
compare-layout-title = Organisationen sehr unterschiedlicher Größe: je ein Feld oder eine Skala
compare-layout-panels = Je ein Feld, eigene Skala
compare-layout-log = Eine logarithmische Skala
compare-layout-indexed = Indexiert, erster Zeitraum = 100
compare-highlight = Hervorheben
compare-highlight-none = Keine
compare-side-by-side = Im Vergleich
compare-chart-hint = Das Diagramm stellt die Zahl der Anfragen nach Kontodaten nebeneinander; wählen Sie diese oben, um es zu sehen.
compare-per-request = { NUMBER($v, minimumFractionDigits: 2, maximumFractionDigits: 2) }
compare-partial-cell = { $v } ({ $months } Mon.)

## Woher eine Zahl stammt
source-citation = { $where }: { $figure }. Quelle: { $source }
source-share = { $share } mit herausgegebenen Daten ({ $n })
source-accounts = { $accounts } Konten, { $per } je Anfrage
source-records = Gezählt aus den Anfragedatensätzen in diesem Speicher, nicht aus einer veröffentlichten Datei.
source-untraced = Veröffentlichte Zahlen, die importiert wurden, bevor Disclose ihre Quellen festhielt; importieren Sie die Datei erneut, um diese Zahl zurückzuverfolgen.
source-summed = { $n ->
    [one] Summiert aus einer Datei:
   *[other] Summiert aus { $n } Dateien:
}
source-publisher = Herausgeber
source-rows = { $n ->
    [one] Zeile
   *[other] Zeilen
}
source-worded = Im Wortlaut
source-period = Zeitraum wie veröffentlicht
source-copy = Zitat kopieren
source-copied = Kopiert

## Ein Diagramm exportieren
export-format-svg = SVG-Bild (skalierbar)
export-format-png = PNG-Bild
export-format-csv = Die Zahlen (CSV)
export-format-embed = Webseite zum Einbetten (HTML)
export-save-title = { $format } speichern
export-saved = { $path } gespeichert
export-title = Das Diagramm exportieren
export-intro = Leere Felder behalten die Wörter des Diagramms. Die Datei sagt, woher ihre Zahlen stammen: die importierten Dateien, die Filter und das Datum der Daten.
export-width = Breite (px)
export-sharpness = Schärfe
export-2x = 2x (Bildschirme, Druck)
export-highlight-none = Keine: jede Organisation in Farbe
export-words-title = Titel
export-words-title-placeholder = Der eigene Titel des Diagramms
export-words-subtitle = Untertitel
export-words-subtitle-placeholder = Der eigene Untertitel des Diagramms
export-words-note = Hinweis
export-words-note-placeholder = Ein Hinweis unter dem Diagramm (optional)
export-words-source = Quellenzeile
export-words-source-placeholder = Die Quellen der gezeigten Datensätze
export-cancel = Abbrechen (Esc)
export-save = Speichern…

## Bericht
report-section-categories = Angefragte Daten
report-section-inventory = Datenbestand
report-section-policy = Richtlinienänderungen
report-section-requests = Liste der Anfragen
report-section-exposure = Was sie heute erreichen würden
report-section-context = Veröffentlichte Zahlen anderer Organisationen
report-text-title = Titel
report-text-introduction = Einleitung
report-text-note-summary = Hinweis unter der Zusammenfassung
report-text-note-comparison = Hinweis unter dem Vergleich mit dem vorherigen Zeitraum
report-text-note-categories = Hinweis unter „Was angefragt wurde“
report-text-note-inventory = Hinweis unter „Was wir speichern“
report-text-note-policy = Hinweis unter den Richtlinienänderungen
report-text-note-requests = Hinweis unter der Liste der Anfragen
report-text-note-exposure = Hinweis unter „Was sie heute erreichen würden“
report-text-note-context = Hinweis unter den veröffentlichten Zahlen anderer Organisationen („im Kontext“)
report-text-methodology = Methodik (sagen Sie hier, was Sie von Rechts wegen nicht berichten dürfen)
report-export-title = Den Bericht exportieren
report-writing = Der Bericht wird geschrieben
report-publish-title = Den Bericht in einem Ordner veröffentlichen
report-publishing = Der Bericht wird veröffentlicht
report-published = { $n } Dateien nach { $folder } veröffentlicht: index.html, report.md, die Diagramme und die Zahlen als Daten.
report-which = Wessen Bericht?
report-period = Zeitraum
report-period-placeholder = 2023 oder 2023-01/2023-06
report-previous = Der Bericht des Vorjahres, mit seinen Texten
report-band = Bänder unter
report-band-title = Zahlen unter N werden als „weniger als N“ veröffentlicht, damit kleine Zahlen auf niemanden schließen lassen
report-band-threshold = Schwelle der Bänder
report-updating = Wird aktualisiert…
report-publish = Veröffentlichen…
report-ask-several = Mehrere Organisationen haben eigene Anfragedatensätze. Wählen Sie, wessen Bericht dies ist; Organisationen, die nur aus veröffentlichten Zahlen bekannt sind, sind nie Gegenstand eines Berichts.
report-ask-none = Noch keine Organisation hat Anfragedatensätze: Erfassen oder importieren Sie zuerst ihre Anfragen.
report-your-words = Ihre Worte
report-save-texts = Texte speichern
report-saved = Gespeichert
report-texts-from = Ausgehend von den Texten des Berichts { $from }; beim Speichern gelten sie für { $period }.
report-texts-hint = Markdown. Während Sie tippen in der Vorschau zu sehen; nach dem Speichern im Speicher (und in Bündeln) und wie jede Änderung rückgängig zu machen.
report-show-section = Den Abschnitt zeigen: { $section }
report-preview = Vorschau des Berichts
report-checklist = Was ein Bericht angeben sollte
report-checklist-covered = { $covered } von { $n } abgedeckt

## Import und Zuordnung der Spalten
import-folder-title = Einen Ordner veröffentlichter Berichte importieren
import-importing-one = { $name } wird importiert
import-importing = { $n } Dateien werden importiert
import-again-replacing = Erneut importieren und geänderte Datensätze ersetzen
import-files = { $n ->
    [one] { $n } Datei
   *[other] { $n } Dateien
}
import-skipped = { $n ->
    [one] { $n } Datei übersprungen
   *[other] { $n } Dateien übersprungen
}
import-warnings = { $n ->
    [one] { $n } Warnung
   *[other] { $n } Warnungen
}
import-notice = Importiert: { $what }.{ $skipped }{ $doubts }
import-outcome-title = { $n ->
    [one] { $n } Datei importiert
   *[other] { $n } Dateien importiert
}
import-skipped-note = Kein Fehler: Diese Dateien haben kein Format, das Disclose liest, und nichts davon wurde importiert.
import-why = Warum
import-doubts-before = Diese Zahlen wurden mit dem genannten Zweifel importiert;
import-doubts-after = lehnt solche Dateien stattdessen ab.
import-first-50 = Die ersten 50 von { $n }.
mapping-title = Die Spalten von { $name } zuordnen
mapping-intro = Disclose kennt dieses Format nicht. Sagen Sie, welche Spalte was enthält; auf „ignorieren“ gesetzte Spalten werden übersprungen. Nichts wird importiert, bevor Sie bestätigen.
mapping-delimiter = Trennzeichen
mapping-comma = Komma
mapping-semicolon = Semikolon
mapping-tab = Tabulator
mapping-pipe = senkrechter Strich
mapping-sheet = Blatt „{ $sheet }“
mapping-organisation = Organisation für Zeilen ohne Angabe
mapping-organisation-example = z. B. psf
mapping-day-format = Datumsformat
mapping-day-format-example = z. B. %d.%m.%Y
mapping-replace = Geänderte Datensätze ersetzen
mapping-column = Spalte { $name }
mapping-ignore = ignorieren
mapping-missing = Noch zuzuordnen: { $list }.
mapping-import = Mit dieser Zuordnung importieren

## Formulare
form-date-hint = Ein Tag (2023-03-14), ein Monat (2023-03) oder eine unsichere Spanne (2023-03/2023-04)
form-reference = Aktenzeichen
form-received = Eingegangen
form-answered = Beantwortet
form-authority = Behörde
form-country = Land
form-process = Rechtsverfahren
form-legal-basis = Rechtsgrundlage
form-matter = Verfahren
form-accounts = Genannte Konten
form-outcome = Ergebnis
form-nondisclosure = Geheimhaltungsanordnung bis
form-notified = Nutzer benachrichtigt
form-notes = Notizen
form-reference-hint = Eindeutig innerhalb der Organisation
form-authority-hint = Wer fragte, z. B. US Department of Justice
form-country-stored = Gespeichert als { $code }
form-country-hint = Geben Sie den Namen eines Landes ein
form-legal-basis-hint = Das Gesetz oder die Vorschrift, auf die sie sich berief
form-matter-hint = Die Ermittlung, zu der sie gehört; das Verfahren trägt die Gesamtzahl der Konten
form-none = Keines
form-new-matter = Neues Verfahren…
form-blank-unknown = Leer, wenn nicht bekannt
form-not-recorded = Nicht erfasst
form-blank-none = Leer, wenn es keine gab
form-new-matter-of = Neues Verfahren von { $organisation }
form-accounts-in-all = Konten insgesamt
form-create-matter = Verfahren anlegen
form-wording-placeholder = Wie die Anfrage es formuliert, z. B. IP-Adressen und Zeitstempel
form-pick-category = Kategorie wählen
form-remove-category = Diese Kategorie entfernen
form-remove = Entfernen
form-add-category = Kategorie hinzufügen
form-document-placeholder = Titel, z. B. Subpoena
form-document-title = Titel des Dokuments
form-link = Link
form-add-document = Dokument hinzufügen
form-subjects-apart = Getrennt von allem anderen aufbewahrt: nie auf einer anderen Ansicht, in einem Diagramm, Bericht oder Export (außer dem internen Export), Protokoll oder Verlauf gezeigt.
form-subjects-recorded = { $n ->
    [0] Keine Kontokennungen erfasst.
    [one] { $n } Kontokennung erfasst.
   *[other] { $n } Kontokennungen erfasst.
}
form-show = Zeigen
form-replace = Ersetzen…
form-enter-subjects = Kontokennungen eingeben…
form-one-per-line = Eine pro Zeile
form-subjects-to-record = { $n ->
    [one] { $n } Kontokennung zu erfassen. Sie wird nicht in Entwürfen aufbewahrt.
   *[other] { $n } Kontokennungen zu erfassen. Sie werden nicht in Entwürfen aufbewahrt.
}
form-keep-recorded = Die erfassten behalten
form-record-none = Keine erfassen
form-stated-before = Vorher angegeben
form-stated-after = Nachher angegeben
form-held-unstated = Vorhanden: nicht angegeben
form-took-effect = In Kraft seit
form-kind = Art
form-title = Titel
form-source = Quelle
form-id = Kennung
form-day-month-year = Ein Tag (2023-05-25), ein Monat oder ein Jahr
form-title-hint = Was sich änderte, in einem Satz
form-source-hint = Wo es dokumentiert ist
form-id-hint = Aus Datum und Titel gebildet, wenn Sie keine eingeben
form-what-changed = Was sie änderte
form-apply = Auf den Datenbestand anwenden: die betroffenen Einträge an diesem Tag beenden und neue mit dem Stand danach beginnen
form-until = Bis (ausschließlich)
form-where-hint = Eine Tabelle, ein Protokoll, ein Auftragsverarbeiter
form-until-hint = Leer, solange es noch gilt
form-inventory-source-hint = Wo das steht: ein Link oder ein Dokument
form-organisation-id-hint = Kurz, von jedem ihrer Datensätze verwendet (psf)
form-organisation-id-fixed = Fest: ihre Datensätze nennen sie
form-name = Name
form-service = Dienst
form-website = Website
form-service-hint = Wenn er vom Namen abweicht (PyPI)
form-website-hint = Ihre Transparenzseite oder Richtlinien
form-retention-unstated = Nicht angegeben
form-retention-indefinite = Unbegrenzt
form-retention-account = Solange das Konto besteht
form-retention-period = Für eine Zeit…
form-retention-none = Nicht gespeichert
form-how-many = Wie viele
form-units = Tage, Monate oder Jahre
form-days = Tage
form-months = Monate
form-years = Jahre
form-draft-kept = { $kind ->
    [request] Ihre Anfrage bleibt als Entwurf erhalten; öffnen Sie das Formular erneut, um weiterzumachen.
    [inventory] Ihr Bestandseintrag bleibt als Entwurf erhalten; öffnen Sie das Formular erneut, um weiterzumachen.
    [policy_change] Ihre Richtlinienänderung bleibt als Entwurf erhalten; öffnen Sie das Formular erneut, um weiterzumachen.
    [organisation] Ihre Organisation bleibt als Entwurf erhalten; öffnen Sie das Formular erneut, um weiterzumachen.
   *[matter] Ihr Verfahren bleibt als Entwurf erhalten; öffnen Sie das Formular erneut, um weiterzumachen.
}
form-note = Hinweis: { $said }
form-delete-organisation = { $name } und ihre { $records } löschen?
form-delete-organisation-empty = { $name } löschen? Sie hat keine Datensätze.
form-delete-this = { $kind ->
    [request] Diese Anfrage löschen?
    [inventory] Diesen Bestandseintrag löschen?
    [policy_change] Diese Richtlinienänderung löschen?
    [organisation] Diese Organisation löschen?
   *[matter] Dieses Verfahren löschen?
}
form-another-request = Eine weitere Anfrage wie diese
form-new = { $kind ->
    [request] Neue Anfrage
    [inventory] Neuer Bestandseintrag
    [policy_change] Neue Richtlinienänderung
    [organisation] Neue Organisation
   *[matter] Neues Verfahren
}
form-edit = { $kind ->
    [request] Anfrage bearbeiten
    [inventory] Bestandseintrag bearbeiten
    [policy_change] Richtlinienänderung bearbeiten
    [organisation] Organisation bearbeiten
   *[matter] Verfahren bearbeiten
}
form-draft-restored = Ihr ungespeicherter Entwurf wurde wiederhergestellt.
form-draft-discard = Verwerfen
form-loading = Wird geladen…
form-undo-brings-back = { $kind ->
    [organisation] Rückgängig (Strg+Z) holt sie zurück.
   *[other] Rückgängig (Strg+Z) holt es zurück.
}
form-busy = Der Speicher ist belegt (ein anderes Disclose schreibt); wird erneut geprüft…
form-checking = Wird geprüft…
form-not-valid = Noch nicht gültig: siehe die markierten Felder
form-valid = Gültig
form-discard = Änderungen verwerfen
form-close = Schließen (Esc)
form-save = Speichern (Strg+Enter)
form-problem-found = { $expected } (gefunden: „{ $found }“)
form-subjects = Betroffene (Kontokennungen)

## Die Dialoge der Shell
dialog-import-files = Dateien importieren
dialog-import-filter = Bündel, CSV und XLSX
dialog-open-store = Speicher öffnen
dialog-store-filter = Disclose-Speicher
