# تبادل البيانات: استيراد الأشخاص والجهات (معاينة ما سيفعله الاستيراد، والصفوف والبطاقات
# المستبعدة وأسباب استبعادها، والقيم التي لم تُستورد) والتصدير.
# القيم الآتية من الملف (الأسماء، الخلايا، أرقام الأسطر) تصل نصًّا كما وردت في الملف.
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
#   وفي هذا الملف أيضًا: Name in own script = الاسم بأحرفه الأصلية · form of address = صيغة المخاطبة
#   title = اللقب · entry = سجل · row = صف · line = سطر · column = عمود · field = حقل · value = قيمة
#   encoding = ترميز · left out = استُبعد (مستبعَد)

## الحقول كما تسمّيها المعاينة (عناوين CSV وقيم vCard تبقى بتهجئتها الأصلية)

import-field-id = المعرّف
import-field-name = الاسم
import-field-native-name = الاسم بأحرفه الأصلية
import-field-form-of-address = صيغة المخاطبة
import-field-title = اللقب
import-field-position = المنصب
import-field-organisation = الجهة
import-field-side = الجانب
import-field-role = الدور
import-field-email = البريد الإلكتروني
import-field-phone = الهاتف
import-field-languages = اللغات
import-field-dietary-needs = الاحتياجات الغذائية
import-field-accessibility-needs = احتياجات سهولة الوصول
import-field-travel-document = وثيقة السفر
import-field-travel-document-deadline = آخر موعد لوثيقة السفر
import-field-notes = الملاحظات
import-field-kind = النوع
import-field-country = البلد
import-field-address = العنوان
import-field-website = الموقع الإلكتروني
import-field-given-name = الاسم الأول
import-field-middle-name = الاسم الأوسط
import-field-family-name = اسم العائلة
import-field-work-email = البريد الإلكتروني للعمل
import-field-home-email = البريد الإلكتروني الشخصي
import-field-mobile-email = البريد الإلكتروني للجوال
import-field-work-phone = هاتف العمل
import-field-home-phone = هاتف المنزل
import-field-mobile-phone = الجوال
import-field-email-kind = نوع البريد الإلكتروني
import-field-phone-kind = نوع الهاتف
import-field-fax = الفاكس
import-field-name-parts = أجزاء الاسم
import-field-name-suffix = لاحقة الاسم
import-field-department = القسم
import-field-nickname = اسم الشهرة
import-field-birthday = تاريخ الميلاد
import-field-anniversary = الذكرى السنوية
import-field-address-lower = العنوان
import-field-web-address = عنوان الموقع الإلكتروني
import-field-photo = الصورة
import-field-logo = الشعار
import-field-email-lower = البريد الإلكتروني
import-field-phone-lower = الهاتف
import-field-chat-address = عنوان المراسلة الفورية
import-field-groups = المجموعات
import-field-gender = الجنس
import-field-related-person = شخص ذو صلة
import-field-location = الموقع الجغرافي
import-field-time-zone = المنطقة الزمنية
import-field-name-lower = الاسم
import-field-column = العمود
import-field-as-written = { $name }
import-field-another = { $field } (قيمة أخرى)

## السجلات المستبعدة

import-too-long = عدد أحرف «{ $field }» { $found }، وهو يتجاوز الحد الأقصى الذي تتسع له الخطة ({ $most }) في { $examples }؛ استُبعد
import-examples-short = الاسم واللقب والمكان وسائر القيم ذات السطر الواحد
import-examples-long = الملاحظات وسائر النصوص الطويلة
import-person-without-name = استُبعد شخص بلا اسم
import-organisation-without-name = استُبعدت جهة بلا اسم
import-organisation-again = «{ $name }» مكررة (وردت أول مرة في السطر { $first })؛ استُبعدت
import-person-again = { $name } مكرر (ورد أول مرة في السطر { $first })؛ استُبعد
import-row-unreadable = تعذّرت قراءته ({ $error })؛ استُبعد
import-row-not-utf8 = ليس نصًّا بترميز UTF-8؛ احفظ الملف بصيغة «CSV UTF-8»؛ استُبعد
import-row-cells = عدد خلاياه { $cells } في حين أن عدد خلايا صف العناوين { $headers }؛ استُبعد
import-no-name-column = لا يوجد عمود يحتوي على الأسماء: اختر العمود المقابل لحقل «الاسم»
import-row-without-name = ليس له اسم؛ استُبعد
import-line-outside-vcard = هذا السطر ليس جزءًا من أي بطاقة vCard (BEGIN:VCARD … END:VCARD)؛ استُبعد
import-vcard-unended-before = لا تحتوي بطاقة vCard هذه على END:VCARD قبل أن تبدأ البطاقة التالية في السطر { $next }؛ استُبعدت
import-vcard-unended = لا تحتوي بطاقة vCard هذه على END:VCARD؛ استُبعدت
import-vcard-unreadable = تعذّرت قراءة بطاقة vCard هذه؛ استُبعدت
import-vcard-other-kind = «{ $name }» بطاقة لمجموعة أو مكان أو جهاز، وليست لشخص أو جهة؛ استُبعدت

## القيم التي لم تُستورد

import-left-out = { $field } «{ $value }»: { $why }
import-id-not-hexadecimal-by-name = ليس عددًا ست عشريًا طوله بين رقم واحد وستة عشر رقمًا؛ يُطابَق الصف حسب اسمه
import-id-not-hexadecimal = ليس عددًا ست عشريًا طوله بين رقم واحد وستة عشر رقمًا؛ يُطابَق الصف من دونه
import-unknown-organisation-kind = ليس من أنواع الجهات التي يعرفها Attaché؛ تُرك فارغًا
import-column-not-chosen = لم يُختر له أي حقل ({ $count ->
    [zero] لا قيم فيه
    [one] قيمة واحدة
    [two] قيمتان
    [few] { $filled } قيم
    [many] { $filled } قيمةً
   *[other] { $filled } قيمة
})
import-row-is-organisation = لا يذكر الصف اسم أي شخص، لذا يُقرأ على أنه الجهة «{ $organisation }»، ولا مكان لهذه القيمة فيها
import-another-column-gives = يعطي عمود آخر القيمة «{ $value }»؛ وتعتمد الخطة تلك القيمة
import-another-column-too = يعطي عمود آخر هذا الحقل أيضًا؛ وتعتمد الخطة العمود الأول
import-not-one-of = ليس من بين { $known }؛ تُرك فارغًا
import-fax-not-a-phone = رقم الفاكس ليس رقم هاتف؛ والخطة تحتفظ بأرقام الهواتف
import-not-a-date = ليس تاريخًا بصيغة مثل { $forms }؛ تُرك فارغًا
import-one-of-several = قيمة من بين عدة قيم؛ وتعتمد الخطة الأولى
import-name-from-parts = يؤخذ الاسم من أعمدة أجزاء الاسم: «{ $name }»
import-name-from-name-column = يؤخذ الاسم من عمود «الاسم»: «{ $name }»
import-no-place = لا مكان لها في الخطة
import-plan-keeps-one = تحتفظ الخطة بقيمة واحدة
import-department = تحتفظ الخطة بالجهة لا بأقسامها

## معاينة الاستيراد

import-heading = الاستيراد من { $file }
import-nothing-changed-until = لن يتغير شيء حتى تختار «استيراد»؛ وعندئذ يكون الاستيراد كله خطوة واحدة يمكن التراجع عنها بأمر «تراجع».
import-button = استيراد
import-cancel = إلغاء
import-columns = الأعمدة
import-columns-hint = يُقرأ كل عمود من أعمدة الملف على أنه الحقل المختار هنا.
import-column-number = العمود { $number }
import-leave-out = (استبعاد)
import-text-encoding = ترميز النص
import-file-was = الملف { $encoding }.
import-dates-like = التواريخ بصيغة 03/04/2027
import-side-of-new-people = جانب الأشخاص الجدد
import-where-file-does-not-say = (حيث لا يحدده الملف)
preview-section-organisations-to-add = جهات للإضافة
preview-section-organisations-to-change = جهات للتعديل
preview-section-people-to-add = أشخاص للإضافة
preview-section-people-to-change = أشخاص للتعديل
preview-section-different = قيم تختلف بين الخطة والملف (تُعتمد قيمة الخطة ما لم تضع علامة)
preview-section-which-person = أي شخص؟ تنطبق هذه السجلات على عدة أشخاص في الخطة، وتُستبعد ما لم تختر
preview-section-left-out = السجلات المستبعدة
preview-section-not-imported = قيم لم تُستورد: لا مكان لها في الخطة
preview-all-in-plan = كل ما في هذا الملف موجود في الخطة بالفعل.
preview-line = السطر { $line }: { $text }
preview-line-number = السطر { $line }
preview-take-file = السطر { $line }، { $field }: اعتماد قيمة الملف «{ $file }» بدلًا من قيمة الخطة «{ $plan }»
preview-new-person = شخص جديد
preview-which = السطر { $line }: أيّ «{ $name }»؟
preview-values-differ-below = قيم مختلفة، انظر أدناه
preview-new-fields = قيم جديدة في: { $fields }
preview-field-separator = {"، "}
preview-field-value = { $field }: { $value }
preview-adds = يُضيف { $additions }
preview-addition = { $what } { $value }
preview-candidate = { $name } (المعرّف { $id })
preview-candidate-with-details = { $name } ({ $details }؛ المعرّف { $id })
preview-candidate-separator = {"، "}
preview-ambiguous-one = قد يكون «{ $name }» هو { $candidate } في الخطة، وقد يكون كذلك سجل آخر بهذا الاسم في الملف
preview-ambiguous = قد يكون «{ $name }» أيًّا من الأشخاص التالين في الخطة (وعددهم { $n }): { $candidates }

## ملخّص الاستيراد: أجزاء يجمع بينها الفاصل (ويُكتب أول حرف منها كبيرًا في اللغات التي تعرف ذلك)

preview-people-to-add = { $count ->
    [zero] لا أشخاص
    [one] شخص واحد
    [two] شخصان
    [few] { $n } أشخاص
    [many] { $n } شخصًا
   *[other] { $n } شخص
} للإضافة
preview-people-to-change = { $count ->
    [zero] لا أشخاص
    [one] شخص واحد
    [two] شخصان
    [few] { $n } أشخاص
    [many] { $n } شخصًا
   *[other] { $n } شخص
} للتعديل
preview-organisations-to-add = { $count ->
    [zero] لا جهات
    [one] جهة واحدة
    [two] جهتان
    [few] { $n } جهات
    [many] { $n } جهةً
   *[other] { $n } جهة
} للإضافة
preview-organisations-to-change = { $count ->
    [zero] لا جهات
    [one] جهة واحدة
    [two] جهتان
    [few] { $n } جهات
    [many] { $n } جهةً
   *[other] { $n } جهة
} للتعديل
preview-added-and-changed = { $added }، و{ $n } للتعديل
preview-already-in-plan = موجود في الخطة بالفعل: { $n }
preview-entries-left-out = { $count ->
    [zero] لا سجلات مستبعدة
    [one] سجل واحد مستبعد
    [two] سجلان مستبعدان
    [few] { $n } سجلات مستبعدة
    [many] { $n } سجلًا مستبعدًا
   *[other] { $n } سجل مستبعد
}
preview-entries-ambiguous = { $count ->
    [zero] لا سجلات تنطبق على عدة أشخاص في الخطة
    [one] سجل واحد قد ينطبق على عدة أشخاص في الخطة (ويُستبعد ما لم تختر الشخص المقصود)
    [two] سجلان قد ينطبقان على عدة أشخاص في الخطة (ويُستبعدان ما لم تختر الشخص المقصود)
    [few] { $n } سجلات قد تنطبق على عدة أشخاص في الخطة (وتُستبعد ما لم تختر الشخص المقصود)
    [many] { $n } سجلًا قد تنطبق على عدة أشخاص في الخطة (وتُستبعد ما لم تختر الشخص المقصود)
   *[other] { $n } سجل قد تنطبق على عدة أشخاص في الخطة (وتُستبعد ما لم تختر الشخص المقصود)
}
preview-values-differ = { $count ->
    [zero] لا قيم تختلف عن قيم الخطة
    [one] قيمة واحدة تختلف عن قيمة الخطة (وتُعتمد قيمة الخطة ما لم تختر غير ذلك)
    [two] قيمتان تختلفان عن قيمتي الخطة (وتُعتمد قيمتا الخطة ما لم تختر غير ذلك)
    [few] { $n } قيم تختلف عن قيم الخطة (وتُعتمد قيم الخطة ما لم تختر غير ذلك)
    [many] { $n } قيمةً تختلف عن قيم الخطة (وتُعتمد قيم الخطة ما لم تختر غير ذلك)
   *[other] { $n } قيمة تختلف عن قيم الخطة (وتُعتمد قيم الخطة ما لم تختر غير ذلك)
}
preview-values-not-imported = { $count ->
    [zero] لم تُستورد أي قيمة
    [one] قيمة واحدة لم تُستورد
    [two] قيمتان لم تُستوردا
    [few] { $n } قيم لم تُستورد
    [many] { $n } قيمةً لم تُستورد
   *[other] { $n } قيمة لم تُستورد
}
preview-part-separator = {"؛ "}
preview-nothing = لا يوجد ما يُستورد

## قراءة الملف المختار

import-encoding-failed = { $was }؛ وتعذّرت قراءته بترميز { $encoding }: { $error }

## التصدير

export-replace-heading = هل تريد استبدال هذا الملف؟
export-replace-body = الملف { $path } ليس ملف تصدير أنشأه Attaché من قبل. وسيؤدي استبداله إلى فقدان ما يحتويه.
export-replace = استبدال
export-cancel = إلغاء
export-ok = موافق
export-whose-programme = برنامج أي شخص؟
export-whose-programme-hint = لن يتضمن التقويم إلا الفعاليات التي يشارك فيها هذا الشخص أو يستضيفها.
export-find-person = البحث عن شخص

## كيف قُرئ الملف

import-read-as = قُرئ بترميز { $name }
import-read-as-by-mark = قُرئ بترميز { $name } (كما تدل علامة ترتيب البايتات فيه)
import-read-as-guessed = قُرئ بترميز { $name } (فهو ليس بترميز UTF-8، وقد جرى تخمين ترميزه؛ { $choose })
import-read-as-chosen = قُرئ بترميز { $name } حسب اختيارك
import-read-with-errors = { $how }؛ بعض البايتات ليست نصًّا بترميز { $name } فتظهر على هيئة �، { $choose }
import-choose-another-encoding = اختر ترميزًا آخر من «ترميز النص»
import-day-first = اليوم أولًا (26/02/2027)
import-month-first = الشهر أولًا (02/26/2027)

## تأشير التغييرات منذ نسخة سابقة

export-changes-since-heading = تأشير التغييرات منذ…
export-changes-since-hint = يسرد ملف الإحاطة والبرامج في صفحتها الأولى ما تغيّر منذ النسخة المختارة هنا، ويؤشّر كل سطر تغيّر.
export-changes-since-last-issued = آخر نسخة صادرة ({ $when })
export-changes-since-no-issued = آخر نسخة صادرة (لا توجد بعد: «ملف ← تسجيل كنسخة صادرة» يحتفظ بواحدة)
export-changes-since-issued = صدرت { $when }
export-changes-since-file = ملف الخطة { $file }
export-changes-since-nothing = بلا تأشير
export-changes-since-choose-file = اختيار ملف خطة…
export-close = إغلاق
