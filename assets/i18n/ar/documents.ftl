# الوثائق المطبوعة (ملف الإحاطة، والبرامج الفردية لأعضاء الوفد، وكشوف دائرة المراسم وبطاقاتها)
# وحقول النص في التقويم المصدَّر التي يقرؤها الإنسان.
# تُدرج الأسماء والقيم من الخطة كما كُتبت.
#
# المسرد (المصطلحات الموحّدة في الترجمة كلها):
#   visit = زيارة · delegation = وفد (the delegation = الوفد) · itinerary / programme = برنامج الزيارة
#   (عرض Itinerary = البرنامج) · host side = الجانب المضيف · visiting side = الجانب الزائر
#   host organisation = الجهة المضيفة · organisation = جهة (ج. جهات) · protocol = المراسم
#   plan (الملف) = خطة الزيارة / الخطة · event = فعالية (ج. فعاليات) · briefing book = ملف الإحاطة
#   topic = موضوع (study topics = مواضيع الدراسة) · question = سؤال
#   follow-up action = إجراء متابعة (actions = إجراءات المتابعة) · bilateral committee = اللجنة الثنائية
#   problem = مشكلة (Problems = المشكلات) · error = خطأ · warning = تحذير
#   person = شخص (people = الأشخاص) · participant = مشارك · head of delegation = رئيس الوفد
#   deputy head = نائب رئيس الوفد · minister = وزير · member = عضو · adviser = مستشار
#   interpreter = مترجم · liaison officer = ضابط ارتباط · security = الحماية · guest = ضيف
#   precedence = الأسبقية (order of precedence = ترتيب الأسبقية) · seating = ترتيب الجلوس
#   table = طاولة · seat = مقعد · place card = بطاقة المقعد · badge = بطاقة تعريفية
#   stay = إقامة · hotel = فندق · room = غرفة · night = ليلة · vehicle = مركبة · driver = سائق
#   travel leg = تنقّل · flight = رحلة جوية · transfer = نقل · passenger = راكب · gift = هدية
#   dietary needs = الاحتياجات الغذائية · allergy = حساسية · wheelchair = كرسي متحرك
#   contact officer = ضابط الاتصال · clock = ساعة · time zone = المنطقة الزمنية
#   host time = توقيت البلد المضيف · home time = توقيت البلد الأم · day = يوم · date = تاريخ
#   start = البداية · end = النهاية · calendar = تقويم · Overview = نظرة عامة
#   save = حفظ · save as = حفظ باسم · open = فتح · new = جديد · export = تصدير · import = استيراد
#   publish = نشر · print = طباعة · delete = حذف · cancel = إلغاء · close = إغلاق · quit = خروج
#   undo = تراجع · redo = إعادة · search / find = بحث · add = إضافة · remove = إزالة · edit = تعديل
#   settings = الإعدادات · language = اللغة · view = عرض · help = مساعدة · file = ملف
#   status = الحالة · cancelled = ملغاة · confirmed = مؤكدة · tentative = مبدئية
#   untitled = بلا عنوان · (no name) = (بلا اسم) · email = البريد الإلكتروني · phone = الهاتف
#   mobile = جوال · passport = جواز السفر · visa = تأشيرة · document deadline = آخر موعد للوثائق
#   arrival = وصول · departure = مغادرة · meet-and-greet = الاستقبال · manifest = كشف الركاب
#   rooming list = كشف الغرف · caterer = متعهد الطعام
# ومصطلحات إضافية في هذه الملفات: delegate = عضو الوفد · meal = وجبة · ceremony = حفل
#   contacts = بيانات الاتصال · entry (في التقويم) = قيد · rooming grid = جدول الغرف
#   seating chart = مخطط الجلوس · interpretation = الترجمة الفورية · head table = الطاولة الرئيسية
# مسارات القوائم تُكتب بالسهم «←» لأن الكتابة من اليمين إلى اليسار.

## مشترك بين الوثائق المطبوعة

# أرقام الصفحات في أسفل كل صفحة؛ $page و$pages عددان يكتبهما المتصفح.
doc-page-of-pages = الصفحة { $page } من { $pages }
# فعالية تستغرق اليوم كله، في موضع وقتها.
doc-all-day = طوال اليوم
# وقت في منطقة زمنية لا يعرفها هذا الجهاز: «الوقت (Mars/Olympus)».
doc-time-in-zone = { $time } ({ $zone })
# من يوم إلى آخر: «الاثنين … – الأربعاء …».
doc-date-range = { $first } – { $last }
doc-version-of = النسخة المؤرخة في { $date }
# بين أجزاء التفصيل: «رحلة جوية من تالين إلى ريغا، airBaltic، رقم الحجز X7Y».
doc-comma = { "، " }
# رحلة: $mode هو «رحلة جوية» أو «قطار» …
doc-journey = { $mode } من { $from } إلى { $to }
doc-booking = رقم الحجز { $reference }
doc-booking-start = رقم الحجز { $reference }
doc-no-events-yet = لا توجد فعاليات بعد.
# الموضع في ترتيب الأسبقية أو في القائمة (ت = التسلسل).
doc-column-rank = ت
doc-column-name = الاسم
doc-column-position = المنصب
doc-column-role = الصفة
doc-column-email = البريد الإلكتروني
doc-column-phone = الهاتف

## قوائم الأسماء: من يشارك في الفعالية

doc-names-delegation = الوفد
# $missing: الأعضاء الغائبون، مربوطين بـ doc-names-and.
doc-names-delegation-except = الوفد باستثناء { $missing }
# بين الأسماء (كثيرًا ما تحتوي الأسماء على فواصل).
doc-names-separator = { "؛ " }
# بين الأعضاء الغائبين («الوفد باستثناء أ وب وج»): تُكرَّر قبل كل اسم،
# لأن الأسماء كثيرًا ما تحتوي على فواصل.
doc-names-and = { " و" }
doc-names-delegation-and-others = { $delegation }؛ { $others }

## ملف الإحاطة

doc-briefing-book = ملف الإحاطة
doc-briefing-page-title = { $title } — ملف الإحاطة
doc-briefing-draft =
    { $count ->
        [zero] مسودة — لا توجد مشكلات غير محلولة
        [one] مسودة — مشكلة واحدة غير محلولة
        [two] مسودة — مشكلتان غير محلولتين
        [few] مسودة — { $count } مشكلات غير محلولة
        [many] مسودة — { $count } مشكلةً غير محلولة
       *[other] مسودة — { $count } مشكلة غير محلولة
    }
doc-briefing-problems = لا تزال في الخطة مشكلات يجب حلّها قبل تسليم هذا الملف:
doc-briefing-problems-first =
    { $count ->
        [zero] لا تزال في الخطة مشكلات يجب حلّها قبل تسليم هذا الملف.
        [one] لا تزال في الخطة مشكلات يجب حلّها قبل تسليم هذا الملف، وأولاها:
        [two] لا تزال في الخطة مشكلات يجب حلّها قبل تسليم هذا الملف، وأوّل اثنتين منها:
        [few] لا تزال في الخطة مشكلات يجب حلّها قبل تسليم هذا الملف، وأوّل { $count } منها:
        [many] لا تزال في الخطة مشكلات يجب حلّها قبل تسليم هذا الملف، وأوّل { $count } منها:
       *[other] لا تزال في الخطة مشكلات يجب حلّها قبل تسليم هذا الملف، وأوّل { $count } منها:
    }
# أحد طرفي الزيارة وبلده: «وزارة الاتصالات (العراق)».
doc-briefing-party = { $name } ({ $country })
doc-briefing-parties = { $visiting } في ضيافة { $host }
doc-briefing-times = الأوقات بتوقيت { $host } ({ $host_zone })، وإلى جانبها توقيت { $home } ({ $home_zone }).
doc-briefing-contents = المحتويات
doc-briefing-delegation = الوفد
doc-briefing-programme = البرنامج
doc-briefing-contacts = بيانات الاتصال
doc-briefing-topics = مواضيع الدراسة
doc-briefing-actions = إجراءات المتابعة المفتوحة
doc-briefing-prepared-with = أُعدّ باستخدام Attaché.
doc-briefing-nobody-yet = لا أحد بعد.
doc-briefing-in-order-of-precedence = بحسب ترتيب الأسبقية.
doc-briefing-hosts = المضيفون
doc-briefing-column-event = الفعالية
doc-briefing-interpretation = الترجمة الفورية
doc-briefing-local-times = الأوقات المحلية: { $times }
doc-briefing-hosted-by = المضيفون: { $hosts }
doc-briefing-with = بحضور: { $names }
doc-briefing-topics-of-event = المواضيع: { $topics }
doc-briefing-without-organisation = بلا جهة
doc-briefing-no-topics-yet = لا توجد مواضيع بعد.
doc-briefing-lead = المسؤول: { $name }
doc-briefing-objectives = الأهداف
doc-briefing-open-questions = الأسئلة المفتوحة
doc-briefing-covered-at = يُتناول في: { $events }
doc-briefing-no-open-actions = لا توجد إجراءات متابعة مفتوحة.
doc-briefing-column-action = الإجراء
doc-briefing-column-owner = المسؤول
doc-briefing-column-due = موعد الإنجاز
doc-briefing-column-status = الحالة
doc-briefing-column-from = المصدر

## البرامج الفردية لأعضاء الوفد

doc-programme-page-title = { $title } — البرنامج
doc-programme-no-delegation = لا يوجد في الخطة وفد زائر بعد.
doc-programme-kicker = البرنامج · { $title }
doc-programme-version-of = النسخة المؤرخة في { $date }
doc-programme-times = الأوقات بتوقيت { $host }، وإلى جانبها توقيت { $home } باللون الرمادي.
doc-programme-hotel = الفندق
doc-programme-none-booked = لم يُحجز بعد.
doc-programme-contact-officer = ضابط الاتصال
doc-programme-none-named = لم يُسمَّ أحد في الخطة.
doc-programme-emergency-contacts = الاتصال في حالات الطوارئ
# جهة اتصال للطوارئ وصفتها: «كادري تام (ضابط ارتباط)».
doc-programme-contact-role = { $name } ({ $role })
doc-programme-column-time = الوقت
doc-programme-column-event = الفعالية والمكان ومن تلتقي بهم
doc-programme-meeting = لقاء مع { $whom }
doc-programme-local-times = الأوقات المحلية { $times }
doc-programme-you-host = أنت المضيف
doc-programme-room = الغرفة { $number }

## بطاقات المقاعد والبطاقات التعريفية

doc-cards-page-title = بطاقات المقاعد
doc-badges-page-title = البطاقات التعريفية

## مخططات الجلوس

doc-seating-page-title = ترتيب الجلوس — { $title }
# موعد بدء الفعالية ذات المقاعد: «الاثنين … ، الساعة …».
doc-seating-when = { $date }، الساعة { $time }
# بعد اسم الطاولة: شكلها وعدد مقاعدها.
doc-seating-table =
    { $count ->
        [zero] ({ $shape }، بلا مقاعد)
        [one] ({ $shape }، مقعد واحد)
        [two] ({ $shape }، مقعدان)
        [few] ({ $shape }، { $count } مقاعد)
        [many] ({ $shape }، { $count } مقعدًا)
       *[other] ({ $shape }، { $count } مقعد)
    }
doc-seating-diet = الاحتياجات الغذائية: { $needs }
doc-seating-empty = (شاغر)
doc-seating-interpreter-behind = المترجم في الخلف: { $name }

## كشف النقل

doc-transport-title = النقل — { $title }
doc-transport-vehicle = المركبة
doc-transport-passengers = الركاب
doc-transport-driver = السائق: { $name } { $phone }
doc-transport-vehicle-gone = (مركبة لم تعد موجودة في الخطة)

## أوراق متعهد الطعام

doc-catering-page-title = الإطعام — { $title }
# موعد بدء الوجبة بساعة البلد المضيف: «الاثنين … ، من … إلى … بتوقيت تالين».
doc-catering-when = { $date }، { $time } بتوقيت { $city }
# $number هو $count مكتوبًا بخط عريض.
doc-catering-count =
    { $count ->
        [zero] لا يوجد ضيوف
        [one] ضيف واحد
        [two] ضيفان
        [few] { $number } ضيوف
        [many] { $number } ضيفًا
       *[other] { $number } ضيف
    }
doc-catering-count-and-interpreters =
    { $count ->
        [zero] لا يوجد ضيوف
        [one] ضيف واحد
        [two] ضيفان
        [few] { $number } ضيوف
        [many] { $number } ضيفًا
       *[other] { $number } ضيف
    }، و{ $interpreters ->
        [zero] لا يوجد مترجمون
        [one] مترجم واحد
        [two] مترجمان
        [few] { $interpreters } مترجمين
        [many] { $interpreters } مترجمًا
       *[other] { $interpreters } مترجم
    } أثناء العمل (لا يُقدَّم لهم الطعام على الطاولة)
doc-catering-needs = الاحتياجات الغذائية وحالات الحساسية
doc-catering-no-needs = لا يوجد ضيف لديه احتياجات غذائية خاصة.
doc-catering-need = الاحتياج
doc-catering-guests = الضيوف
# مكان جلوس الضيف، بعد اسمه.
doc-catering-place = — { $table }، المقعد { $seat }
doc-catering-without-needs =
    { $count ->
        [zero] لا يوجد ضيوف بلا احتياجات غذائية خاصة.
        [one] ضيف واحد بلا احتياجات غذائية خاصة.
        [two] ضيفان بلا احتياجات غذائية خاصة.
        [few] { $count } ضيوف بلا احتياجات غذائية خاصة.
        [many] { $count } ضيفًا بلا احتياجات غذائية خاصة.
       *[other] { $count } ضيف بلا احتياجات غذائية خاصة.
    }
doc-catering-interpretation = الترجمة الفورية
# $needed هو doc-catering-equipment-needed بخط عريض.
doc-catering-equipment = { $needed } (أجهزة استقبال، وكرسي خلف كل شخصية رئيسية للمترجم).
doc-catering-equipment-needed = يلزم توفير أجهزة الترجمة الفورية
doc-catering-interpreters = المترجمون: { $names }
doc-catering-no-interpretation = لا ترجمة فورية في هذه الوجبة.

## أوراق السائقين

doc-drivers-page-title = أوراق السائقين — { $title }
doc-drivers-seats =
    { $count ->
        [zero] بلا مقاعد
        [one] مقعد واحد
        [two] مقعدان
        [few] { $count } مقاعد
        [many] { $count } مقعدًا
       *[other] { $count } مقعد
    }
doc-drivers-driver = السائق { $name } { $phone }
doc-drivers-time = الوقت
doc-drivers-pick-up-drop-off = الصعود ← النزول
doc-drivers-passengers = الركاب
doc-drivers-contact-officer = ضابط الاتصال
doc-drivers-none-named = لم يُسمَّ أحد
doc-drivers-no-vehicle = لا تُستخدم أي مركبة.
# من يستقل مركبة ذات عدد من المقاعد: «… من أصل … مقاعد».
doc-seats-taken =
    { $seats ->
        [zero] { $taken } من أصل { $seats } مقعد
        [one] { $taken } من أصل مقعد واحد
        [two] { $taken } من أصل مقعدين
        [few] { $taken } من أصل { $seats } مقاعد
        [many] { $taken } من أصل { $seats } مقعدًا
       *[other] { $taken } من أصل { $seats } مقعد
    }

## جداول الغرف

doc-rooming-page-title = جدول الغرف — { $title }
doc-rooming-check-in-out = تسجيل الدخول { $check_in } · تسجيل المغادرة { $check_out }
doc-rooming-room = الغرفة
doc-rooming-type = النوع
doc-rooming-no-number = (بلا رقم بعد)
doc-rooming-no-guest = (لم يُسمَّ ضيف)
doc-rooming-rooms-booked = الغرف المحجوزة
# ليلة لم تُحجز فيها غرفة، في صف الغرف المحجوزة.
doc-rooming-none = لا شيء
doc-rooming-cut =
    { $count ->
        [zero] الإقامة أطول مما يُعرض هنا.
        [one] الإقامة أطول؛ وتُعرض الليلة الأولى فقط.
        [two] الإقامة أطول؛ وتُعرض الليلتان الأوليان فقط.
        [few] الإقامة أطول؛ وتُعرض أول { $count } ليالٍ فقط.
        [many] الإقامة أطول؛ وتُعرض أول { $count } ليلةً فقط.
       *[other] الإقامة أطول؛ وتُعرض أول { $count } ليلة فقط.
    }
doc-rooming-outside = محجوزة خارج الليالي المعروضة:
# $kind هو نوع الغرفة: «مفردة»، «جناح» …
doc-rooming-booked-outside = الغرفة { $number } ({ $kind })، من { $first } إلى { $last }
doc-rooming-without-room = بلا غرفة:
doc-rooming-every-night = كل ليلة

## كشف ركاب الوصول والمغادرة

doc-manifest-page-title = الوصول والمغادرة — { $title }
doc-manifest-times = الأوقات بتوقيت { $host }، وإلى جانبها توقيت { $home }.
doc-manifest-arrivals = رحلات الوصول
doc-manifest-departures = رحلات المغادرة
doc-manifest-arrival = الوصول
doc-manifest-departure = المغادرة
doc-manifest-met-by = في الاستقبال: { $names }
doc-manifest-seen-off-by = في التوديع: { $names }
doc-manifest-nobody-named = لم يُسمَّ أحد
doc-manifest-passenger = الراكب
doc-manifest-travel-document = وثيقة السفر
doc-manifest-needs = الاحتياجات
doc-manifest-car = السيارة
doc-manifest-access = تسهيلات الحركة: { $needs }
# وثيقة سفر لم تصدر بعد: «قُدِّم الطلب (آخر موعد …)».
doc-manifest-document-due = { $status } (آخر موعد { $deadline })
doc-manifest-no-passengers = لم يُسمَّ أي راكب.
doc-manifest-no-flights = لا توجد رحلة جوية قادمة إلى البلد المضيف أو مغادرة منه.

## التقويم (iCalendar): وصف الفعالية

# السطر الأول: «اجتماع · مؤكدة».
doc-ics-kind-and-status = { $kind } · { $status }
doc-ics-host-organisation = الجهة المضيفة: { $name }
doc-ics-hosts = المضيفون: { $names }
# سطر «المشاركون»: من يشارك.
doc-ics-participants = المشاركون: { $names }
doc-ics-topics = المواضيع: { $topics }
doc-ics-interpretation-needed = يلزم توفير ترجمة فورية

## كيف يُقرأ تاريخ مثل 03/04/2027 في ملف مستورد

doc-date-order-day-first = اليوم أولاً (26/02/2027)
doc-date-order-month-first = الشهر أولاً (02/26/2027)

## صادرات المراسم كما تسمّيها الجمل («تصدير مخططات الجلوس»)

doc-protocol-seating-charts = مخططات الجلوس
doc-protocol-place-cards = بطاقات المقاعد
doc-protocol-rooming-lists = كشوف الغرف
doc-protocol-transport-list = كشف النقل
doc-protocol-name-badges = البطاقات التعريفية
doc-protocol-rooming-grids = جداول الغرف
doc-protocol-manifest = كشف ركاب الوصول والمغادرة
doc-protocol-catering-sheets = أوراق متعهد الطعام
doc-protocol-driver-sheets = أوراق السائقين

## ما يحتويه الملف المصدَّر، كما يسمّيه مرشِّح نافذة اختيار الملفات

doc-format-spreadsheet = جدول بيانات CSV
doc-format-briefing-book = ملف الإحاطة (HTML)
doc-format-programme = البرنامج (HTML)
doc-format-printable-page = صفحة قابلة للطباعة (HTML)

## سبب رفض التصدير

doc-error-unknown-person = لا يوجد في الخطة شخص بالمعرّف { $id }
doc-error-unknown-event = لا توجد في الخطة فعالية بالمعرّف { $id }
doc-error-unknown-zone = الفعالية «{ $event }» في المنطقة الزمنية «{ $zone }»، وهي ليست منطقة زمنية معروفة في قاعدة IANA؛ صحّحها (يُدرجها عرض «المشكلات») ثم أعد التصدير
# $which هو "host" أو "home".
doc-error-unknown-visit-zone = المنطقة الزمنية { $which ->
        [host] للبلد المضيف
       *[home] للبلد الأم
    } في الزيارة «{ $zone }» ليست منطقة زمنية معروفة في قاعدة IANA؛ صحّحها في «نظرة عامة» ثم أعد التصدير
# فعالية اختيرت لتصدير لا يقبلها: «الفعالية «أمسية حرة» ليست وجبةً أو حفلًا؛ اختر فعاليةً ذات طاولات».
# $what و$which هما الزوجان أدناه.
doc-error-not-applicable = الفعالية «{ $title }» ليست { $what }؛ اختر { $which }
doc-error-seated-what = وجبةً أو حفلًا
doc-error-seated-which = فعاليةً ذات طاولات
doc-error-stays-what = إقامةً ذات غرف
doc-error-stays-which = إقامةً في فندق
doc-error-flights-what = رحلةً جوية قادمة إلى البلد المضيف أو مغادرة منه
doc-error-flights-which = رحلة وصول أو مغادرة
doc-error-meals-what = وجبةً
doc-error-meals-which = وجبة غداء أو عشاء
doc-error-rides-what = تنقّلًا بمركبات
doc-error-rides-which = نقلًا بريًّا

## التغييرات منذ إصدار سابق

doc-changes-since = التغييرات منذ نسخة { $date }
doc-changes-none = لم يتغيّر شيء منذ ذلك الحين.
doc-changes-not-on-a-day = غير مرتبطة بيوم
doc-change-added = جديدة
doc-change-cancelled = ملغاة
doc-change-moved = نُقلت، وكانت { $was }
doc-change-renamed = تغيّر عنوانها
doc-change-place = تغيّر المكان
doc-change-people = تغيّر المشاركون
doc-change-details = تغيّرت التفاصيل

## جمل التغييرات في الإطار على الصفحة الأولى من الوثيقة

change-added = أُضيفت: { $event }، { $when }
change-removed = حُذفت: { $event }، وكانت { $when }
change-cancelled = أُلغيت: { $event }، { $when }
change-reinstated = أُعيدت: { $event }، وحالتها الآن { $status }
change-status = { $event }: { $status } (وكانت { $was })
change-moved = تغيّر موعدها: { $event } إلى { $when }، بدلًا من { $was }
change-renamed = تغيّر الاسم: { $change }
change-place = مكان { $event }: { $change }
change-people = المشاركون في { $event }: { $change }
change-hosts = المضيفون في { $event }: { $change }
change-host-organisation = الجهة المضيفة في { $event }: { $change }
change-also = تغيّر أيضًا في { $event }: { $fields }
change-travel = التنقّل { $event }: { $changes }
change-travel-mode = الوسيلة { $change }
change-travel-from = من { $change }
change-travel-to = إلى { $change }
change-travel-carrier = الناقل { $change }
change-travel-booking = الحجز { $change }
change-booking = حجز { $event }: { $change }
change-rooms = الغرف في { $event }: { $changes }
change-kind = أصبحت { $event } { $kind } (وكانت { $was })
change-event-kind = { $kind ->
    [Meeting] اجتماعًا
    [SiteVisit] زيارة ميدانية
    [Briefing] إحاطة
    [Meal] وجبة
    [Ceremony] حفلًا
    [Travel] تنقّلًا
    [Stay] إقامة
   *[FreeTime] وقتًا حرًا
}
change-cars = السيارات في { $event }: { $changes }
change-car-added = أُضيفت { $vehicle } لـ { $names }
change-car-removed = حُذفت { $vehicle }
change-car-moved = { $names } الآن في { $vehicle } (وكانوا في { $was })
change-car-people = { $vehicle }: { $change }
change-a-vehicle = سيارة
change-room-of-kind = { $kind ->
    [Single] غرفة مفردة
    [Twin] غرفة بسريرين
    [Suite] جناح
   *[Double] غرفة مزدوجة
}
change-room-numbered = الغرفة { $number }
change-nights = الليالي من { $first } إلى { $last }
change-room-added = أُضيفت { $room } ({ $kind }، { $nights }) لـ { $names }
change-room-removed = حُذفت { $room }
change-room-changed = { $room }: { $changes }
change-room-nights = { $nights } (وكانت { $was })
change-room-kind = الآن { $kind } (وكانت { $was })
change-room-number = الرقم { $change }
change-room-notes = الملاحظات
change-people-added = أُضيف { $names }
change-people-removed = حُذف { $names }
change-now-was = { $now } (وكان { $was })
change-none = (لا شيء)
change-nobody = لا أحد
change-quoted = «{ $text }»
change-untitled = فعالية بلا عنوان
change-separator = { "؛ " }
change-precedence = تغيّر ترتيب الأسبقية
change-visit = تغيّرت بيانات الزيارة: { $fields }
change-record-added = أُضيف { $record }: { $name }
change-record-removed = حُذف { $record }: { $name }
change-record-changed = { $record } { $name }: تغيّر { $fields }
change-record-person = شخص
change-record-vehicle = مركبة
change-record-organisation = جهة
change-record-topic = موضوع دراسة
change-record-action = إجراء
