# برنامج الزيارة: جدول الأعمال والمخطط الزمني، ومحرّر الفعالية وأجزاؤه الخاصة بالمراسم (ترتيب
# الجلوس، والغرف، والتنقّلات، والهدايا)، والمركبات، ومنتقيا التاريخ والمنطقة الزمنية، وطريقة عرض
# الأوقات وتغيير الساعة (التوقيت الصيفي).
# أسماء المدن تأتي من الخطة كما كُتبت؛ ولهذا تُسبق غالبًا بـ«بتوقيت» أو «في».
#
# المسرد (مصطلحات موحّدة في الترجمة كلها):
#   visit = زيارة                 delegation = وفد (الوفد)          itinerary / programme = برنامج الزيارة
#   Itinerary (view) = البرنامج   host side = الجانب المضيف         visiting side = الجانب الزائر
#   host organisation = الجهة المضيفة      organisation = جهة (ج جهات)      protocol = المراسم
#   plan (the file) = خطة الزيارة / الخطة   event = فعالية (ج فعاليات)     briefing book = ملف الإحاطة
#   topic = موضوع (study topics = مواضيع الدراسة)   question = سؤال    follow-up action = إجراء متابعة
#   actions = إجراءات المتابعة    bilateral committee = اللجنة الثنائية   problem = مشكلة (Problems = المشكلات)
#   error = خطأ                   warning = تحذير                   person = شخص (people = الأشخاص)
#   participant = مشارك           head of delegation = رئيس الوفد   deputy head = نائب رئيس الوفد
#   minister = وزير               member = عضو                      adviser = مستشار
#   interpreter = مترجم           liaison officer = ضابط ارتباط     security = الحماية
#   guest = ضيف                   precedence = الأسبقية (order of precedence = ترتيب الأسبقية)
#   seating = ترتيب الجلوس        table = طاولة                     seat = مقعد
#   place card = بطاقة المقعد     badge = بطاقة تعريفية             stay = إقامة
#   hotel = فندق                  room = غرفة                       night = ليلة
#   vehicle = مركبة               driver = سائق                     travel leg = تنقّل
#   flight = رحلة جوية            transfer = نقل                    passenger = راكب
#   gift = هدية                   dietary needs = الاحتياجات الغذائية   allergy = حساسية
#   wheelchair = كرسي متحرك       contact officer = ضابط الاتصال    clock = ساعة
#   time zone = المنطقة الزمنية   host time = توقيت البلد المضيف    home time = توقيت البلد الأم
#   day = يوم    date = تاريخ    start = البداية    end = النهاية    calendar = تقويم
#   Overview = نظرة عامة    save = حفظ    save as = حفظ باسم    open = فتح    new = جديد
#   export = تصدير    import = استيراد    publish = نشر    print = طباعة    delete = حذف
#   cancel = إلغاء    close = إغلاق    quit = خروج    undo = تراجع    redo = إعادة
#   search / find = بحث    add = إضافة    remove = إزالة    edit = تعديل    settings = الإعدادات
#   language = اللغة    view = عرض    help = مساعدة    file = ملف    status = الحالة
#   cancelled = ملغاة    confirmed = مؤكدة    tentative = مبدئية    untitled = بلا عنوان
#   (no name) = (بلا اسم)    email = البريد الإلكتروني    phone = الهاتف    mobile = جوال
#   passport = جواز السفر    visa = تأشيرة    document deadline = آخر موعد للوثائق
#   arrival = وصول    departure = مغادرة    meet-and-greet = الاستقبال
#   manifest = كشف الركاب    rooming list = كشف الغرف    caterer = متعهد الطعام

## الأوقات والساعات

clock-range = { $start }–{ $end }
clock-range-overnight = { $start }–{ $end } (اليوم التالي)
clock-range-to-day = { $start } حتى { $day } { $end }
# وقت أو مدى زمني بتوقيت مدينة: «١٠:٠٠–١١:٣٠ بتوقيت تالين».
clock-at-place = { $time } بتوقيت { $city }
clock-same-in = التوقيت نفسه في { $city }
# وقتا المغادرة والوصول المحليان لرحلة جوية؛ $days عدد الأيام التي يتأخر بها الوصول.
clock-departure-arrival = مغادرة { $start }، وصول { $end }{ $days ->
        [0] {""}
        [zero] {""}
        [one] {" "}(في اليوم التالي)
        [two] {" "}(بعد يومين)
        [few] {" "}(بعد { $days } أيام)
        [many] {" "}(بعد { $days } يومًا)
       *[other] {" "}(بعد { $days } يوم)
    }
clock-local-times = بالتوقيت المحلي { $start } – { $end }{ $days ->
        [0] {""}
        [zero] {""}
        [one] {" "}(في اليوم التالي)
        [two] {" "}(بعد يومين)
        [few] {" "}(بعد { $days } أيام)
        [many] {" "}(بعد { $days } يومًا)
       *[other] {" "}(بعد { $days } يوم)
    }
clock-duration-days = { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
clock-duration-hours = { $hours } س
clock-duration-minutes = { $minutes } د
clock-duration-negative = سالب { $duration }
# $what هي «start» (البداية) أو «end» (النهاية).
clock-in-gap = الوقت { $asked } غير موجود في { $city } يوم { $day }، إذ تُقدَّم الساعة من { $from } إلى { $to }. وقد ضُبط وقت { $what ->
        [start] البداية
       *[end] النهاية
    } على { $moved_to } ({ $offset }).
clock-in-fold = يتكرر الوقت { $asked } مرتين في { $city } يوم { $day }، إذ تُؤخَّر الساعة من { $from } إلى { $to }. يعتمد Attaché الوقت { $asked } الأول ({ $first })؛ ويأتي الثاني بعده بمقدار { $later } ({ $second }).
clock-last-day-before-first = لم يُجرَ التغيير، لأن اليوم الأخير، { $last }، سيقع قبل اليوم الأول، { $first }.
clock-moment-in = { $date } { $time } بتوقيت { $city }
clock-end-before-start = لم يُجرَ التغيير، لأن النهاية، { $end }، ستقع قبل البداية، { $start }.
clock-end-before-start-elsewhere = لم يُجرَ التغيير، لأن النهاية، { $end }، ستقع قبل البداية، { $start } (والنهاية بتوقيتها هي { $end_there }).
clock-offsets = { $before } → { $after }
clock-end-of-day = 24:00

## شريط أدوات البرنامج وعوامل التصفية

itinerary-heading = البرنامج
itinerary-mode-agenda = جدول الأعمال
itinerary-mode-timeline = المخطط الزمني
itinerary-times-in = الأوقات بتوقيت
itinerary-clock-host = { $city } (البلد المضيف)
itinerary-clock-home = { $city } (البلد الأم)
itinerary-first-day = اليوم الأول
itinerary-first-day-tooltip = عرض { $date }، وهو اليوم الأول من الزيارة
itinerary-today = اليوم
itinerary-today-tooltip = عرض اليوم، { $date }
itinerary-today-not-in-itinerary = اليوم، { $date }، ليس من أيام هذا البرنامج
itinerary-new-event = فعالية جديدة
    .tooltip = إضافة اجتماع مدته ساعة بعد آخر فعالية في يوم الفعالية المحددة، أو في اليوم المعروض
itinerary-show-only = عرض فقط
itinerary-filter-person = الشخص
itinerary-filter-anyone = أي شخص
itinerary-filter-any-topic = أي موضوع
itinerary-filter-topic = الموضوع: { $title }
itinerary-filter-missing-topic = موضوع مفقود
itinerary-filter-by-topic = التصفية حسب الموضوع
itinerary-filter-any-kind = أي نوع
itinerary-filter-kind = النوع: { $kind }
itinerary-filter-by-kind = التصفية حسب النوع
itinerary-filter-any-status = أي حالة
itinerary-filter-status = الحالة: { $status }
itinerary-filter-by-status = التصفية حسب الحالة
itinerary-clear-filters = مسح عوامل التصفية
# $count هو العدد الكلي للفعاليات ($total مكتوبًا)، ويحدد صيغة الكلمة.
itinerary-filtered-count = { $count ->
        [zero] لا توجد فعاليات
        [one] { $shown } من فعالية واحدة
        [two] { $shown } من فعاليتين
        [few] { $shown } من { $total } فعاليات
        [many] { $shown } من { $total } فعاليةً
       *[other] { $shown } من { $total } فعالية
    }

## جدول الأعمال

agenda-nothing-matches = لا توجد فعاليات تطابق عوامل التصفية.
agenda-nothing-planned = لا توجد فعاليات مقررة.
agenda-no-days = لا يتضمن هذا البرنامج أي أيام.
# عنوان اليوم: «الاثنين ٢٢ آذار ٢٠٢٧ · اليوم ٢ من ٥».
agenda-day-of-visit = { $date } · اليوم { $day } من { $days }
agenda-day-before-visit = { $date } · قبل الزيارة
agenda-day-after-visit = { $date } · بعد الزيارة
agenda-all-day = طوال اليوم
agenda-all-day-to = طوال اليوم، حتى { $last }
agenda-route = { $mode } من { $from } إلى { $to }
agenda-participants = { $count ->
        [zero] لا يوجد مشاركون
        [one] مشارك واحد
        [two] مشاركان
        [few] { $count } مشاركين
        [many] { $count } مشاركًا
       *[other] { $count } مشارك
    }
agenda-interpretation = ترجمة فورية
# وقت الفعالية بالساعة المختارة، ثم بالساعة الأخرى.
agenda-both-clocks = { $first } · { $second }
# ما يقرؤه قارئ الشاشة لصف الفعالية (وتليه رسالة event-problems-… إن كانت فيها مشكلات).
agenda-event-label = { $title }، { $time }، { $detail }، { $status }
# $direction هي «forward» (تقديم) أو «back» (تأخير).
agenda-clocks-change = { $direction ->
        [forward] تُقدَّم
       *[back] تُؤخَّر
    } الساعة بمقدار { $hours } في { $city } عند { $time } ({ $offsets })
# $direction هي «ahead» (متقدم) أو «behind» (متأخر).
agenda-arrival = الوصول إلى { $to }: التوقيت { $direction ->
        [ahead] متقدم على
       *[behind] متأخر عن
    } { $from } بمقدار { $hours } ({ $offsets })
agenda-arrival-after = الوصول إلى { $to }: التوقيت { $direction ->
        [ahead] متقدم على
       *[behind] متأخر عن
    } { $from } بمقدار { $hours } ({ $offsets })، بعد { $title }
agenda-clocks-now-same = ؛ وأصبح التوقيت الآن واحدًا في { $here } وفي { $there }
agenda-clocks-now-apart = ؛ وأصبح توقيت { $there } الآن { $direction ->
        [ahead] متقدمًا على
       *[behind] متأخرًا عن
    } توقيت { $here } بمقدار { $gap }

## الفعاليات

event-untitled = فعالية بلا عنوان
event-undo-add = إضافة فعالية
# يقرؤه قارئ الشاشة بعد الفعالية: «، مشكلة واحدة (خطأ)».
event-problems-errors = ، { $count ->
        [zero] لا توجد مشكلات
        [one] مشكلة واحدة (خطأ)
        [two] مشكلتان (بينهما خطأ)
        [few] { $count } مشكلات (بينها أخطاء)
        [many] { $count } مشكلةً (بينها أخطاء)
       *[other] { $count } مشكلة (بينها أخطاء)
    }
event-problems-warnings = ، { $count ->
        [zero] لا توجد مشكلات
        [one] مشكلة واحدة (تحذير)
        [two] مشكلتان (تحذيران)
        [few] { $count } مشكلات (تحذيرات)
        [many] { $count } مشكلةً (تحذيرات)
       *[other] { $count } مشكلة (تحذيرات)
    }
# تُقال بعد مشكلات الفعالية عندما يكون أحد المشاركين فيها مُدرَجًا في فعاليات أخرى في الوقت نفسه:
# "، وتتعارض مع فعالية أخرى: «الغداء» (12:00–13:30)". $events قائمة event-clash، و$count عددها.
event-clashes = { $count ->
        [zero] {""}
        [one] ، وتتعارض مع فعالية أخرى: { $events }
        [two] ، وتتعارض مع فعاليتين أخريين: { $events }
        [few] ، وتتعارض مع { $count } فعاليات أخرى: { $events }
        [many] ، وتتعارض مع { $count } فعاليةً أخرى: { $events }
       *[other] ، وتتعارض مع { $count } فعالية أخرى: { $events }
    }
# فعالية متعارضة واحدة: عنوانها ووقتها بحسب الساعة المعروضة.
event-clash = «{ $title }» ({ $range })

## المخطط الزمني

timeline-zoom-out = تصغير
    .tooltip = عرض عدد أكبر من الساعات
timeline-zoom-in = تكبير
    .tooltip = عرض الساعات بحجم أكبر
timeline-hint = يؤدي Ctrl مع التمرير إلى التكبير والتصغير أيضًا. انقر على أي كتلة لتعديلها.
timeline-crowded-hint = تُظهر الأيام المزدحمة عدد الفعاليات في كل ساعة: كبّر العرض أو طبّق التصفية لرؤيتها.
# $count يحدد صيغة الكلمات؛ و$shown هو العدد مكتوبًا.
timeline-hidden = { $count ->
        [zero] لا توجد فعاليات بعيدة عن أيام الزيارة.
        [one] يتعذر رسم فعالية واحدة لبعدها الكبير عن أيام الزيارة.
        [two] يتعذر رسم فعاليتين لبعدهما الكبير عن أيام الزيارة.
        [few] يتعذر رسم { $shown } فعاليات لبعدها الكبير عن أيام الزيارة.
        [many] يتعذر رسم { $shown } فعاليةً لبعدها الكبير عن أيام الزيارة.
       *[other] يتعذر رسم { $shown } فعالية لبعدها الكبير عن أيام الزيارة.
    }
# ما يقرؤه قارئ الشاشة لكتلة الفعالية. $cancelled هي «yes» أو «no»؛ و$others عدد الفعاليات الأخرى
# التي تشاركها الوقت نفسه (وتليه رسالة event-problems-… إن كانت فيها مشكلات).
timeline-block-label = { $title }، { $day }، { $range }{ $cancelled ->
        [yes] ، ملغاة
       *[no] {""}
    }{ $others ->
        [0] {""}
        [zero] {""}
        [one] ، بالتزامن مع فعالية أخرى
        [two] ، بالتزامن مع فعاليتين أخريين
        [few] ، بالتزامن مع { $others } فعاليات أخرى
        [many] ، بالتزامن مع { $others } فعاليةً أخرى
       *[other] ، بالتزامن مع { $others } فعالية أخرى
    }
timeline-block-label-no-day = { $title }، { $range }{ $cancelled ->
        [yes] ، ملغاة
       *[no] {""}
    }{ $others ->
        [0] {""}
        [zero] {""}
        [one] ، بالتزامن مع فعالية أخرى
        [two] ، بالتزامن مع فعاليتين أخريين
        [few] ، بالتزامن مع { $others } فعاليات أخرى
        [many] ، بالتزامن مع { $others } فعاليةً أخرى
       *[other] ، بالتزامن مع { $others } فعالية أخرى
    }
timeline-band-label = { $title }، { $range }
timeline-stay-band-label = { $title } في { $hotel }، { $range }
# موضع تغيير الساعة: «٠٣:٠٠ تقديم الساعة ١ س».
timeline-clock-change = { $time } { $direction ->
        [forward] تقديم الساعة
       *[back] تأخير الساعة
    } { $shift }
timeline-now = الآن { $time }
timeline-now-label = الآن، { $date } { $time }
timeline-more-bands = { $count ->
        [zero] لا مزيد
        [one] عنصر آخر
        [two] عنصران آخران
        [few] { $shown } عناصر أخرى
        [many] { $shown } عنصرًا آخر
       *[other] { $shown } عنصر آخر
    }
timeline-more-bands-label = { $count ->
        [zero] لا توجد عناصر أخرى من الإقامات والفعاليات الممتدة طوال اليوم في { $day }؛ انقر لعرض اليوم في جدول الأعمال
        [one] عنصر آخر من الإقامات والفعاليات الممتدة طوال اليوم في { $day }؛ انقر لعرض اليوم في جدول الأعمال
        [two] عنصران آخران من الإقامات والفعاليات الممتدة طوال اليوم في { $day }؛ انقر لعرض اليوم في جدول الأعمال
        [few] { $shown } عناصر أخرى من الإقامات والفعاليات الممتدة طوال اليوم في { $day }؛ انقر لعرض اليوم في جدول الأعمال
        [many] { $shown } عنصرًا آخر من الإقامات والفعاليات الممتدة طوال اليوم في { $day }؛ انقر لعرض اليوم في جدول الأعمال
       *[other] { $shown } عنصر آخر من الإقامات والفعاليات الممتدة طوال اليوم في { $day }؛ انقر لعرض اليوم في جدول الأعمال
    }
timeline-more-bands-label-no-day = { $count ->
        [zero] لا توجد عناصر أخرى من الإقامات والفعاليات الممتدة طوال اليوم؛ انقر لعرض اليوم في جدول الأعمال
        [one] عنصر آخر من الإقامات والفعاليات الممتدة طوال اليوم؛ انقر لعرض اليوم في جدول الأعمال
        [two] عنصران آخران من الإقامات والفعاليات الممتدة طوال اليوم؛ انقر لعرض اليوم في جدول الأعمال
        [few] { $shown } عناصر أخرى من الإقامات والفعاليات الممتدة طوال اليوم؛ انقر لعرض اليوم في جدول الأعمال
        [many] { $shown } عنصرًا آخر من الإقامات والفعاليات الممتدة طوال اليوم؛ انقر لعرض اليوم في جدول الأعمال
       *[other] { $shown } عنصر آخر من الإقامات والفعاليات الممتدة طوال اليوم؛ انقر لعرض اليوم في جدول الأعمال
    }
timeline-clocks-both = الساعات بتوقيت { $chosen }، وبتوقيت { $other } { $direction ->
        [ahead] المتقدم
       *[behind] المتأخر
    } بمقدار { $shift }
timeline-clocks-one = الساعات بتوقيت { $chosen }
timeline-crowded-hour = { $day }، { $range }: { $count ->
        [zero] لا توجد فعاليات
        [one] فعالية واحدة
        [two] فعاليتان
        [few] { $shown } فعاليات
        [many] { $shown } فعاليةً
       *[other] { $shown } فعالية
    }. كبّر العرض أو طبّق التصفية لرؤيتها؛ وانقر لعرض اليوم في جدول الأعمال.
timeline-crowded-hour-no-day = { $range }: { $count ->
        [zero] لا توجد فعاليات
        [one] فعالية واحدة
        [two] فعاليتان
        [few] { $shown } فعاليات
        [many] { $shown } فعاليةً
       *[other] { $shown } فعالية
    }. كبّر العرض أو طبّق التصفية لرؤيتها؛ وانقر لعرض اليوم في جدول الأعمال.
timeline-events = { $count ->
        [zero] لا توجد فعاليات
        [one] فعالية واحدة
        [two] فعاليتان
        [few] { $shown } فعاليات
        [many] { $shown } فعاليةً
       *[other] { $shown } فعالية
    }

## منتقي التاريخ

clock-type-a-date = اكتب تاريخًا
    .hint = 25.03.2027
clock-date-not-read = «{ $typed }» ليس تاريخًا يستطيع Attaché قراءته: اكتبه بإحدى الصيغ 2027-02-26 أو 2027/02/26 أو 26.02.2027 أو 26/02/2027.
clock-date-today = اليوم
clock-previous-year = السنة السابقة
clock-previous-month = الشهر السابق
clock-next-month = الشهر التالي
clock-next-year = السنة التالية

## منتقي المنطقة الزمنية

clock-zone-with-offset = { $zone } ({ $offset })
clock-zone-unknown = { $zone } (منطقة زمنية غير معروفة)
# المنطقة الزمنية على زر المنتقي: «Tallinn · UTC+2».
clock-zone-shown = { $city } · { $offset }
# $field اسم الحقل كما في السمة .zone: «المنطقة الزمنية للبداية».
clock-zone-search = البحث في المناطق الزمنية عن { $field }
# منطقة زمنية تُقترح أولًا مع سبب اقتراحها: «Europe/Tallinn (UTC+2) — المنطقة الزمنية للبلد المضيف».
clock-zone-suggested = { $zone } — { $why }
clock-zone-tooltip = { $zone }: انقر لاختيار منطقة زمنية أخرى

## محرّر الفعالية

event-duplicate = إنشاء نسخة
    .tooltip = إضافة نسخة من هذه الفعالية
# عنوان نسخة الفعالية.
event-copy-title = { $title } (نسخة)
event-day-earlier = نقل إلى اليوم السابق
    .tooltip = نقل هذه الفعالية إلى اليوم السابق بالأوقات نفسها
event-day-later = نقل إلى اليوم التالي
    .tooltip = نقل هذه الفعالية إلى اليوم التالي بالأوقات نفسها
event-kind = النوع
event-title = العنوان
    .hint = ما هي الفعالية، مثلًا: اجتماع مع كبير مسؤولي المعلومات في الحكومة
event-mode = وسيلة النقل
event-from = من
event-to = إلى
event-carrier = الناقل
event-booking-reference = رقم الحجز
event-hours = الساعات
event-all-day = طوال اليوم (بلا ساعات محددة)
# طرفا الفعالية، وأسماء حقولهما لقارئ الشاشة.
event-start = البداية
    .date = تاريخ البداية
    .time = وقت البداية
    .zone = المنطقة الزمنية للبداية
event-end = النهاية
    .date = تاريخ النهاية
    .time = وقت النهاية
    .zone = المنطقة الزمنية للنهاية
event-first-day = اليوم الأول
    .date = تاريخ اليوم الأول
    .time = وقت اليوم الأول
    .zone = المنطقة الزمنية لليوم الأول
event-last-day = اليوم الأخير
    .date = تاريخ اليوم الأخير
    .time = وقت اليوم الأخير
    .zone = المنطقة الزمنية لليوم الأخير
event-departure = المغادرة
    .date = تاريخ المغادرة
    .time = وقت المغادرة
    .zone = المنطقة الزمنية للمغادرة
event-arrival = الوصول
    .date = تاريخ الوصول
    .time = وقت الوصول
    .zone = المنطقة الزمنية للوصول
event-check-in = تسجيل الدخول
    .date = تاريخ تسجيل الدخول
    .time = وقت تسجيل الدخول
    .zone = المنطقة الزمنية لتسجيل الدخول
event-check-out = تسجيل الخروج
    .date = تاريخ تسجيل الخروج
    .time = وقت تسجيل الخروج
    .zone = المنطقة الزمنية لتسجيل الخروج
event-time-field =
    .hint = hh:mm
    .tooltip = الوقت بتوقيت المنطقة الزمنية المبيّنة بجانبه، مثلًا 09:30
# سبب اقتراح منطقة زمنية أولًا.
event-zone-host = المنطقة الزمنية للبلد المضيف
event-zone-home = المنطقة الزمنية للبلد الأم
event-zone-this-event = هذه الفعالية
event-place = المكان
event-location = الموقع
event-host-organisation = الجهة المضيفة
# السمة .list تسمّي القائمة في حقل البحث وأزرار الإزالة («إضافة إلى المشاركين…»)، لذا تأتي مجرورة.
event-participants = المشاركون
    .list = المشاركين
event-hosts = المضيفون
    .list = المضيفين
event-topics = المواضيع
    .list = المواضيع
event-missing-topic = موضوع مفقود { $id }
event-add-delegation = إضافة الوفد بأكمله
    .tooltip = يشارك جميع أعضاء الوفد الزائر
    .disabled = يشارك الوفد الزائر بأكمله بالفعل
event-add-delegation-except = إضافة الوفد باستثناء…
event-everyone-but = الجميع باستثناء { $name }
event-status = الحالة
event-interpretation = الترجمة الفورية
event-interpretation-needed = الترجمة الفورية مطلوبة
event-notes = الملاحظات
event-all-day-length = { $days ->
        [zero] { $days } يوم، بلا ساعات محددة
        [one] يوم واحد، بلا ساعات محددة
        [two] يومان، بلا ساعات محددة
        [few] { $days } أيام، بلا ساعات محددة
        [many] { $days } يومًا، بلا ساعات محددة
       *[other] { $days } يوم، بلا ساعات محددة
    }
event-lasts = تستغرق { $length }
event-lasts-between-zones = تستغرق { $length }، من توقيت { $from } إلى توقيت { $to }
event-ends-before-start = تنتهي هذه الفعالية قبل أن تبدأ: عدّل نهايتها أو بدايتها.
event-zone-unknown = إحدى المناطق الزمنية لهذه الفعالية غير موجودة في قاعدة بيانات المناطق الزمنية: اختر منطقة أخرى.
# $what هي «start» (البداية) أو «end» (النهاية).
event-move-out-of-gap = نقل { $what ->
        [start] البداية
       *[end] النهاية
    } إلى { $time }

## خطوات التراجع في محرّر الفعالية (تعديل ← تراجع عن …)

event-undo-change = تغيير الفعالية
event-undo-edit = تعديل الفعالية
event-undo-notes = تعديل ملاحظات الفعالية
event-undo-duplicate = نسخ الفعالية
event-undo-day-earlier = نقل الفعالية إلى اليوم السابق
event-undo-day-later = نقل الفعالية إلى اليوم التالي
event-undo-kind = تغيير نوع الفعالية
event-undo-all-day = جعل الفعالية طوال اليوم
event-undo-fixed-hours = تحديد ساعات للفعالية
event-undo-out-of-gap = إخراج الفعالية من فجوة التوقيت الصيفي
event-undo-start = تغيير بداية الفعالية
event-undo-end = تغيير نهاية الفعالية
event-undo-host-organisation = تغيير الجهة المضيفة
event-undo-participants = تغيير المشاركين
event-undo-hosts = تغيير المضيفين
event-undo-topics = تغيير المواضيع
event-undo-add-delegation = إضافة الوفد بأكمله
event-undo-delegation-but-one = إضافة الوفد باستثناء عضو واحد

## الهدايا

gifts-heading = الهدايا
gifts-nobody-takes-part = حدّد المشاركين أولًا: فهم من يقدّمون الهدايا ويتلقّونها.
gifts-add = إضافة هدية
gifts-description = وصف الهدية { $number }
    .hint = مثلًا: صينية فضية نُقش عليها باب عشتار
gifts-from = مقدِّم الهدية { $number }
gifts-to = متلقّي الهدية { $number }
gifts-not-taking-part = (غير مشارك)
gifts-value = قيمة الهدية { $number }
gifts-currency = العملة
    .hint = EUR
gifts-status = حالة الهدية { $number }
gifts-remove = إزالة الهدية
gifts-remove-numbered = إزالة الهدية { $number }
gifts-undo-add = إضافة هدية
gifts-undo-edit = تعديل هدية
gifts-undo-party = تغيير مقدِّم الهدية أو متلقّيها
gifts-undo-edit-value = تعديل قيمة الهدية
gifts-undo-value = تغيير قيمة الهدية
gifts-undo-status = تغيير حالة الهدية
gifts-undo-remove = إزالة هدية

## غرف الإقامة

rooms-heading = الغرف
rooms-add = إضافة غرفة
    .tooltip = غرفة مفردة لكل ليالي الإقامة
rooms-number = رقم الغرفة { $number }
rooms-type = نوع الغرفة { $number }
rooms-first-night = الليلة الأولى للغرفة { $number }
rooms-last-night = الليلة الأخيرة للغرفة { $number }
rooms-guests = ضيوف الغرفة { $number }
    .list = الضيوف
rooms-remove = إزالة الغرفة
rooms-remove-numbered = إزالة الغرفة { $number }
rooms-undo-add = إضافة غرفة
rooms-undo-number = تعديل رقم الغرفة
rooms-undo-type = تغيير نوع الغرفة
rooms-undo-nights = تغيير ليالي الغرفة
rooms-undo-guests = تغيير ضيوف الغرفة
rooms-undo-remove = إزالة غرفة

## مركبات التنقّل

rides-heading = المركبات
rides-no-vehicles = أضِف سيارات الزيارة وحافلاتها في «نظرة عامة»، ثم خصّصها هنا.
rides-add = إضافة مركبة إلى هذا التنقّل
rides-vehicle = المركبة { $number }
rides-not-in-plan = (غير موجودة في الخطة)
rides-seats-taken = المقاعد المشغولة: { $taken } من { $seats }
rides-remove = إزالة
rides-remove-numbered = إزالة المركبة { $number } من هذا التنقّل
rides-passengers = ركاب المركبة { $number }
    .list = الركاب
rides-undo-add = إضافة مركبة إلى التنقّل
rides-undo-vehicle = تغيير المركبة
rides-undo-passengers = تغيير الركاب
rides-undo-remove = إزالة مركبة من التنقّل

## ترتيب الجلوس

seating-heading = ترتيب الجلوس
seating-propose = اقتراح ترتيب الجلوس
    .tooltip = إجلاس جميع المشاركين حسب الأسبقية: المضيف في وسط الطاولة الرئيسية، وضيف الشرف عن يمين المضيف، والمترجمون في الخلف
seating-add-table = إضافة طاولة
# الاسم الذي تُعطاه الطاولة الجديدة.
seating-new-table-name = الطاولة { $number }
seating-table-name = اسم الطاولة { $number }
seating-table-shape = شكل الطاولة { $number }
seating-add-seat = + مقعد
seating-add-seat-to = إضافة مقعد إلى الطاولة { $number }
seating-remove-seat = − مقعد
seating-remove-seat-of = إزالة آخر مقعد من الطاولة { $number }
seating-remove-table = إزالة الطاولة
seating-remove-table-numbered = إزالة الطاولة { $number }
seating-not-seated-yet = لم يُخصَّص لهم مقعد بعد (اسحب الاسم إلى مقعد):
seating-person-not-seated = { $name }، بلا مقعد
# المقعد كما يسمّيه المخطِّط.
seating-place = المقعد { $seat } على الطاولة { $table }
seating-choose-seat = مقعد…
    .search = البحث في المقاعد
seating-empty = شاغر
# مقعد يجده منتقي المقاعد: «المقعد ٣ على الطاولة ١ (الطاولة الرئيسية): علي حسن».
seating-seat-found = { $place } ({ $table }): { $occupant }
seating-choose-seat-for = اختيار مقعد يجلس فيه { $name }
seating-seat-someone = (شاغر) إجلاس شخص…
    .search = البحث في المشاركين الذين لا مقاعد لهم
seating-who-sits-here = { $seat }: اختر من يجلس هنا
seating-seat-of-table = المقعد { $seat } من الطاولة { $table }
seating-empty-seat = إخلاء { $seat }
seating-person-at = { $name }، في { $place }
seating-move-left = نقل { $seat } إلى اليسار
seating-move-right = نقل { $seat } إلى اليمين
seating-move-to-table = نقل { $seat } إلى الطاولة { $table }
seating-diet = الاحتياجات الغذائية: { $needs }
seating-interpreter-behind = المترجم في الخلف: { $name }
seating-undo-propose = اقتراح ترتيب الجلوس
seating-undo-add-table = إضافة طاولة
seating-undo-rename-table = إعادة تسمية طاولة
seating-undo-table-shape = تغيير شكل الطاولة
seating-undo-add-seat = إضافة مقعد
seating-undo-remove-seat = إزالة مقعد
seating-undo-remove-table = إزالة طاولة
seating-undo-move-seat = نقل مقعد
seating-undo-seat-person = إجلاس شخص
seating-undo-empty-seat = إخلاء مقعد

## مركبات الزيارة (في «نظرة عامة»)

vehicles-heading = المركبات
vehicles-add = إضافة مركبة
# الاسم الذي تُعطاه السيارة الجديدة.
vehicles-new-car-name = السيارة { $number }
vehicles-name = اسم المركبة { $number }
vehicles-plate = رقم لوحة المركبة { $number }
vehicles-driver = سائق المركبة { $number }
vehicles-driver-phone = هاتف سائق المركبة { $number }
vehicles-kind = نوع المركبة { $number }
vehicles-seats = عدد مقاعد المركبة { $number }
vehicles-remove = إزالة المركبة
    .tooltip = تُزال المركبة أيضًا من التنقّلات المخصّصة لها
vehicles-search = البحث في المركبات
    .hint = الاسم، رقم اللوحة، السائق…
vehicles-undo-change = تغيير المركبات
vehicles-undo-add = إضافة مركبة
vehicles-undo-edit = تعديل مركبة
vehicles-undo-remove = إزالة مركبة
