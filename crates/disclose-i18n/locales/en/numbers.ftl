# Counted words, with CLDR's plural rules of the language.
requests-count = { $n ->
    [one] { $count } request
   *[other] { $count } requests
}
accounts-count = { $n ->
    [one] { $count } account
   *[other] { $count } accounts
}
# A range of months within one year ("March–April 2023") and across years.
month-range-same-year = { $from }–{ $to }
month-range = { $from } – { $to }
# A month of a year: "March 2023" (the month as CLDR names it, then the year).
month-year = { $month } { $year }
# A whole percentage.
percent = { $p }%
