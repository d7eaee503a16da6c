# Die festen Vokabulare der Datensätze (docs/design.md), wie Menschen sie lesen. Die Kennung
# nach dem Bindestrich ist der Wert, den Dateien und der Speicher schreiben.

## Rechtliche Verfahren
process-subpoena = Subpoena
process-court_order = Gerichtsbeschluss
process-search_warrant = Durchsuchungsbeschluss
process-pen_register = Verbindungsdatenüberwachung
process-wiretap = Telekommunikationsüberwachung
process-emergency = Notfall
process-preservation = Sicherungsanordnung
process-national_security = Nationale Sicherheit
process-foreign = Ausländische Regierung
process-civil = Zivilverfahren
process-other = Sonstiges

## Ausgang einer Anfrage
outcome-complied = Entsprochen
outcome-partial = Teilweise entsprochen
outcome-no_data = Keine Daten
outcome-rejected = Abgelehnt
outcome-withdrawn = Zurückgezogen
outcome-pending = Offen

## Was mit einer angefragten Kategorie geschah
disposition-provided = Herausgegeben
disposition-partial = Teilweise herausgegeben
disposition-not_held = Nicht vorhanden
disposition-withheld = Zurückgehalten
disposition-pending = Offen

## Rechtliche Datenklassen
category_class-subscriber = Bestandsdaten
category_class-non_content = Verkehrsdaten
category_class-content = Inhalte

## Arten von Richtlinienänderungen
policy_kind-retention = Aufbewahrung
policy_kind-collection = Erhebung
policy_kind-disclosure = Herausgabe
policy_kind-notification = Benachrichtigung der Nutzer
policy_kind-other = Sonstiges

## Kennzahlen veröffentlichter Zählungen
metric-requests = Anfragen
metric-accounts = Angegebene Konten
metric-some_data_produced = Anfragen mit herausgegebenen Daten
metric-content_disclosed = Anfragen mit herausgegebenen Inhalten
metric-non_content_disclosed = Anfragen nur mit Nicht-Inhaltsdaten
metric-rejected = Abgelehnte Anfragen
metric-no_data = Anfragen ohne gefundene Daten
metric-users_notified = Benachrichtigte Nutzer
metric-under_seal = Unter Schweigepflicht
metric-not_notified = Nicht benachrichtigt
metric-median_hours_to_confirm = Median der Stunden bis zur Eingangsbestätigung
metric-median_hours_to_effect = Median der Stunden bis zur Umsetzung

## Worin eine veröffentlichte Zahl zählt
unit-count = Anzahl
unit-percent = Prozent
unit-hours = Stunden

## Worum es in veröffentlichten Zählungen außer Kontodaten geht
scope-devices = Geräte
scope-financial_identifiers = Zahlungskennungen
scope-push_tokens = Push-Tokens
scope-digital_content_providers = Anbieter digitaler Inhalte
scope-account_restriction = Sperrung oder Löschung von Konten
scope-app_takedown_legal = Entfernung von Apps (Rechtsverstoß)
scope-app_takedown_policy = Entfernung von Apps (Plattformrichtlinie)
scope-enterprise_cloud = Unternehmens-Cloud-Kunden
scope-diplomatic = Anfragen auf diplomatischem Weg
scope-enterprise_diplomatic = Unternehmensanfragen auf diplomatischem Weg
scope-content_orders = Anordnungen gegen rechtswidrige Inhalte

## Die eingebauten Datenkategorien (eigene Kategorien eines Speichers bleiben, wie sie geschrieben sind)
category-name = Name
category-email_address = E-Mail-Adresse
category-postal_address = Postanschrift
category-phone_number = Telefonnummer
category-ip_address = IP-Adresse
category-activity_logs = Aktivitätsprotokolle
category-session_records = Sitzungsdaten
category-account_metadata = Kontometadaten
category-payment_info = Zahlungsinformationen
category-uploaded_content = Aufzeichnungen hochgeladener Inhalte
category-download_logs = Download-Protokolle
category-content = Gespeicherte Inhalte
category-other = Sonstiges

## Wie lange Daten gespeichert werden
retention-account_lifetime = solange das Konto besteht
retention-indefinite = unbegrenzt
retention-none = nicht gespeichert
retention-kept = { $how } gespeichert
retention-kept-account_lifetime = gespeichert, solange das Konto besteht
retention-year = { $n ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
retention-month = { $n ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
retention-week = { $n ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
retention-day = { $n ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
retention-hour = { $n ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
retention-minute = { $n ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
retention-second = { $n ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}

## Der Stand einer Kategorie vor und nach einer Richtlinienänderung
state-held = vorhanden
state-not-held = nicht vorhanden
state-in = in { $location }
state-nothing-stated = nichts angegeben

## Was der Datenbestand eines Tages über eine Kategorie sagt (Reichweite)
reach-held = vorhanden
reach-held_for_a_period = für eine begrenzte Zeit vorhanden
reach-not_held = nicht vorhanden
reach-not_recorded = nicht erfasst
holding-no-retention = ohne angegebene Speicherdauer
holding-last = nur für die letzten { $how } vorhanden
holding-fixed-period = an { $count } Orten vorhanden, nur für eine feste Zeit ({ $how })
holding-one-place = an 1 Ort vorhanden, { $how }
holding-each = an { $count } Orten vorhanden, jeweils { $how }
holding-places = an { $count } Orten vorhanden ({ $how })
causes-one = der Richtlinienänderung vom { $dates }
causes-many = den Richtlinienänderungen vom { $dates }

## Aufzählungen
list-and = { $rest } und { $last }

## Gezählte Datensätze: was ein Import hinzufügte, was eine Organisation hat
records-counted = { $kind ->
    [requests] { $n ->
        [one] { $count } Anfrage
       *[other] { $count } Anfragen
    }
    [inventory] { $n ->
        [one] { $count } Bestandseintrag
       *[other] { $count } Bestandseinträge
    }
    [policy_changes] { $n ->
        [one] { $count } Richtlinienänderung
       *[other] { $count } Richtlinienänderungen
    }
    [organisations] { $n ->
        [one] { $count } Organisation
       *[other] { $count } Organisationen
    }
    [matters] { $n ->
        [one] { $count } Verfahren
       *[other] { $count } Verfahren
    }
    [aggregates] { $n ->
        [one] { $count } veröffentlichte Zahl
       *[other] { $count } veröffentlichte Zahlen
    }
    [categories] { $n ->
        [one] { $count } Kategorie
       *[other] { $count } Kategorien
    }
    [report_texts] { $n ->
        [one] { $count } Berichtstext
       *[other] { $count } Berichtstexte
    }
    [replaced] { $count } ersetzt
   *[other] { $count } { $kind }
}
records-nothing-new = nichts Neues
records-unchanged = { $count } unverändert
records-none = keine Datensätze
