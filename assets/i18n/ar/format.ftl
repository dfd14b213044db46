# كيف تُكتب التواريخ والأوقات: أنماط CLDR للتاريخ (https://unicode.org/reports/tr35/tr35-dates.html)
# تُملأ بأسماء الأيام والأشهر كما تُكتب في العراق (كانون الثاني، شباط، آذار …) وبأرقامها.
#   EEE  الاثنين      EEEE  الاثنين      d  ٢٢      MMM  آذار      MMMM  آذار      y  ٢٠٢٧
#   LLLL آذار (الشهر وحده)      HH  الساعات ٠٠–٢٣      mm  الدقائق
#   EEEEEE  ن (اليوم بحرف، فوق عمود التقويم)

format-weekday-day-month = EEE d MMM
format-weekday-day-month-year = EEE d MMM y
format-full-weekday-day-month = EEEE d MMMM
format-full-weekday-day-month-year = EEEE d MMMM y
format-day-month = d MMM
format-day-month-year = d MMM y
format-month-year = LLLL y
format-short-weekday = EEEEEE
format-numeric = dd/MM/y
format-time = HH:mm
format-date-time = { $date } { $time }
