# How dates and times are written: CLDR date patterns (https://unicode.org/reports/tr35/tr35-dates.html),
# filled with the language's own names of days and months.
#   EEE  Mon         EEEE  Monday      d  22      MMM  Mar      MMMM  March      y  2027
#   LLLL March (the month on its own)  HH  hours, 00–23      mm  minutes
#   EEEEEE  Mo (a weekday in two letters, above a calendar)

format-weekday-day-month = EEE d MMM
format-weekday-day-month-year = EEE d MMM y
format-full-weekday-day-month = EEEE d MMMM
format-full-weekday-day-month-year = EEEE d MMMM y
format-day-month = d MMM
format-day-month-year = d MMM y
format-month-year = LLLL y
format-short-weekday = EEEEEE
format-numeric = y-MM-dd
format-time = HH:mm
format-date-time = { $date } { $time }
