# Gezählte Wörter, mit den Pluralregeln der Sprache aus CLDR.
requests-count = { $n ->
    [one] { $count } Anfrage
   *[other] { $count } Anfragen
}
accounts-count = { $n ->
    [one] { $count } Konto
   *[other] { $count } Konten
}
# Ein Zeitraum von Monaten in einem Jahr („März–April 2023“) und über Jahre hinweg.
month-range-same-year = { $from }–{ $to }
month-range = { $from } – { $to }
# Ein Monat eines Jahres: „März 2023“ (der Monat, wie CLDR ihn nennt, dann das Jahr).
month-year = { $month } { $year }
# Ein ganzer Prozentwert (mit schmalem geschütztem Leerzeichen).
percent = { $p } %
