# Der Transparenzbericht: Überschriften, Tabellenspalten und erzeugte Sätze. Die Texte
# der Mitarbeitenden und Text aus den Datensätzen (Behörden, Zusammenfassungen) stehen
# nie hier.

## Zahlen und Sätze der Zusammenfassung
report-fewer-than = weniger als { $band }
report-government-requests = { $n ->
    [0] keine behördlichen Anfragen
    [one] { $count } behördliche Anfrage
   *[other] { $count } behördliche Anfragen
}
report-summary-none = Im Berichtszeitraum { $period } haben wir keine behördlichen Anfragen nach Nutzerdaten erfasst.
report-summary-received = Im Berichtszeitraum { $period } erhielten wir { $requests } nach Nutzerdaten; { $accounts }.
report-accounts-unknown = die Datensätze sagen nicht, wie viele Konten sie nannten
report-accounts-specified = { $n ->
    [one] { $count } Konto wurde genannt
   *[other] { $count } Konten wurden genannt
}
report-produced-it = für sie haben wir Daten herausgegeben
report-produced-all = für alle haben wir Daten herausgegeben
report-produced-some = für { $count } haben wir Daten herausgegeben
report-answered-no-data = für { $count } fanden wir keine Daten, die wir hätten herausgeben können
report-answered-rejected = { $count } haben wir abgelehnt
report-answered-withdrawn = { $n ->
    [one] { $count } wurde zurückgezogen
   *[other] { $count } wurden zurückgezogen
}
report-of-these = Davon: { $list }.
report-pending = { $n ->
    [one] { $count } ist zum Zeitpunkt des Berichts noch offen.
   *[other] { $count } sind zum Zeitpunkt des Berichts noch offen.
}
report-outcome-unrecorded = { $n ->
    [one] Für { $count } Anfrage ist das Ergebnis nicht erfasst.
   *[other] Für { $count } Anfragen ist das Ergebnis nicht erfasst.
}
report-nondisclosure = { $n ->
    [one] { $count } Anfrage kam mit einer Geheimhaltungsanordnung.
   *[other] { $count } Anfragen kamen mit einer Geheimhaltungsanordnung.
}
report-notified-unrecorded = Ob Nutzer benachrichtigt wurden, ist bei keiner von ihnen erfasst.
report-notified-none = { $n ->
    [one] Bei der einen Anfrage, bei der die Benachrichtigung erfasst ist, wurden die Nutzer nicht benachrichtigt
   *[other] Bei keiner der { $count } Anfragen, bei denen die Benachrichtigung erfasst ist, wurden die Nutzer benachrichtigt
}
report-notified-some = { $n ->
    [one] Bei { $count } Anfrage haben wir die Nutzer benachrichtigt
   *[other] Bei { $count } Anfragen haben wir die Nutzer benachrichtigt
}
report-notified-partly-recorded = { $said }; bei { $unknown } ist die Benachrichtigung nicht erfasst.
report-sentence = { $said }.
report-median = Bis zur Antwort auf eine Anfrage vergingen im Median { $days }.
report-days = { $n ->
    [one] { $count } Tag
   *[other] { $count } Tage
}

## Zahlen und Veränderungen
report-title = Transparenzbericht { $period }
report-span = { $from } bis { $to }
report-none = keine
report-not-stated = nicht angegeben
report-no-change = unverändert
report-change = { $d } ({ $p } %)
report-change-none-before = { $d } (zuvor keine)
report-between = zwischen { $lo } und { $hi }
report-times = { $n ->
    [one] einmal
   *[other] { $count }-mal
}
report-not-held-always = Nach „{ $what }“ wurde { $times } gefragt; diese Daten hatten wir nicht.
report-not-held-sometimes = Nach „{ $what }“ wurde { $times } gefragt; { $part }-mal davon hatten wir diese Daten nicht.
report-context-line = { $months ->
    [12] { $name } veröffentlichte { $figure } behördliche Anfragen nach Nutzerdaten für { $year } (alle Rechtsverfahren).
   *[other] { $name } veröffentlichte { $figure } behördliche Anfragen nach Nutzerdaten für { $year }, für { $months } Monate davon (alle Rechtsverfahren).
}
report-reach-line = { $who }{ $label }: bei Eingang der ersten Anfrage ({ $date }) { $then }; heute { $now }{ $after }.
report-reach-after = , nach { $causes }

## Überschriften, Beschriftungen und Spalten
report-summary-heading = Zusammenfassung
report-fig-requests = Anfragen erhalten
report-fig-accounts = Konten genannt
report-fig-some-data = mit herausgegebenen Daten ({ $count })
report-fig-nondisclosure = mit Geheimhaltungsanordnung
report-by-process-caption = Anfragen nach Rechtsverfahren
report-by-country-caption = Anfragen nach Land
report-col-process = Rechtsverfahren
report-col-requests = Anfragen
report-col-country = Land
report-compared-heading = Im Vergleich zum vorherigen Zeitraum
report-nothing-before = Im vorherigen Zeitraum ({ $previous }) haben wir keine Anfragen erfasst; es gibt nichts zu vergleichen.
report-compared-caption = { $period } neben dem vorherigen Zeitraum ({ $previous })
report-col-figure = Kennzahl
report-col-before = Davor
report-col-change = Veränderung
report-row-requests = Anfragen
report-row-accounts = Genannte Konten
report-row-some-data = Mit herausgegebenen Daten
report-row-rejected = Abgelehnt
report-row-nondisclosure = Mit Geheimhaltungsanordnung
report-row-notified = Nutzer benachrichtigt
report-categories-heading = Was angefragt wurde und was wir herausgeben konnten
report-categories-caption = Jede Art von Daten: wie oft sie angefragt wurde und was daraus wurde
report-col-data = Daten
report-col-asked = Angefragt
report-col-provided = Herausgegeben
report-col-partly = Teilweise
report-col-not-held = Nicht vorhanden
report-col-withheld = Zurückgehalten
report-col-pending = Offen
report-inventory-heading = Was wir speichern (Stand { $date })
report-inventory-caption = Der Datenbestand am { $date }
report-col-held = Vorhanden
report-col-how-long = Wie lange
report-col-where = Wo
report-yes = ja
report-no = nein
report-policy-heading = Richtlinienänderungen im Berichtszeitraum { $period }
report-source = Quelle: { $source }
report-source-link = Quelle
report-no-policy = Keine Richtlinienänderungen in diesem Zeitraum.
report-requests-heading = Anfragen
report-requests-caption = Jede Anfrage des Zeitraums
report-col-reference = Aktenzeichen
report-col-received = Eingegangen
report-col-answered = Beantwortet
report-col-authority = Behörde
report-col-outcome = Ergebnis
report-col-data-asked = Angefragte Daten
report-unlisted = { $n ->
    [one] …und eine weitere Anfrage, oben gezählt, aber nicht aufgeführt.
   *[other] …und { $n } weitere Anfragen, oben gezählt, aber nicht aufgeführt.
}
report-exposure-heading = Was dieselben Anfragen heute erreichen würden
report-exposure-none = Alles, was diese Anfragen verlangten, wäre heute ({ $today }) so vorhanden wie bei ihrem Eingang.
report-context-heading = Im Kontext: veröffentlichte Zahlen anderer Organisationen
report-context-none = Für diese Jahre liegen uns keine veröffentlichten Zahlen anderer Organisationen vor.
report-methodology-heading = Methodik und Hinweise
report-methodology-default = Gezählt werden die im Zeitraum eingegangenen Anfragen. Daten sind so genau wie unsere Aufzeichnungen: Ein Monat bedeutet, dass der Tag nicht erfasst ist. Konten werden pro Ermittlungsverfahren einmal gezählt.
report-band-note = Zahlen unter { $band } werden als „weniger als { $band }“ angegeben, damit kleine Zahlen auf niemanden schließen lassen.
report-no-identifiers = In diesem Bericht erscheinen keine Kontokennungen.
report-contact-heading = Kontakt
report-produced-with = Erstellt mit { $software }.
report-the-numbers = Die Zahlen

## Die Standard-Checkliste: was ein Transparenzbericht angeben sollte
checklist-covered = abgedeckt
checklist-available = verfügbar
checklist-missing = fehlt
checklist-source-oti = OTI Transparency Reporting Toolkit
checklist-source-rdr-p11a = Ranking Digital Rights P11a
checklist-source-rdr-p12 = Ranking Digital Rights P12
checklist-source-dsa = DSA-Durchführungsverordnung (EU) 2024/2835, Teil 3
checklist-record = { $n ->
    [one] { $what } für die { $missing } von { $count } Anfrage erfassen, bei der es fehlt
   *[other] { $what } für die { $missing } von { $count } Anfragen erfassen, bei denen es fehlt
}
checklist-turn-on = { $section } einschalten
checklist-section-categories = den Abschnitt zu den Kategorien
checklist-section-requests = die Liste der Anfragen
checklist-oti-process-types = Anfragen nach Art des Rechtsverfahrens
checklist-oti-accounts = Genannte Konten, getrennt von den Anfragen
checklist-oti-outcomes = Ergebnisse: abgelehnt, keine Daten, Daten herausgegeben
checklist-oti-content-split = Inhalts- und Nicht-Inhaltsdaten getrennt
checklist-oti-notification = Benachrichtigung: geheim, nicht geheim mit Benachrichtigung, nicht geheim ohne
checklist-oti-emergency = Notfallanfragen getrennt gezählt
checklist-oti-foreign = Anfragen aus dem Ausland
checklist-rdr-p11a-by-country = Anfragen nach Land
checklist-rdr-p11a-by-authority = Anfragen nach Rechtsgrundlage
checklist-rdr-p11a-accounts-affected = Zahl der betroffenen Konten
checklist-rdr-p11a-compliance = Wie oft das Unternehmen nachkam, je Art der Anfrage
checklist-rdr-p11a-barred = Was das Unternehmen von Rechts wegen nicht berichten darf
checklist-rdr-p11a-yearly = Mindestens einmal im Jahr veröffentlicht
checklist-rdr-p11a-structured = Eine strukturierte, maschinenlesbare Fassung
checklist-rdr-p12-notification = Benachrichtigung der Nutzer: Richtlinie und Zahlen
checklist-dsa-orders-per-member-state = Auskunftsanordnungen je Mitgliedstaat
checklist-dsa-orders-per-category = Anordnungen je Kategorie von Informationen
checklist-dsa-median-time = Mediane Zeit bis zur Umsetzung einer Anordnung
checklist-how-process-table = die Tabelle der Rechtsverfahren in der Zusammenfassung
checklist-how-accounts = die Zusammenfassung: genannte Konten
checklist-do-accounts = die Konten erfassen, die jede Anfrage (oder ihr Verfahren) nannte
checklist-what-outcome = das Ergebnis
checklist-how-outcomes = die Zusammenfassung: herausgegeben, keine Daten, abgelehnt, zurückgezogen, offen
checklist-how-categories = der Abschnitt zu den Kategorien: jede Art von Daten und was herausgegeben wurde
checklist-what-categories = die Daten, die jede Anfrage verlangte
checklist-what-notified = ob die Nutzer benachrichtigt wurden
checklist-how-notification = die Zusammenfassung: Geheimhaltungsanordnungen und benachrichtigte Nutzer
checklist-how-emergency = die Tabelle der Rechtsverfahren in der Zusammenfassung (Notfall ist ein Verfahren)
checklist-what-country = das anfragende Land
checklist-how-countries = die Tabelle der Länder in der Zusammenfassung
checklist-how-authority = die Liste der Anfragen: die Behörde jeder Anfrage
checklist-what-authority = die anfragende Behörde
checklist-how-compliance = die Zusammenfassung: Anteil mit herausgegebenen Daten
checklist-how-methodology = die für diesen Bericht geschriebene Methodik
checklist-do-methodology = in der Methodik sagen, was das Gesetz zu berichten verbietet, oder dass nichts verboten ist
checklist-how-yearly = der Bericht umfasst ein Jahr oder weniger
checklist-do-yearly = über Zeiträume von einem Jahr oder weniger berichten
checklist-how-structured = data.json und CSV neben dem Bericht
checklist-do-structured = als Ordner veröffentlichen (Veröffentlichen…, --format site): data.json und CSV
checklist-how-notified = die Zusammenfassung: benachrichtigte Nutzer
checklist-what-answered = der Tag, an dem jede Anfrage beantwortet wurde
checklist-how-median = die Zusammenfassung: Median der Tage bis zur Antwort
checklist-how-categories-section = der Abschnitt zu den Kategorien

## Die Zahlen des veröffentlichten Ordners (data.json und CSV)
figure-requests = Erhaltene Anfragen
figure-requests-definition = Im Zeitraum eingegangene behördliche Anfragen nach Nutzerdaten (nach dem Tag ihres Eingangs).
figure-accounts_specified = Genannte Konten
figure-accounts_specified-definition = Von den Anfragen genannte Konten: die Gesamtzahl eines Verfahrens einmal, sonst die Zahl jeder Anfrage; unbekannte Zahlen zählen nicht.
figure-some_data_produced = Mit herausgegebenen Daten
figure-some_data_produced-definition = Anfragen, auf die mit Daten geantwortet wurde (Ergebnis: entsprochen oder teilweise entsprochen).
figure-nondisclosure_orders = Mit Geheimhaltungsanordnung
figure-nondisclosure_orders-definition = Anfragen mit der Anordnung, den Nutzer nicht zu informieren.
figure-users_notified = Nutzer benachrichtigt
figure-users_notified-definition = Anfragen, deren Nutzer informiert wurden.
figure-users_notified_unknown = Benachrichtigung nicht erfasst
figure-users_notified_unknown-definition = Anfragen, bei denen die Datensätze nicht sagen, ob die Nutzer informiert wurden.
