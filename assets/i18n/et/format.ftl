# Kuupäevade ja kellaaegade kuju: CLDR-i mustrid, päevade ja kuude nimed eesti keeles.
#   EEE  E       EEEE  esmaspäev      d.  22.      MMM  märts      MMMM  märts      y  2027
#   LLLL märts (kuu üksi)   HH  tunnid 00–23   mm  minutid
#   EEEEEE  E (nädalapäev kalendri veeru kohal)

format-weekday-day-month = EEE d. MMM
format-weekday-day-month-year = EEE d. MMM y
format-full-weekday-day-month = EEEE, d. MMMM
format-full-weekday-day-month-year = EEEE, d. MMMM y
format-day-month = d. MMM
format-day-month-year = d. MMM y
format-month-year = LLLL y
format-short-weekday = EEEEEE
format-numeric = dd.MM.y
format-time = HH:mm
format-date-time = { $date } { $time }
