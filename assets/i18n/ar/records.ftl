# عروض السجلات (الأشخاص، الجهات، المواضيع، إجراءات المتابعة، النظرة العامة)، وجداولها
# ومحرّراتها، وأدوات الاختيار التي تُختار بها السجلات، ونافذة الحذف.
#
# المسرد (مصطلحات موحّدة في الترجمة كلها):
#   visit = زيارة · delegation = وفد (the delegation = الوفد) · itinerary / programme = برنامج الزيارة
#   (عنوان عرض Itinerary = البرنامج) · host side = الجانب المضيف · visiting side = الجانب الزائر
#   host organisation = الجهة المضيفة · organisation = جهة (ج جهات) · protocol = المراسم
#   plan (الملف) = خطة الزيارة / الخطة · event = فعالية (ج فعاليات) · briefing book = ملف الإحاطة
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
#   start = البداية · end = النهاية · calendar = تقويم · Overview = نظرة عامة · save = حفظ
#   save as = حفظ باسم · open = فتح · new = جديد · export = تصدير · import = استيراد · publish = نشر
#   print = طباعة · delete = حذف · cancel = إلغاء · close = إغلاق · quit = خروج · undo = تراجع
#   redo = إعادة · search / find = بحث · add = إضافة · remove = إزالة · edit = تعديل
#   settings = الإعدادات · language = اللغة · view = عرض · help = مساعدة · file = ملف
#   status = الحالة · cancelled = ملغاة · confirmed = مؤكدة · tentative = مبدئية
#   untitled = بلا عنوان · (no name) = (بلا اسم) · email = البريد الإلكتروني · phone = الهاتف
#   mobile = جوال · passport = جواز السفر · visa = تأشيرة · document deadline = آخر موعد للوثائق
#   arrival = وصول · departure = مغادرة · meet-and-greet = الاستقبال · manifest = كشف الركاب
#   rooming list = كشف الغرف · caterer = متعهد الطعام
#   وفي هذا الملف أيضًا: topic lead = المشرف · action owner = المسؤول · due date = تاريخ الاستحقاق
#   Name in own script = الاسم بأحرفه الأصلية · form of address = صيغة المخاطبة · title = اللقب
#   finding = نتيجة · objective = هدف · record = سجل · editor = المحرّر

## جداول السجلات: البحث، الأعداد، الفرز

record-clear-search = مسح البحث
record-no-name = (بلا اسم)
record-sort-hint = انقر للفرز حسب هذا العمود، وانقر مرة أخرى لعكس الترتيب، ومرة ثالثة للعودة إلى ترتيب الخطة
record-sort-by = الفرز حسب «{ $column }»
record-sorted-ascending = مرتّب من أ إلى ي
record-sorted-descending = مرتّب من ي إلى أ
record-not-sorted = غير مرتّب
# يسبق عوامل التصفية في الجدول.
record-filter-show = عرض

## إطار المحرّر: الإغلاق والحذف، وخطوات التراجع

record-close = إغلاق
    .tooltip = إغلاق المحرّر
record-delete-person = حذف الشخص…
    .tooltip = حذف هذا الشخص بعد عرض ما يشير إليه
record-delete-organisation = حذف الجهة…
    .tooltip = حذف هذه الجهة بعد عرض ما يشير إليها
record-delete-event = حذف الفعالية…
    .tooltip = حذف هذه الفعالية بعد عرض ما يشير إليها
record-delete-topic = حذف الموضوع…
    .tooltip = حذف هذا الموضوع بعد عرض ما يشير إليه
record-delete-action = حذف الإجراء…
    .tooltip = حذف هذا الإجراء بعد عرض ما يشير إليه
record-delete-visit = حذف الزيارة…
    .tooltip = حذف هذه الزيارة بعد عرض ما يشير إليها
# خطوة تراجع: الضغط على Esc في سجل أُضيف للتو ولم يُعدَّل.
record-undo-remove-new = إزالة السجل الجديد

## الحقول المشتركة: اختيار الجهة

field-missing-organisation = (جهة مفقودة)
field-no-organisation = بلا جهة
field-find-organisation = البحث عن جهة

## أدوات الاختيار: العثور على سجل بالكتابة

picker-type-to-search = اكتب للبحث
picker-nothing-matches = لا توجد نتائج مطابقة.
picker-nobody-else-matches = لا يوجد شخص آخر مطابق.
# ‏$list اسم القائمة، مثل «المشاركون».
picker-remove-from = إزالة { $name } من { $list }
picker-add-to = إضافة إلى { $list }
picker-add-to-hint = إضافة إلى { $list }…
picker-open = فتح
picker-more = ونتائج أخرى عددها { $count }: اكتب المزيد من الاسم
picker-unnamed-person = شخص بلا اسم
# شخص من الجانب الآخر بين النتائج: «الجانب الزائر · وزير، وزارة الزراعة».
picker-other-side = { $side } · { $detail }
picker-missing-person = شخص مفقود { $id }
picker-search-people = البحث في الأشخاص

## نافذة الحذف
# ‏$kind نوع السجل: person أو organisation أو event أو topic أو action (أو سجل آخر).
# ‏$kind نص لا عدد، فلا تُستعمل معه المفاتيح [zero] و[one] و[two] و[few] و[many]؛ وقد أُثبتت
# (مطابقةً للصيغة الافتراضية) لأن أداة الفحص تطلبها في كل اختيار فيه [other].

delete-question = هل تريد حذف { $name }؟
delete-undo-reminder = { $kind ->
        [person] يمكن استعادة الشخص مع جميع الإشارات إليه بالتراجع.
        [organisation] يمكن استعادة الجهة مع جميع الإشارات إليها بالتراجع.
        [event] يمكن استعادة الفعالية مع جميع الإشارات إليها بالتراجع.
        [topic] يمكن استعادة الموضوع مع جميع الإشارات إليه بالتراجع.
        [action] يمكن استعادة الإجراء مع جميع الإشارات إليه بالتراجع.
        [zero] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع.
        [one] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع.
        [two] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع.
        [few] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع.
        [many] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع.
       *[other] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع.
    }
# ‏$keys اختصار لوحة المفاتيح للتراجع، مثل «Ctrl+Z».
delete-undo-reminder-keys = { $kind ->
        [person] يمكن استعادة الشخص مع جميع الإشارات إليه بالتراجع ({ $keys }).
        [organisation] يمكن استعادة الجهة مع جميع الإشارات إليها بالتراجع ({ $keys }).
        [event] يمكن استعادة الفعالية مع جميع الإشارات إليها بالتراجع ({ $keys }).
        [topic] يمكن استعادة الموضوع مع جميع الإشارات إليه بالتراجع ({ $keys }).
        [action] يمكن استعادة الإجراء مع جميع الإشارات إليه بالتراجع ({ $keys }).
        [zero] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع ({ $keys }).
        [one] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع ({ $keys }).
        [two] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع ({ $keys }).
        [few] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع ({ $keys }).
        [many] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع ({ $keys }).
       *[other] يمكن استعادة السجل مع جميع الإشارات إليه بالتراجع ({ $keys }).
    }
delete-confirm = حذف { $kind ->
        [person] الشخص
        [organisation] الجهة
        [event] الفعالية
        [topic] الموضوع
        [action] الإجراء
        [zero] السجل
        [one] السجل
        [two] السجل
        [few] السجل
        [many] السجل
       *[other] السجل
    }
delete-cancel = إلغاء
# خطوة تراجع.
delete-undo-name = حذف { $name }
delete-not-referenced = لا يرد ذكر { $kind ->
        [person] هذا الشخص
        [organisation] هذه الجهة
        [event] هذه الفعالية
        [topic] هذا الموضوع
        [action] هذا الإجراء
        [zero] هذا السجل
        [one] هذا السجل
        [two] هذا السجل
        [few] هذا السجل
        [many] هذا السجل
       *[other] هذا السجل
    } في أي موضع آخر من الخطة.
delete-person-named-elsewhere = يرد ذكر هذا الشخص في مواضع أخرى من الخطة:

## نافذة الحذف: عناوين ما يشير إلى السجل

delete-section-seated-at = له مقعد في
delete-section-sleeps-in = يقيم في
delete-section-rides-in = يستقل مركبة في
delete-section-gifts = الهدايا
delete-section-hosts = يستضيف
delete-section-leads-topics = يشرف على المواضيع
delete-section-owns-actions = مسؤول عن الإجراءات
delete-section-takes-part-in = يشارك في
delete-section-its-people = الأشخاص التابعون لها
delete-section-events-it-hosts = الفعاليات التي تستضيفها
delete-section-actions-from-it = إجراءات المتابعة الناشئة عن هذا السجل
delete-section-covered-by = تتناوله

## نافذة الحذف: أسطر ما يشير إلى السجل

delete-room-of-kind = غرفة { $kind }
delete-room-number = الغرفة { $number }
delete-room = { $room } في { $stay }
delete-room-shared = { $room } في { $stay }، بالاشتراك مع { $others }
delete-gift-gives = تقديم «{ $gift }» إلى { $party } في { $event }
delete-gift-receives = تلقّي «{ $gift }» من { $party } في { $event }
delete-someone-not-in-plan = شخص غير مدرج في الخطة

## نافذة الحذف: ما يغيّره الحذف
# جملة واحدة: ‏$changes قائمة الأجزاء التالية، مجموعةً كما تُسرد القوائم في اللغة.

delete-sentence = سيؤدي الحذف إلى { $changes }.
delete-person-participant = { $count ->
        [zero] عدم إزالته من المشاركين في أي فعالية
        [one] إزالته من المشاركين في فعالية واحدة
        [two] إزالته من المشاركين في فعاليتين
        [few] إزالته من المشاركين في { $count } فعاليات
        [many] إزالته من المشاركين في { $count } فعاليةً
       *[other] إزالته من المشاركين في { $count } فعالية
    }
delete-person-host = { $count ->
        [zero] عدم إزالته من المستضيفين في أي فعالية
        [one] إزالته من المستضيفين في فعالية واحدة
        [two] إزالته من المستضيفين في فعاليتين
        [few] إزالته من المستضيفين في { $count } فعاليات
        [many] إزالته من المستضيفين في { $count } فعاليةً
       *[other] إزالته من المستضيفين في { $count } فعالية
    }
delete-person-lead = { $count ->
        [zero] عدم ترك أي موضوع بلا مشرف
        [one] ترك موضوع واحد بلا مشرف
        [two] ترك موضوعين بلا مشرف
        [few] ترك { $count } مواضيع بلا مشرف
        [many] ترك { $count } موضوعًا بلا مشرف
       *[other] ترك { $count } موضوع بلا مشرف
    }
delete-person-owner = { $count ->
        [zero] عدم ترك أي إجراء بلا مسؤول
        [one] ترك إجراء واحد بلا مسؤول
        [two] ترك إجراءين بلا مسؤول
        [few] ترك { $count } إجراءات بلا مسؤول
        [many] ترك { $count } إجراءً بلا مسؤول
       *[other] ترك { $count } إجراء بلا مسؤول
    }
delete-person-seat = { $count ->
        [zero] عدم إخلاء مقعده في أي فعالية
        [one] إخلاء مقعده في فعالية واحدة
        [two] إخلاء مقعده في فعاليتين
        [few] إخلاء مقعده في { $count } فعاليات
        [many] إخلاء مقعده في { $count } فعاليةً
       *[other] إخلاء مقعده في { $count } فعالية
    }
delete-person-rooms = { $count ->
        [zero] عدم إخراجه من أي غرفة
        [one] إخراجه من غرفة واحدة
        [two] إخراجه من غرفتين
        [few] إخراجه من { $count } غرف
        [many] إخراجه من { $count } غرفةً
       *[other] إخراجه من { $count } غرفة
    }
delete-person-rides = { $count ->
        [zero] عدم إنزاله من المركبات في أي تنقّل
        [one] إنزاله من المركبات في تنقّل واحد
        [two] إنزاله من المركبات في تنقّلين
        [few] إنزاله من المركبات في { $count } تنقّلات
        [many] إنزاله من المركبات في { $count } تنقّلًا
       *[other] إنزاله من المركبات في { $count } تنقّل
    }
delete-person-gifts = { $count ->
        [zero] عدم إزالة أي هدية يقدّمها أو يتلقّاها
        [one] إزالة الهدية الواحدة التي يقدّمها أو يتلقّاها
        [two] إزالة الهديتين اللتين يقدّمهما أو يتلقّاهما
        [few] إزالة { $count } هدايا يقدّمها أو يتلقّاها
        [many] إزالة { $count } هديةً يقدّمها أو يتلقّاها
       *[other] إزالة { $count } هدية يقدّمها أو يتلقّاها
    }
delete-organisation-people = { $count ->
        [zero] عدم ترك أي شخص بلا جهة
        [one] ترك شخص واحد بلا جهة (مع بقائه في الخطة)
        [two] ترك شخصين بلا جهة (مع بقائهما في الخطة)
        [few] ترك { $count } أشخاص بلا جهة (مع بقائهم في الخطة)
        [many] ترك { $count } شخصًا بلا جهة (مع بقائهم في الخطة)
       *[other] ترك { $count } شخص بلا جهة (مع بقائهم في الخطة)
    }
delete-organisation-hosted = { $count ->
        [zero] عدم ترك أي فعالية بلا جهة مضيفة
        [one] ترك فعالية واحدة بلا جهة مضيفة
        [two] ترك فعاليتين بلا جهة مضيفة
        [few] ترك { $count } فعاليات بلا جهة مضيفة
        [many] ترك { $count } فعاليةً بلا جهة مضيفة
       *[other] ترك { $count } فعالية بلا جهة مضيفة
    }
delete-organisation-gifts = { $count ->
        [zero] عدم إزالة أي هدية تقدّمها أو تتلقّاها
        [one] إزالة الهدية الواحدة التي تقدّمها أو تتلقّاها
        [two] إزالة الهديتين اللتين تقدّمهما أو تتلقّاهما
        [few] إزالة { $count } هدايا تقدّمها أو تتلقّاها
        [many] إزالة { $count } هديةً تقدّمها أو تتلقّاها
       *[other] إزالة { $count } هدية تقدّمها أو تتلقّاها
    }
delete-topic-covered = { $count ->
        [zero] عدم إزالته من مواضيع أي فعالية
        [one] إزالته من مواضيع فعالية واحدة
        [two] إزالته من مواضيع فعاليتين
        [few] إزالته من مواضيع { $count } فعاليات
        [many] إزالته من مواضيع { $count } فعاليةً
       *[other] إزالته من مواضيع { $count } فعالية
    }
delete-actions-without-source = { $count ->
        [zero] عدم ترك أي إجراء ناشئ عن هذا السجل بلا مصدر
        [one] ترك إجراء واحد ناشئ عن هذا السجل بلا مصدر
        [two] ترك إجراءين ناشئين عن هذا السجل بلا مصدر
        [few] ترك { $count } إجراءات ناشئة عن هذا السجل بلا مصدر
        [many] ترك { $count } إجراءً ناشئًا عن هذا السجل بلا مصدر
       *[other] ترك { $count } إجراء ناشئ عن هذا السجل بلا مصدر
    }
delete-event-seating = إزالة ترتيب الجلوس فيها ({ $tables ->
        [zero] بلا طاولات
        [one] طاولة واحدة
        [two] طاولتان
        [few] { $tables } طاولات
        [many] { $tables } طاولةً
       *[other] { $tables } طاولة
    }، وعدد الجالسين { $seated })
delete-event-rooming = إزالة كشف الغرف الخاص بها ({ $count ->
        [zero] بلا غرف
        [one] غرفة واحدة
        [two] غرفتان
        [few] { $count } غرف
        [many] { $count } غرفةً
       *[other] { $count } غرفة
    })
delete-event-rides = إزالة توزيع الركاب على المركبات فيها ({ $vehicles ->
        [zero] بلا مركبات
        [one] مركبة واحدة
        [two] مركبتان
        [few] { $vehicles } مركبات
        [many] { $vehicles } مركبةً
       *[other] { $vehicles } مركبة
    }، وعدد الركاب { $passengers })
delete-event-gifts = { $count ->
        [zero] عدم إزالة أي هدية من سجل الهدايا الخاص بها
        [one] إزالة هدية واحدة من سجل الهدايا الخاص بها
        [two] إزالة هديتين من سجل الهدايا الخاص بها
        [few] إزالة { $count } هدايا من سجل الهدايا الخاص بها
        [many] إزالة { $count } هديةً من سجل الهدايا الخاص بها
       *[other] إزالة { $count } هدية من سجل الهدايا الخاص بها
    }

## عرض الأشخاص

people-heading = الأشخاص
people-tab-everyone = الجميع
people-tab-delegation = قائمة الوفد
people-add = إضافة شخص
    .tooltip = إضافة شخص إلى الخطة وفتحه في المحرّر
# خطوة تراجع.
people-undo-add = إضافة شخص
people-search = البحث في الأشخاص
    .hint = الاسم بأي أحرف، أو الجهة، أو البريد الإلكتروني، أو اللغة…
people-filter-side = التصفية حسب الجانب
    .any = جميع الجوانب
people-filter-role = التصفية حسب الدور
    .any = جميع الأدوار
people-filter-organisation = التصفية حسب الجهة
    .any = جميع الجهات
people-show-everyone = عرض الجميع
people-count = { $total ->
        [zero] لا يوجد أشخاص
        [one] شخص واحد
        [two] شخصان
        [few] { $total } أشخاص
        [many] { $total } شخصًا
       *[other] { $total } شخص
    }
people-count-shown = المعروض: { $shown } من أصل { $total }
people-empty = لا يوجد أشخاص بعد. أضف أعضاء الوفد ومستضيفيهم باستخدام «إضافة شخص».
people-none-match = لا يوجد أحد يطابق البحث وعوامل التصفية.
# اسم الجدول لقارئات الشاشة.
people-table = الأشخاص

## أعمدة جدول الأشخاص

people-column-name = الاسم
people-column-native-name = الاسم بأحرفه الأصلية
people-column-side = الجانب
people-column-role = الدور في الوفد
people-column-organisation = الجهة
people-column-position = المنصب
people-column-languages = اللغات
people-column-email = البريد الإلكتروني
people-column-phone = الهاتف
# تلميح عنوان العمود: ‏$state حالة فرز الجدول حسبه («مرتّب من أ إلى ي»).
people-column-sort-hint = { $column }: { $state }. انقر للفرز حسب هذا العمود.

## قائمة الوفد

people-delegation-heading-unnamed = الوفد الزائر
# ‏$party اسم الطرف الزائر.
people-delegation-heading = وفد { $party }
people-delegation-explanation = مرتّبة حسب ترتيب الأسبقية كما تُطبع في ملف الإحاطة. اسحب الصف من مقبضه أو استخدم الأسهم لتغيير الترتيب.
people-delegation-empty = لا يوجد أعضاء من الجانب الزائر بعد. أضف شخصًا واجعل جانبه «الجانب الزائر».
people-delegation-column-number = ت
people-delegation-column-order = الترتيب
people-delegation-column-form-of-address = صيغة المخاطبة
people-delegation-column-name = الاسم
people-delegation-column-native-name = الاسم بأحرفه الأصلية
people-delegation-column-role = الدور في الوفد
people-delegation-column-position = المنصب والجهة
people-delegation-drag = سحب { $name }
    .tooltip = اسحب لتغيير ترتيب الأسبقية
people-delegation-move-up = نقل { $name } إلى الأعلى
people-delegation-move-down = نقل { $name } إلى الأسفل
people-delegation-open = فتح في المحرّر
people-delegation-form-of-address = صيغة مخاطبة { $name }
people-delegation-form-of-address-hint = مثل: معالي
# خطوات تراجع.
people-delegation-undo-move = نقل { $name } في قائمة الوفد
people-delegation-undo-form-of-address = تعديل صيغة مخاطبة { $name }

## محرّر الشخص

person-kind = شخص
person-name = الاسم
person-native-name = الاسم بأحرفه الأصلية
person-form-of-address = صيغة المخاطبة
    .tooltip = الصيغة التي يُخاطَب بها الشخص، مثل: معالي
person-title = اللقب
    .tooltip = لقب تشريفي أو علمي، مثل: د. أو م.
person-position = المنصب
person-organisation = الجهة
person-side = الجانب
person-role = الدور في الوفد
person-languages = اللغات
    .tooltip = يُفصل بينها بالفاصلة اللاتينية (,)، مثل: العربية, الإنجليزية
person-dietary-needs = الاحتياجات الغذائية
person-accessibility-needs = احتياجات سهولة الوصول
person-travel-document = وثيقة السفر
person-notes = الملاحظات
# خطوة تراجع.
person-undo-edit = تعديل { $name }
person-print-programme = طباعة البرنامج…
    .tooltip = يفتح برنامج هذا الشخص في صفحة واحدة في متصفحك لطباعته أو حفظه بصيغة PDF

## محرّر الشخص: آخر موعد لوثيقة السفر

person-document-deadline = آخر موعد للوثائق
person-deadline = الموعد النهائي
    .tooltip = هل يجب أن تكون التأشيرة أو جواز السفر جاهزًا بحلول تاريخ معيّن
person-deadline-today = اليوم
person-deadline-tomorrow = غدًا
person-deadline-yesterday = أمس
person-deadline-in-days = { $count ->
        [zero] اليوم
        [one] بعد يوم واحد
        [two] بعد يومين
        [few] بعد { $count } أيام
        [many] بعد { $count } يومًا
       *[other] بعد { $count } يوم
    }
person-deadline-days-ago = { $count ->
        [zero] اليوم
        [one] قبل يوم واحد
        [two] قبل يومين
        [few] قبل { $count } أيام
        [many] قبل { $count } يومًا
       *[other] قبل { $count } يوم
    }
# ‏$when إحدى الصيغ السابقة.
person-deadline-passed = انقضى { $when }

## محرّر الشخص: عناوين البريد الإلكتروني وأرقام الهواتف
# ‏$kind هو email أو phone؛ و‏$number يعدّ الإدخالات بدءًا من ١.

person-contact-email = البريد الإلكتروني
person-contact-phone = الهاتف
person-contact-add-email = إضافة بريد إلكتروني
person-contact-add-phone = إضافة هاتف
person-contact-entry = { $kind ->
        [email] البريد الإلكتروني
       *[phone] الهاتف
    } { $number }
person-contact-entry-kind = نوع { $kind ->
        [email] البريد الإلكتروني
       *[phone] الهاتف
    } { $number }
person-contact-entry-preferred = { $kind ->
        [email] البريد الإلكتروني
       *[phone] الهاتف
    } { $number } مفضّل
person-contact-preferred = مفضّل
person-contact-preferred-tooltip = { $kind ->
        [email] استخدام هذا البريد الإلكتروني
       *[phone] استخدام هذا الهاتف
    } حين لا يُعرض إلا واحد
person-contact-remove = إزالة { $kind ->
        [email] البريد الإلكتروني
       *[phone] الهاتف
    } { $number }

## محرّر الشخص: بيانات اتصال مشكوك فيها

person-contact-warning-email-spaces = لا يحتوي عنوان البريد الإلكتروني على مسافات.
person-contact-warning-email-at = يحتوي عنوان البريد الإلكتروني على الرمز @، كما في name@ministry.gov.iq.
person-contact-warning-email-one-at = يحتوي عنوان البريد الإلكتروني على رمز @ واحد يسبقه اسم.
person-contact-warning-email-domain = ينبغي أن يكون الجزء الذي يلي @ نطاقًا مثل ministry.gov.iq.
person-contact-warning-phone-characters = لا يحتوي رقم الهاتف إلا على أرقام ومسافات وشَرطات وأقواس.
person-contact-warning-phone-country-code = اكتب الرقم مع رمز البلد، مثل: +964 770 123 4567.
person-contact-warning-phone-digits = يتألف الرقم الدولي من سبعة أرقام إلى خمسة عشر رقمًا.

## محرّر الشخص: الجدول

person-schedule = الجدول
person-schedule-all-day = طوال اليوم
person-schedule-open-event = فتح هذه الفعالية في البرنامج
# بجانب فعالية يستضيفها الشخص.
person-schedule-host = مستضيف
person-schedule-empty = لا يشارك في أي فعالية بعد.
person-leads-topics = يشرف على المواضيع
person-owns-actions = مسؤول عن الإجراءات

## عرض الجهات

organisations-heading = الجهات
organisations-add = إضافة جهة
    .tooltip = إضافة جهة وفتحها في المحرّر
# خطوة تراجع.
organisations-undo-add = إضافة جهة
organisations-search = البحث في الجهات
    .hint = الاسم بأي أحرف، أو العنوان، أو الموقع الإلكتروني…
organisations-filter-kind = التصفية حسب النوع
    .any = جميع الأنواع
organisations-filter-country = التصفية حسب البلد
    .any = جميع البلدان
organisations-count = { $total ->
        [zero] لا توجد جهات
        [one] جهة واحدة
        [two] جهتان
        [few] { $total } جهات
        [many] { $total } جهةً
       *[other] { $total } جهة
    }
organisations-count-shown = المعروض: { $shown } من أصل { $total }
organisations-empty = لا توجد جهات بعد. أضف الوزارات والهيئات والشركات المعنية بالزيارة.
organisations-none-match = لا توجد جهة تطابق البحث وعوامل التصفية.
organisations-table = الجهات
organisations-column-name = الاسم
organisations-column-native-name = الاسم بأحرفه الأصلية
organisations-column-kind = النوع
organisations-column-country = البلد
organisations-column-people = الأشخاص
organisations-column-website = الموقع الإلكتروني

## محرّر الجهة

organisation-kind = جهة
organisation-name = الاسم
organisation-native-name = الاسم بأحرفه الأصلية
organisation-field-kind = النوع
organisation-country-code = رمز البلد
organisation-country-warning = استخدم رمز البلد المؤلف من حرفين وفق معيار ISO، مثل IQ أو EE.
organisation-address = العنوان
organisation-website = الموقع الإلكتروني
organisation-website-warning = يكون عنوان الموقع الإلكتروني على هيئة https://ministry.gov.iq.
organisation-notes = الملاحظات
# خطوة تراجع.
organisation-undo-edit = تعديل { $name }
organisation-people = الأشخاص
organisation-add-person = إضافة شخص هنا
    .tooltip = إضافة شخص إلى هذه الجهة وفتحه
organisation-open-person = فتح هذا الشخص في عرض الأشخاص
organisation-people-empty = لا يوجد أحد من هذه الجهة بعد.
organisation-hosts = الفعاليات التي تستضيفها
organisation-open-event = فتح هذه الفعالية في البرنامج

## عرض المواضيع

topics-heading = مواضيع الدراسة
topics-add = إضافة موضوع
    .tooltip = إضافة موضوع دراسة وفتحه في المحرّر
# خطوة تراجع.
topics-undo-add = إضافة موضوع
topics-empty = لا توجد مواضيع بعد. الموضوع هو ما جاء الوفد ليطّلع عليه.
topics-table = مواضيع الدراسة
topics-column-topic = الموضوع
topics-column-covered-by = تتناوله
topics-column-questions = الأسئلة
topics-column-lead = المشرف
topics-column-problems = المشكلات
topics-covering-events = { $count ->
        [zero] لا توجد فعاليات
        [one] فعالية واحدة
        [two] فعاليتان
        [few] { $count } فعاليات
        [many] { $count } فعاليةً
       *[other] { $count } فعالية
    }
topics-questions-answered = أُجيب عن { $answered } من أصل { $total }
topics-problems = { $count ->
        [zero] لا توجد مشكلات
        [one] مشكلة واحدة
        [two] مشكلتان
        [few] { $count } مشكلات
        [many] { $count } مشكلةً
       *[other] { $count } مشكلة
    }

## محرّر الموضوع

topic-untitled = موضوع بلا عنوان
topic-kind = موضوع
topic-title = عنوان الموضوع
topic-summary = الملخّص
topic-lead = المشرف
topic-no-lead = بلا مشرف
topic-objectives = الأهداف
topic-questions = الأسئلة
topic-findings = النتائج
topic-covered-by = تتناوله
topic-remove = إزالة
# هدف أو نتيجة: ‏$kind هو objective أو finding، و‏$number يعدّ بدءًا من ١.
topic-item = { $kind ->
        [objective] الهدف
       *[finding] النتيجة
    } { $number }
topic-item-remove = إزالة { $kind ->
        [objective] الهدف
       *[finding] النتيجة
    } { $number }
topic-add-objective = إضافة هدف
topic-add-finding = إضافة نتيجة
topic-questions-answered = أُجيب عن { $answered } من أصل { $total }
topic-question = السؤال { $number }
topic-question-remove = إزالة السؤال { $number }
topic-answered = تمت الإجابة
topic-unanswered = لم تتم الإجابة
topic-answer = الإجابة عن السؤال { $number }
topic-answer-hint = لم تتم الإجابة بعد
topic-add-question = إضافة سؤال
# خطوات تراجع.
topic-undo-edit = تعديل الموضوع
topic-undo-lead = تغيير مشرف الموضوع
topic-undo-add-objective = إضافة هدف
topic-undo-remove-objective = إزالة هدف
topic-undo-add-finding = إضافة نتيجة
topic-undo-remove-finding = إزالة نتيجة
topic-undo-add-question = إضافة سؤال
topic-undo-remove-question = إزالة سؤال

## محرّر الموضوع: الفعاليات التي تتناوله

topic-coverage-none = لا تتناول أي فعالية هذا الموضوع بعد.
topic-coverage-remove = إزالة
topic-coverage-stop = إيقاف تناوله في { $event }
topic-coverage-open = فتح في البرنامج
topic-coverage-cover = تناوله في فعالية
    .tooltip = إضافة هذا الموضوع إلى فعالية من فعاليات البرنامج
topic-coverage-choose = اختر فعالية…
topic-coverage-search = البحث في الفعاليات
# خطوات تراجع.
topic-coverage-undo-stop = إيقاف تناول الموضوع
topic-coverage-undo-cover = تناول الموضوع في فعالية

## عرض إجراءات المتابعة

actions-heading = إجراءات المتابعة
actions-add = إضافة إجراء
    .tooltip = إضافة إجراء متابعة وفتحه في المحرّر
# خطوة تراجع.
actions-undo-add = إضافة إجراء
actions-empty = لا توجد إجراءات بعد. إجراء المتابعة مهمة لاحقة يتولاها شخص مسؤول، ولها تاريخ استحقاق.
actions-table = إجراءات المتابعة
actions-group-by = التجميع حسب
actions-group-by-due-date = تاريخ الاستحقاق
actions-group-by-owner = المسؤول
actions-group-by-status = الحالة
actions-group-no-owner = بلا مسؤول
actions-group-done = منجزة أو متروكة
actions-group-overdue = متأخرة
actions-group-due-within-week = تستحق خلال أسبوع
actions-group-due-later = تستحق لاحقًا
actions-group-no-due-date = بلا تاريخ استحقاق
actions-column-action = الإجراء
actions-column-status = الحالة
actions-column-owner = المسؤول
actions-column-due = الاستحقاق
actions-no-owner = بلا مسؤول
actions-no-due-date = بلا تاريخ استحقاق
actions-due = يستحق في { $date }
actions-overdue-since = متأخر منذ { $date }

## محرّر الإجراء

action-untitled = إجراء جديد
action-kind = إجراء
action-text = نص الإجراء
    .hint = ما المطلوب إنجازه
action-owner = المسؤول
action-no-owner = بلا مسؤول
action-due-date = تاريخ الاستحقاق
action-no-due-date = بلا تاريخ استحقاق
action-set-due-date = تحديد تاريخ الاستحقاق
action-overdue = متأخر
action-status = الحالة
action-came-from = المصدر
action-search-sources = البحث في المواضيع والفعاليات
action-open-source = فتح
    .tooltip = فتح المصدر الذي نشأ عنه
action-source-none = لا مصدر محدد
action-source-topic = موضوع: { $title }
action-source-event = فعالية: { $title }
action-source-missing-topic = موضوع مفقود { $id }
action-source-missing-event = فعالية مفقودة { $id }
# خطوات تراجع.
action-undo-edit = تعديل الإجراء
action-undo-owner = تغيير المسؤول عن الإجراء
action-undo-clear-due = مسح تاريخ الاستحقاق
action-undo-set-due = تحديد تاريخ الاستحقاق
action-undo-source = تغيير مصدر الإجراء

## النظرة العامة

overview-untitled-visit = زيارة بلا عنوان
overview-title = العنوان
overview-purpose = الغرض
overview-visiting-party = الطرف الزائر
overview-visiting-country = رمز بلد الطرف الزائر
overview-host-party = الطرف المضيف
overview-host-country = رمز البلد المضيف
overview-first-day = اليوم الأول
overview-last-day = اليوم الأخير
overview-first-day-refused = لا يمكن أن يكون اليوم الأول { $first } لأنه يقع بعد اليوم الأخير ({ $last }): انقل اليوم الأخير أولًا.
overview-last-day-refused = لا يمكن أن يكون اليوم الأخير { $last } لأنه يقع قبل اليوم الأول ({ $first }): انقل اليوم الأول أولًا.
overview-home-zone = المنطقة الزمنية للبلد الأم
overview-host-zone = المنطقة الزمنية للبلد المضيف
# بجانب منطقة زمنية مقترحة في أداة اختيار المنطقة.
overview-suggested-host-zone = منطقة البلد المضيف
overview-suggested-home-zone = منطقة البلد الأم
# ‏$offset فرق التوقيت عن UTC، مثل «UTC+3».
overview-offset-during-visit = { $offset } طوال مدة الزيارة
overview-offset-from = { $offset } اعتبارًا من { $day }
# خطوة تراجع.
overview-undo-edit = تعديل الزيارة

## النظرة العامة: الملخّص

overview-summary = الملخّص
overview-days = الأيام
overview-days-value = { $count } (من { $first } إلى { $last })
overview-events = الفعاليات
overview-people = الأشخاص
# «مؤكدة (٣)»، «الجانب الزائر (٤)»: ‏$what حالة أو جانب.
overview-count-of = { $what } ({ $count })
overview-events-value = { $count ->
        [zero] لا توجد فعاليات
        [one] فعالية واحدة
        [two] فعاليتان
        [few] { $count } فعاليات
        [many] { $count } فعاليةً
       *[other] { $count } فعالية
    }: { $by_status }
overview-people-value = { $count ->
        [zero] لا يوجد أشخاص
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }: { $by_side }
overview-open-actions = الإجراءات غير المنجزة
overview-open-actions-value = { $open } من أصل { $total }
overview-problems = المشكلات
# ‏$checking قيمته yes ما دام الفحص جاريًا على آخر التغييرات.
overview-problems-value = { $errors ->
        [zero] لا توجد أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا توجد تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }{ $checking ->
        [yes] {" "}(جارٍ فحص آخر التغييرات…)
       *[no] {""}
    }

## قيمة المنتقي

picker-chosen = المختارون: { $names }
picker-none-chosen = لم يُختر أحد
