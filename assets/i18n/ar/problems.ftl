# المشكلات: ما يكشفه الفحص في الخطة (رسالة لكل قاعدة، مع ما يخصها من أسماء وأوقات وأعداد)، وعرض
# «المشكلات»، وتعارضات الدمج المدرجة أعلاه.
# الأسماء والعناوين تأتي من الخطة قيمًا مختصرة مسبقًا؛ وعلامات التنصيص « » جزء من الرسالة.
# $people قائمة أسماء؛ و$count عدد الأشخاص الذين تذكرهم، ويحدد صيغة الخبر (مفرد، مثنى، جمع).
# رسائل المشكلات عبارات تبدأ بحرف صغير في الإنجليزية ولا تنتهي بنقطة؛ وكذلك العربية هنا.
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

## درجة الخطورة

severity-error = خطأ
severity-warning = تحذير

## أنواع السجلّات كما تسمّيها المشكلات

record-kind-person = الشخص
record-kind-organisation = الجهة
record-kind-event = الفعالية
record-kind-topic = الموضوع
record-kind-action = إجراء المتابعة
record-kind-vehicle = المركبة
record-kind-lead-person = الشخص المسؤول
record-kind-owner = المسؤول عن الإجراء
record-kind-record = السجلّ
record-kind-named = { $kind } «{ $name }»
record-kind-unnamed-person = شخص بلا اسم
record-kind-unnamed-organisation = جهة بلا اسم
record-kind-untitled-event = فعالية بلا عنوان
record-kind-untitled-topic = موضوع بلا عنوان
record-kind-untitled-action = إجراء متابعة بلا عنوان
record-kind-untitled-vehicle = مركبة بلا اسم
record-kind-untitled-record = سجلّ بلا عنوان
record-kind-gone = سجلّ { $kind } الذي لم يعد موجودًا في الخطة
record-kind-the-visit = الزيارة
record-kind-vehicle-named = المركبة «{ $name }»
record-kind-table-of = الطاولة «{ $name }» في { $of }
record-kind-seat-of = المقعد { $number } من الطاولة «{ $table }» في { $of }
record-kind-ride-of = إحدى مركبات { $of }
record-kind-gift-of = الهدية «{ $name }» في { $of }
record-kind-room-of = إحدى غرف { $of }
record-kind-numbered-room-of = الغرفة { $number } في { $of }
record-kind-question-of = السؤال «{ $text }» ضمن { $of }

## أجزاء المشكلات

problem-quoted = «{ $name }»
problem-nobody = لا أحد
problem-others = { $count ->
    [zero] لا أحد غيرهم
    [one] شخص آخر
    [two] شخصان آخران
    [few] { $count } أشخاص آخرين
    [many] { $count } شخصًا آخر
   *[other] { $count } شخص آخر
}
problem-time-in-city = { $at } بتوقيت { $city }

## بنية الخطة

problem-duplicate-id = معرّف { $record } مطابق لمعرّف سجلّ سابق؛ ويجب أن يكون لكل سجلّ معرّف خاص به
problem-missing-record = يُشار في { $record } إلى سجلّ { $kind } ذي المعرّف { $id }، وهو غير موجود في الخطة
problem-visit-home-zone = المنطقة الزمنية للبلد الأم المحددة للزيارة: { $error }
problem-visit-host-zone = المنطقة الزمنية للبلد المضيف المحددة للزيارة: { $error }
problem-visit-dates = اليوم الأخير من الزيارة ({ $last }) يسبق يومها الأول ({ $first })
problem-long-visit = تمتد الزيارة { $count ->
    [zero] { $days } يوم
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}، من { $first } إلى { $last }؛ فهل في أحد التاريخين خطأ في الكتابة؟
problem-event-start-zone = الفعالية «{ $title }»، بدايتها: { $error }
problem-event-end-zone = الفعالية «{ $title }»، نهايتها: { $error }
problem-end-before-start = تنتهي الفعالية «{ $title }» ({ $end }) قبل أن تبدأ ({ $start })

## تغيير الساعة

problem-field-start = البداية
problem-field-end = النهاية
problem-wall-time = الفعالية «{ $title }»، { $field }: { $explanation }
problem-wall-time-swallowed = الفعالية «{ $title }»، { $field }: { $explanation }، ولذا لا تستغرق الفعالية أي وقت على الإطلاق
problem-time-in-gap = الوقت { $asked } غير موجود في { $city } يوم { $day } (إذ تُقدَّم الساعة من { $from } إلى { $to })؛ ويعتمد Attaché الوقت { $taken } ({ $offset })
problem-time-in-fold = يتكرر الوقت { $asked } مرتين في { $city } يوم { $day } (إذ تُؤخَّر الساعة من { $from } إلى { $to })؛ ويعتمد Attaché الأول، { $asked } { $first }، لا الثاني، { $asked } { $second }

## المحارف غير المرئية

problem-hidden-characters = في { $field } «{ $text }» محرف غير مرئي ({ $character }) قد يجعل النص يبدو على غير ما هو عليه؛ أعِد كتابة النص
problem-hidden-characters-action = في إجراء المتابعة «{ $text }» محرف غير مرئي ({ $character }) قد يجعل النص يبدو على غير ما هو عليه؛ أعِد كتابة النص
problem-hidden-named = U+{ $code } { $name }
problem-hidden-control = U+{ $code } (محرف تحكّم)
problem-field-visit-title = عنوان الزيارة
problem-field-visiting-party-name = اسم الجانب الزائر
problem-field-host-party-name = اسم الجانب المضيف
problem-field-vehicle-name = اسم المركبة
problem-field-driver-name = اسم السائق
problem-field-driver-phone = هاتف السائق
problem-field-organisation-name = اسم الجهة
problem-field-organisation-native-name = اسم الجهة بأحرف لغتها الأصلية
problem-field-organisation-website = الموقع الإلكتروني للجهة
problem-field-person-name = اسم الشخص
problem-field-person-native-name = اسم الشخص بأحرف لغته الأصلية
problem-field-form-of-address = صيغة المخاطبة
problem-field-person-title = لقب الشخص
problem-field-position = المنصب
problem-field-email-address = عنوان البريد الإلكتروني
problem-field-phone-number = رقم الهاتف
problem-field-event-title = عنوان الفعالية
problem-field-location = الموقع
problem-field-table-name = اسم الطاولة
problem-field-gift-description = وصف الهدية
problem-field-room-number = رقم الغرفة
problem-field-place-of-departure = مكان المغادرة
problem-field-destination = الوجهة
problem-field-carrier = الناقل
problem-field-topic-title = عنوان الموضوع

## التعارضات

problem-conflict = { $people } { $count ->
    [zero] مُدرَجون
    [one] مُدرَج
    [two] مُدرَجان
    [few] مُدرَجون
    [many] مُدرَجون
   *[other] مُدرَجون
} في فعاليتين في الوقت نفسه: «{ $first }» (حتى { $until }) و«{ $second }» (من { $from })
problem-conflict-more = { $people } { $count ->
    [zero] مُدرَجون
    [one] مُدرَج
    [two] مُدرَجان
    [few] مُدرَجون
    [many] مُدرَجون
   *[other] مُدرَجون
} في { $more ->
    [zero] { $more } فعالية أخرى
    [one] فعالية أخرى
    [two] فعاليتين أخريين
    [few] { $more } فعاليات أخرى
    [many] { $more } فعاليةً أخرى
   *[other] { $more } فعالية أخرى
} بالتزامن مع «{ $title }» (من { $from })، علاوةً على الفعاليات المذكورة معها ({ $named })
problem-outside-visit-on = تقع الفعالية «{ $title }» في { $day }، خارج مدة الزيارة (من { $first } إلى { $last })
problem-outside-visit-from-to = تمتد الفعالية «{ $title }» من { $start } إلى { $end }، خارج مدة الزيارة (من { $first } إلى { $last })

## المضيفون والمواضيع والوثائق وإجراءات المتابعة

problem-no-host-meeting = ليس للاجتماع «{ $title }» مضيف: حدّد الشخص الذي يستقبل الوفد
problem-no-host-site-visit = ليس للزيارة الميدانية «{ $title }» مضيف: حدّد الشخص الذي يستقبل الوفد
problem-no-host-meeting-at = ليس للاجتماع «{ $title }» المقرر في { $at } مضيف: حدّد الشخص الذي يستقبل الوفد
problem-no-host-site-visit-at = ليس للزيارة الميدانية «{ $title }» المقررة في { $at } مضيف: حدّد الشخص الذي يستقبل الوفد
problem-topic-not-covered = لا تتناول أيُّ فعالية { $topic }: أضِفه إلى الاجتماعات أو الزيارات التي ستناقشه
problem-question-left = لم يُجَب عن السؤال «{ $question }» ضمن { $topic }، ولا تتناول الموضوعَ أيُّ فعالية متبقية
# يحلّ محلّ $leaving في رسالة problem-document-too-late.
problem-first-departure = أول مغادرة، «{ $title }»
problem-first-day-of-visit = اليوم الأول من الزيارة
# حالة وثيقة السفر، بين قوسين في problem-document-too-late.
problem-document-to-apply = لم يُقدَّم طلبها بعد
problem-document-applied = قُدِّم طلبها
problem-document-too-late = الشخص «{ $person }»: الموعد المقرر لوثيقة السفر ({ $status }) هو { $deadline }، أي بعد { $leaving } في { $departure }
# حالة إجراء المتابعة، منصوبة بعد «لا يزال» في problem-overdue-action.
problem-action-open = مفتوحًا
problem-action-in-progress = قيد التنفيذ
problem-action-done = منجزًا
problem-action-dropped = ملغًى
problem-overdue-action = كان موعد إجراء المتابعة «{ $text }» في { $due }، ولا يزال { $status }
problem-overdue-action-of-owner = كان موعد إجراء المتابعة «{ $text }» (المسؤول عنه «{ $owner }») في { $due }، ولا يزال { $status }

## التنقّل بين الفعاليات

problem-no-travel-leg = { $people } { $count ->
    [zero] ينتقلون
    [one] ينتقل
    [two] ينتقلان
    [few] ينتقلون
    [many] ينتقلون
   *[other] ينتقلون
} من «{ $first }» في { $from } إلى «{ $second }» في { $to } دون أي تنقّل مسجّل بينهما
problem-tight-transfer = { $people } { $count ->
    [zero] ليس لديهم
    [one] ليس لديه
    [two] ليس لديهما
    [few] ليس لديهم
    [many] ليس لديهم
   *[other] ليس لديهم
} سوى { $minutes } من الدقائق للانتقال من «{ $first }» ({ $from }) إلى «{ $second }» ({ $to })

## ترتيب الجلوس

problem-unseated = { $people } { $count ->
    [zero] مشاركون
    [one] مشارك
    [two] مشاركان
    [few] مشاركون
    [many] مشاركون
   *[other] مشاركون
} في «{ $title }» دون مقعد
problem-seated-not-taking-part = { $people } { $count ->
    [zero] لهم مقاعد في «{ $title }» لكنهم غير مشاركين فيها
    [one] له مقعد في «{ $title }» لكنه غير مشارك فيها
    [two] لهما مقعدان في «{ $title }» لكنهما غير مشاركَين فيها
    [few] لهم مقاعد في «{ $title }» لكنهم غير مشاركين فيها
    [many] لهم مقاعد في «{ $title }» لكنهم غير مشاركين فيها
   *[other] لهم مقاعد في «{ $title }» لكنهم غير مشاركين فيها
}
problem-seated-twice = { $people } { $count ->
    [zero] مُجلَسون
    [one] مُجلَس
    [two] مُجلَسان
    [few] مُجلَسون
    [many] مُجلَسون
   *[other] مُجلَسون
} في أكثر من مقعد في «{ $title }»
problem-interpreter-behind-other-side = المترجم «{ $interpreter }» مُجلَس في «{ $title }» خلف «{ $principal }» من الجانب الآخر: أجلِسه خلف الشخص الذي يترجم له من جانبه
problem-interpreter-away = المترجم «{ $interpreter }» مُجلَس في «{ $title }» بعيدًا عن كل من يترجم لهم: أجلِسه خلف الشخص الذي يترجم له أو بجانبه

## الغرف

# نوع الغرفة، بين قوسين في problem-room-overfull.
problem-room-single = غرفة مفردة
problem-room-double = غرفة مزدوجة بسرير واحد
problem-room-twin = غرفة بسريرين منفصلين
problem-room-suite = جناح
problem-room-in-list = الغرفة { $position } في القائمة
problem-room-number = الغرفة رقم { $number }
# تأتي بعد «في» أو «خلال»، فالمثنى مجرور.
problem-nights = ليلة { $first }{ $more ->
    [0] {""}
    [zero] {""}
    [one] {" "}وليلة أخرى
    [two] {" "}وليلتين أخريين
    [few] {" "}و{ $more } ليالٍ أخرى
    [many] {" "}و{ $more } ليلةً أخرى
   *[other] {" "}و{ $more } ليلة أخرى
}
problem-no-room = ليس لـ«{ $person }» غرفة في «{ $title }» خلال { $nights }
problem-room-overfull = { $people } { $count ->
    [zero] مُدرَجون
    [one] مُدرَج
    [two] مُدرَجان
    [few] مُدرَجون
    [many] مُدرَجون
   *[other] مُدرَجون
} في { $room } في «{ $title }» ({ $kind })، وسعتها { $sleeps } فقط
problem-room-guest-not-staying = { $people } { $count ->
    [zero] مُدرَجون في غرفة في «{ $title }» لكنهم غير مقيمين هناك
    [one] مُدرَج في غرفة في «{ $title }» لكنه غير مقيم هناك
    [two] مُدرَجان في غرفة في «{ $title }» لكنهما غير مقيمَين هناك
    [few] مُدرَجون في غرفة في «{ $title }» لكنهم غير مقيمين هناك
    [many] مُدرَجون في غرفة في «{ $title }» لكنهم غير مقيمين هناك
   *[other] مُدرَجون في غرفة في «{ $title }» لكنهم غير مقيمين هناك
}
problem-two-rooms-one-night = { $people } { $count ->
    [zero] مُدرَجون
    [one] مُدرَج
    [two] مُدرَجان
    [few] مُدرَجون
    [many] مُدرَجون
   *[other] مُدرَجون
} في غرفتين في «{ $title }» في { $nights }: { $first } و{ $second }
problem-two-rooms-more = «{ $person }» مُدرَج في { $more ->
    [zero] { $more } غرفة أخرى
    [one] غرفة أخرى
    [two] غرفتين أخريين
    [few] { $more } غرف أخرى
    [many] { $more } غرفةً أخرى
   *[other] { $more } غرفة أخرى
} في «{ $title }» خلال ليالي { $room }، علاوةً على الغرف المذكورة معها ({ $named })

## النقل

problem-vehicle-overfull = عدد مقاعد «{ $vehicle }» { $seats }، لكن عدد ركابها في «{ $title }» { $riding }
problem-no-ride = { $people } { $count ->
    [zero] مشاركون
    [one] مشارك
    [two] مشاركان
    [few] مشاركون
    [many] مشاركون
   *[other] مشاركون
} في «{ $title }» دون مقعد في أي مركبة
problem-riding-not-going = { $people } { $count ->
    [zero] مُدرَجون في مركبة في «{ $title }» لكنهم غير مشاركين في هذا التنقّل
    [one] مُدرَج في مركبة في «{ $title }» لكنه غير مشارك في هذا التنقّل
    [two] مُدرَجان في مركبة في «{ $title }» لكنهما غير مشاركَين في هذا التنقّل
    [few] مُدرَجون في مركبة في «{ $title }» لكنهم غير مشاركين في هذا التنقّل
    [many] مُدرَجون في مركبة في «{ $title }» لكنهم غير مشاركين في هذا التنقّل
   *[other] مُدرَجون في مركبة في «{ $title }» لكنهم غير مشاركين في هذا التنقّل
}
problem-riding-twice = { $people } { $count ->
    [zero] مُدرَجون
    [one] مُدرَج
    [two] مُدرَجان
    [few] مُدرَجون
    [many] مُدرَجون
   *[other] مُدرَجون
} في أكثر من مركبة في «{ $title }»
problem-vehicle-on-two-legs = المركبة «{ $vehicle }» مخصّصة لتنقّلين في الوقت نفسه: «{ $first }» (حتى { $until }) و«{ $second }» (من { $from })
problem-driver-on-two-legs = السائق «{ $driver }» مكلّف بتنقّلين في الوقت نفسه: «{ $first }» بالمركبة «{ $first_vehicle }» (حتى { $until }) و«{ $second }» بالمركبة «{ $second_vehicle }» (من { $from })
problem-vehicle-on-more-legs = المركبة «{ $vehicle }» مخصّصة { $more ->
    [zero] لـ{ $more } تنقّل آخر
    [one] لتنقّل آخر
    [two] لتنقّلين آخرين
    [few] لـ{ $more } تنقّلات أخرى
    [many] لـ{ $more } تنقّلًا آخر
   *[other] لـ{ $more } تنقّل آخر
} بالتزامن مع «{ $title }» (من { $from })، علاوةً على التنقّلات المذكورة معه ({ $named })
problem-driver-on-more-legs = السائق «{ $driver }» مكلّف { $more ->
    [zero] بـ{ $more } تنقّل آخر
    [one] بتنقّل آخر
    [two] بتنقّلين آخرين
    [few] بـ{ $more } تنقّلات أخرى
    [many] بـ{ $more } تنقّلًا آخر
   *[other] بـ{ $more } تنقّل آخر
} بالتزامن مع «{ $title }» (من { $from })، علاوةً على التنقّلات المذكورة معه ({ $named })

## الهدايا

problem-gift-giver-absent = الهدية «{ $gift }» مقررة في «{ $title }»، لكن مقدِّمها { $party } لا يحضر هذه الفعالية
problem-gift-recipient-absent = الهدية «{ $gift }» مقررة في «{ $title }»، لكن متلقّيها { $party } لا يحضر هذه الفعالية

## تعارضات الدمج
# «نسختنا» هي نسخة هذا الحاسوب، و«نسختهم» نسخة المخطِّط الآخر.

problem-merge-deleted-ours = تعارض في الدمج: تم حذف { $record } في نسختنا، بينما تم تعديل هذا السجلّ أو لا تزال الإشارة إليه قائمة في نسختهم؛ أبقِ السجلّ أو احذفه
problem-merge-deleted-theirs = تعارض في الدمج: تم تعديل { $record } أو لا تزال الإشارة إلى هذا السجلّ قائمة في نسختنا، بينما تم حذف هذا السجلّ في نسختهم؛ أبقِ السجلّ أو احذفه
problem-merge-misfit = تعارض في الدمج: نسختا الطرفين من { $record } لا تتلاءمان مع بقية الخطة؛ وتبقى نسختنا معتمدة إلى أن تختار إحداهما
problem-merge-place = تعارض في الدمج: نقل كلا الطرفين { $record } إلى موضعين مختلفين: نسختنا { $ours }، ونسختهم { $theirs }؛ اختر إحداهما
problem-merge-place-precedence = تعارض في الدمج: نقل كلا الطرفين { $record } إلى موضعين مختلفين في ترتيب الأسبقية: نسختنا { $ours }، ونسختهم { $theirs }؛ اختر إحداهما
problem-merge-place-item = تعارض في الدمج: نقل كلا الطرفين { $record } (العنصر { $item } في { $list }) إلى موضعين مختلفين: نسختنا { $ours }، ونسختهم { $theirs }؛ اختر إحداهما
problem-merge-field = تعارض في الدمج: غيّر كلا الطرفين حقل «{ $field }» في { $record }: نسختنا { $ours }، ونسختهم { $theirs }؛ اختر إحداهما
problem-merge-field-clash = تعارض في الدمج: غيّر كلا الطرفين حقل «{ $field }» في { $record }، وسيؤدي الجمع بين التغييرين إلى { $clash }: نسختنا { $ours }، ونسختهم { $theirs }؛ اختر إحداهما
# تأتي بعد «سيؤدي الجمع بين التغييرين إلى» في problem-merge-field-clash.
problem-merge-clash-seat-twice = إجلاس شخص في مقعدين
problem-merge-clash-two-rooms = منح شخص غرفتين في ليلة واحدة
problem-merge-clash-two-vehicles = وضع شخص في مركبتين
problem-merge-first = في الموضع الأول
problem-merge-after = بعد { $record }
problem-merge-after-item = بعد العنصر { $item }
problem-merge-value-deleted = محذوف
problem-merge-value-changed = معدَّل
problem-merge-value-empty = (فارغ)
problem-merge-value-text = «{ $text }»
problem-merge-value-texts = { $texts }
problem-merge-value-items = { $count ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
problem-merge-value-version-of = نسخته من «{ $name }»
problem-merge-value-version = نسخته
problem-merge-value-text-plain = { $text }

## عرض «المشكلات»

problems-heading = المشكلات
problems-filter-all = الكل ({ $count })
problems-filter-errors = { $count ->
    [zero] لا توجد أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}
problems-filter-warnings = { $count ->
    [zero] لا توجد تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $count } تحذيرات
    [many] { $count } تحذيرًا
   *[other] { $count } تحذير
}
problems-checking = جارٍ فحص آخر التغييرات…
problems-order-hint = الأخطاء أولًا، ثم حسب الترتيب الزمني. انقر على أي مشكلة، أو اضغط Enter عليها، لفتح السجلّ الذي تذكره.
problems-looking = جارٍ البحث عن مشكلات في هذه الخطة…
problems-none = لم يُعثر على أي مشكلات في هذه الخطة.
problems-none-of-kind = لا توجد مشكلات من هذا النوع.
problems-tag-error = خطأ
problems-tag-warning = تحذير
problems-merge-heading = تعارضات الدمج ({ $count })
problems-merge-hint = غيّر مخطِّطان هذه الحقول بصورة مختلفة. اختر نسخة لكل حقل، أو عدّل السجلّ وأبقِه على حاله.
problems-merge-resolve = حلّ تعارض الدمج
problems-merge-whole-record = السجلّ بأكمله
problems-merge-row = { $record } · { $field }
problems-merge-ours = نسختنا: { $value }
problems-merge-theirs = نسختهم: { $value }
problems-merge-take-ours = اعتماد نسختنا
problems-merge-take-ours-delete = اعتماد نسختنا (حذف)
problems-merge-take-theirs = اعتماد نسختهم
problems-merge-take-theirs-delete = اعتماد نسختهم (حذف)
problems-merge-keep = الإبقاء على حاله
    .tooltip = السجلّ كما هو الآن: نسختنا، أو ما عدّلته يدويًا

## حقول السجلّات كما يسمّيها تعارض الدمج

problem-merge-field-name = الاسم
problem-merge-field-native-name = الاسم بأحرف اللغة الأصلية
problem-merge-field-form-of-address = صيغة المخاطبة
problem-merge-field-title = العنوان
problem-merge-field-position = المنصب
problem-merge-field-organisation = الجهة
problem-merge-field-side = الجانب
problem-merge-field-role = الدور
problem-merge-field-emails = عناوين البريد الإلكتروني
problem-merge-field-phones = أرقام الهاتف
problem-merge-field-languages = اللغات
problem-merge-field-dietary-needs = الاحتياجات الغذائية
problem-merge-field-accessibility-needs = احتياجات إمكانية الوصول
problem-merge-field-travel-document = وثيقة السفر
problem-merge-field-notes = الملاحظات
problem-merge-field-kind = النوع
problem-merge-field-start = البداية
problem-merge-field-end = النهاية
problem-merge-field-all-day = طوال اليوم
problem-merge-field-location = الموقع
problem-merge-field-participants = المشاركون
problem-merge-field-hosts = المضيفون
problem-merge-field-host-organisation = الجهة المضيفة
problem-merge-field-topics = المواضيع
problem-merge-field-status = الحالة
problem-merge-field-interpretation-needed = الحاجة إلى ترجمة فورية
problem-merge-field-tables = الطاولات وترتيب الجلوس
problem-merge-field-rides = المركبات وركابها
problem-merge-field-gifts = الهدايا
problem-merge-field-country = البلد
problem-merge-field-address = عنوان المقر
problem-merge-field-website = الموقع الإلكتروني
problem-merge-field-summary = الملخّص
problem-merge-field-objectives = الأهداف
problem-merge-field-questions = الأسئلة
problem-merge-field-findings = النتائج
problem-merge-field-lead = الشخص المسؤول
problem-merge-field-text = النص
problem-merge-field-owner = المسؤول عن الإجراء
problem-merge-field-due = الموعد النهائي
problem-merge-field-source = المصدر
problem-merge-field-rooms = الغرف
problem-merge-field-as-written = { $name }

## جدول المشكلات

problems-table = قائمة المشكلات
problems-column-problem = المشكلة
problems-column-severity = الخطورة
