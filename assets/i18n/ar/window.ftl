# النافذة: قوائمها، وأوامر القوائم ولوحة المفاتيح (لكلٍّ منها جملة يعرضها التلميح
# و«مساعدة ← اختصارات لوحة المفاتيح»)، والتنقّل، وشريط الحالة.
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

## القوائم

menu-file = ملف
menu-edit = تعديل
menu-view = عرض
menu-help = مساعدة
menu-import = استيراد
menu-heading-theme = المظهر
menu-heading-language = اللغة

## طرق العرض

view-overview = نظرة عامة
    .tooltip = إظهار النظرة العامة
view-itinerary = البرنامج
    .tooltip = إظهار البرنامج
view-people = الأشخاص
    .tooltip = إظهار الأشخاص
view-organisations = الجهات
    .tooltip = إظهار الجهات
view-topics = المواضيع
    .tooltip = إظهار المواضيع
view-actions = إجراءات المتابعة
    .tooltip = إظهار إجراءات المتابعة
view-problems = المشكلات
    .tooltip = إظهار المشكلات

## الأوامر

command-new = جديد
    .tooltip = بدء خطة جديدة

command-open = فتح…
    .tooltip = فتح خطة

menu-open-recent = الخطط الأخيرة

command-save = حفظ
    .tooltip = حفظ الخطة

command-save-as = حفظ باسم…
    .tooltip = حفظ الخطة باسم آخر

command-revert-to-saved = الرجوع إلى المحفوظ
    .tooltip = العودة إلى الخطة كما حُفظت آخر مرة؛ ويُلغي «تراجع» هذه العودة

menu-export = تصدير

command-publish = نشر في تقويم…
    .tooltip = نشر برنامج الزيارة في تقويم CalDAV يشترك فيه الوفد

command-print-briefing-book = طباعة ملف الإحاطة…
    .tooltip = يفتح ملف الإحاطة في المتصفح لطباعته أو حفظه بصيغة PDF

command-print-programme = طباعة البرنامج…
    .tooltip = يفتح في المتصفح البرنامج الفردي لكل عضو في الوفد في صفحة واحدة، صفحة لكل شخص

command-quit = خروج
    .tooltip = خروج

command-export-icalendar = iCalendar…
    .tooltip = برنامج الزيارة للتقاويم والهواتف (.ics)

command-export-icalendar-for-one-person = iCalendar لشخص واحد…
    .tooltip = الفعاليات التي يشارك فيها شخص واحد أو يستضيفها فقط (.ics)

command-export-vcard = vCard…
    .tooltip = الأشخاص والجهات لدفاتر العناوين (.vcf)

command-export-csv = CSV…
    .tooltip = الأشخاص في جدول بيانات (.csv)

command-organisations-as-csv = الجهات بصيغة CSV…
    .tooltip = الجهات في جدول بيانات مستقل (.csv)، بجميع الحقول

command-briefing-book = ملف الإحاطة…
    .tooltip = ملف HTML واحد للطباعة أو المشاركة: الوفد، والبرنامج، وبيانات الاتصال، والمواضيع، وإجراءات المتابعة

command-programmes = البرامج الفردية…
    .tooltip = البرنامج الفردي لكل عضو في الوفد في صفحة واحدة، صفحة لكل شخص (.html)

menu-protocol = المراسم

command-seating-charts = مخططات الجلوس…
    .tooltip = طاولات كل وجبة أو حفل بترتيب جلوس، مرسومةً، مع مكان جلوس كل شخص (.html)

command-place-cards = بطاقات المقاعد…
    .tooltip = بطاقة مطوية لكل ضيف له مقعد، بكلا الخطّين (.html)

command-rooming-lists = كشوف الغرف…
    .tooltip = من يقيم في أي غرفة، بالصيغة التي تطلبها الفنادق (.csv)

command-transport-list = كشف النقل…
    .tooltip = من يستقل أي مركبة، يومًا بيوم، للسائقين وضباط الارتباط (.html)

command-name-badges = البطاقات التعريفية…
    .tooltip = بطاقات تحمل الاسم، والاسم بخط صاحبه، والجهة، والجانب، ثماني بطاقات في الورقة (.html)

command-rooming-grid = جدول الغرف…
    .tooltip = غرف كل إقامة ليلةً بليلة: من يقيم أين، والليالي، والضيوف الذين ليست لهم غرفة (.html)

command-rooming-grid-for-spreadsheets = جدول الغرف لجداول البيانات…
    .tooltip = جدول الغرف بعمود لكل ليلة، لحجز الغرف الجماعي في الفندق (.csv)

command-arrivals-and-departures = الوصول والمغادرة…
    .tooltip = كل رحلة جوية قادمة أو مغادرة مع ركابها واحتياجاتهم وسياراتهم، لاستخدام المطار (.html)

command-arrivals-and-departures-for-spreadsheets = الوصول والمغادرة لجداول البيانات…
    .tooltip = كشف الركاب بصفٍّ لكل راكب في كل رحلة جوية (.csv)

command-caterers-sheets = أوراق متعهد الطعام…
    .tooltip = ضيوف كل وجبة واحتياجاتهم الغذائية وحالات الحساسية مع مقاعدهم، والترجمة الفورية (.html)

command-drivers-sheets = أوراق السائقين…
    .tooltip = تنقّلات كل مركبة في كل يوم مع الركاب والهواتف وضابط الاتصال (.html)

command-import-vcard = vCard…
    .tooltip = الأشخاص والجهات من دفتر عناوين (.vcf)

command-import-csv = CSV…
    .tooltip = الأشخاص من جدول بيانات (.csv)

command-undo = تراجع
    .tooltip = التراجع عن آخر تغيير

command-redo = إعادة
    .tooltip = إعادة آخر تغيير جرى التراجع عنه

command-add = إضافة (فعالية جديدة، إضافة شخص …)
    .tooltip = الإضافة إلى العرض الظاهر: فعالية جديدة في البرنامج، وشخص في الأشخاص، وجهة أو موضوع أو إجراء متابعة كلٌّ في عرضه

command-find = بحث
    .tooltip = وضع المؤشر في مربع البحث في العرض الظاهر

command-delete = حذف…
    .tooltip = طلب التأكيد قبل حذف السجل المفتوح في المحرّر (ما دام المؤشر ليس في أي حقل نصي)

command-theme-system = اتباع النظام
    .tooltip = فاتح أو داكن بحسب إعداد النظام

command-theme-light = فاتح
    .tooltip = نص داكن على خلفية فاتحة

command-theme-dark = داكن
    .tooltip = نص فاتح على خلفية داكنة

menu-keyboard-shortcuts = اختصارات لوحة المفاتيح

menu-getting-started = دليل البدء

command-language-system = لغة النظام
    .tooltip = لغة النظام إن كان Attaché يدعمها، وإلا فالإنجليزية
command-language-english = English
    .tooltip = الإنجليزية
command-language-estonian = Eesti
    .tooltip = الإستونية
command-language-arabic = العربية
    .tooltip = العربية، تُقرأ من اليمين إلى اليسار
command-digits-of-language = أرقام اللغة
    .tooltip = الأعداد والتواريخ والأوقات بأرقام اللغة نفسها (الأرقام الهندية ٠١٢٣ في العربية)
command-digits-western = الأرقام الغربية 0123
    .tooltip = الأعداد والتواريخ والأوقات بالأرقام الغربية (0123) في كل اللغات

## إطار النافذة: المعالم، والتنقّل، وخطوات قائمة «تعديل»

frame-menu-bar = شريط القوائم
frame-region-views = طرق العرض
frame-region-status-bar = شريط الحالة
frame-region-messages = الرسائل
frame-editor-region = المحرّر
frame-divider = الفاصل بين القائمة والمحرّر
# قيمة الفاصل لقارئات الشاشة: حصة المحرّر من عرض النافذة.
frame-divider-value = المحرّر { $percent }٪ من عرض النافذة
# عرضٌ في شريط التنقّل مع عدد سجلاته: «الأشخاص  (العدد)».
frame-navigation-count = { $view }  ({ $count })
# قائمة «تعديل»: «تراجع» و«إعادة» مع اسم الخطوة المعنية.
frame-undo-step = تراجع عن { $step }
frame-redo-step = إعادة { $step }
frame-no-recent-plans = لا توجد خطط أخيرة
frame-recent-missing = { $path } (غير موجود)
frame-recent-remove = إزالة
    .tooltip = إزالة هذه الخطة غير الموجودة من القائمة
# تلميح زرٍّ مع مفاتيح أمره: «إظهار المشكلات (Ctrl+7)».
frame-command-tooltip = { $tooltip } ({ $keys })
frame-message-dismiss = إخفاء

## شريط الحالة

status-untitled = بلا عنوان، لم تُحفظ بعد
status-unsaved-changes = تغييرات غير محفوظة
status-all-changes-saved = حُفظت جميع التغييرات
status-problems = { $errors ->
        [zero] لا توجد أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    } · { $warnings ->
        [zero] لا توجد تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }
status-problems-checking = { $errors ->
        [zero] لا توجد أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    } · { $warnings ->
        [zero] لا توجد تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    } · جارٍ الفحص…
status-file-dialog-open = نافذة اختيار ملف مفتوحة…

## المساعدة: دليل البدء ونبذة عن البرنامج

help-getting-started-overview = أولاً – نظرة عامة: عنوان الزيارة، والطرفان، والأيام، والمنطقتان الزمنيتان.
help-getting-started-people = ثانياً – الأشخاص والجهات: الوفد بحسب ترتيب الأسبقية (الأشخاص ← قائمة الوفد) والجانب المضيف؛ وتظهر الأسماء المكتوبة بخط أصحابها كما أُدخلت.
help-getting-started-itinerary = ثالثاً – البرنامج: يضيف «فعالية جديدة» فعاليةً بعد ساعة من آخر فعالية في اليوم؛ وتُقلع الرحلات الجوية في منطقة زمنية وتهبط في أخرى.
help-getting-started-topics = رابعاً – المواضيع وإجراءات المتابعة: ما يدرسه الوفد وما يترتب عليه من متابعة.
help-getting-started-problems = خامساً – المشكلات: التعارضات، والفعاليات التي تفتقر إلى مضيف، والوثائق المتأخرة، وكلٌّ منها على بُعد نقرة واحدة من سجلّه ومؤشَّر عليه في البرنامج.
help-getting-started-documents = سادساً – ملف ← تصدير أو طباعة للتقاويم وبيانات الاتصال وملف الإحاطة؛ وملف ← نشر في تقويم لهواتف الوفد.
help-about-version = الإصدار { $version }
help-about-time-zones = المناطق الزمنية: قاعدة بيانات IANA { $version }، مدمجة في البرنامج، لكي تحسب جميع الأجهزة الأوقات نفسها.
help-about-purpose = لتخطيط زيارات الوفود الرسمية. تُحفظ الخطط في ملفات بصيغة .ron.

## مربعات الحوار: الأجوبة المشتركة

dialog-save = حفظ
dialog-dont-save = عدم الحفظ
dialog-cancel = إلغاء
dialog-close = إغلاق
dialog-ok = موافق

## مربع حوار: تغييرات غير محفوظة

dialog-unsaved-heading = تغييرات غير محفوظة
dialog-unsaved-question-closing = هل تريد حفظ التغييرات في { $name } قبل الإغلاق؟
dialog-unsaved-question-new = هل تريد حفظ التغييرات في { $name } قبل بدء خطة جديدة؟
dialog-unsaved-question-open = هل تريد حفظ التغييرات في { $name } قبل فتح خطة أخرى؟
dialog-unsaved-warning = إذا لم تحفظ التغييرات فستفقدها.

## مربع حوار: فتح خطة

dialog-opening-heading = جارٍ فتح { $name }
dialog-reading-again-heading = جارٍ قراءة { $name } مجددًا
# الميغابايتات المقروءة حتى الآن ومجموعها، مثل «قُرئ … من … ميغابايت».
dialog-opening-progress = قُرئ { $read } من { $total } ميغابايت
dialog-opening-reading = جارٍ قراءة الخطة…
dialog-opening-stays-open = تبقى الخطة المفتوحة حاليًا مفتوحةً إلى أن تصبح هذه الخطة جاهزة.

## مربع حوار: كتابة المسار حين يتعذّر عرض نافذة اختيار الملفات

dialog-path-open-heading = فتح خطة
dialog-path-open = فتح
dialog-path-save-heading = حفظ الخطة باسم
dialog-path-save = حفظ
dialog-path-export-heading = التصدير إلى
dialog-path-export = تصدير
dialog-path-import-heading = الاستيراد من
dialog-path-import = استيراد
dialog-path-explanation-plan = يتعذّر عرض نافذة اختيار الملفات على سطح المكتب هذا. اكتب المسار الكامل لملف الخطة بدلاً من ذلك.
dialog-path-explanation-file = يتعذّر عرض نافذة اختيار الملفات على سطح المكتب هذا. اكتب المسار الكامل للملف بدلاً من ذلك.
dialog-path-field = مسار الملف

## مربعات الحوار: الاستعادة بعد توقف مفاجئ، وملف غيّره برنامج آخر

dialog-restore-heading = هل تريد استعادة التغييرات غير المحفوظة؟
dialog-restore-explanation = أُغلق Attaché قبل حفظ هذه التغييرات:
dialog-restore = استعادة
dialog-discard = تجاهل
dialog-outside-change-heading = تغيّر الملف على القرص
dialog-outside-change-explanation = غيّر برنامج آخر { $name } منذ أن فتحه Attaché أو حفظه.
dialog-outside-change-while-editing = تؤدي إعادة التحميل إلى استبدال تغييراتك غير المحفوظة؛ ويعيدها «تراجع».
dialog-outside-change-on-save = عند الكتابة فوق الملف تحلّ تغييراتك محلّ تغييرات البرنامج الآخر.
dialog-reload-from-disk = إعادة التحميل من القرص
dialog-keep-my-version = الإبقاء على نسختي
dialog-overwrite = الكتابة فوق الملف

## النشر في تقويم

publish-heading = النشر في تقويم
publish-explanation = تصبح كل فعالية قيدًا في تقويم على خادم CalDAV (Nextcloud، Radicale، Fastmail…) يمكن للوفد الاشتراك فيه. ويؤدي النشر مرة أخرى إلى تحديث ما تغيّر وإزالة ما خرج من الخطة. أما قيود الخطط والأشخاص الآخرين، والقيود المعدَّلة على الخادم، فتبقى كما هي.
publish-calendar-address = عنوان التقويم
    .hint = https://calendar.example.org/dav/visit/
publish-user-name = اسم المستخدم
publish-password = كلمة المرور
publish-events-of = فعاليات
publish-everyone = الجميع
publish-replace-changed = استبدال القيود المعدَّلة على الخادم
publish-password-never-saved = تُستخدم كلمة المرور لعملية النشر هذه فقط، ولا تُحفظ أبدًا.
publish-publishing = جارٍ النشر…
publish-publish = نشر
publish-nothing-more-published = لم يُنشر شيء آخر. { $reason }
publish-published = تم النشر. الفعاليات المضافة: { $added }، والمحدَّثة: { $updated }، والمُزالة: { $removed }، ودون تغيير: { $unchanged }.
# جملتان من الإشعار بعد النشر، إحداهما تلو الأخرى.
publish-sentences = { $first } { $next }
publish-removed = أُزيلت: { $titles }.
publish-changed-on-server = عُدِّلت على الخادم وتُركت كما هي: { $titles } (حدِّد «{ $replace }» لاستبدالها).
publish-outside = { $count ->
        [zero] لم يُدرج الخادم أي قيد خارج التقويم.
        [one] أدرج الخادم قيدًا واحدًا خارج التقويم؛ وتُرك كما هو.
        [two] أدرج الخادم قيدين خارج التقويم؛ وتُركا كما هما.
        [few] أدرج الخادم { $count } قيود خارج التقويم؛ وتُركت كما هي.
        [many] أدرج الخادم { $count } قيدًا خارج التقويم؛ وتُركت كما هي.
       *[other] أدرج الخادم { $count } قيد خارج التقويم؛ وتُركت كما هي.
    }

## عنوان النافذة واسم الخطة

# «● » ما دامت هناك تغييرات غير محفوظة.
app-window-title = { $mark }{ $name } — Attaché
app-untitled-plan = خطة بلا عنوان
app-unsaved-title = { $title } (غير محفوظة)

## خطوات التراجع التي يُنشئها البرنامج نفسه

app-step-revert = الرجوع إلى المحفوظ
app-step-reload-from-disk = إعادة التحميل من القرص
app-step-restore-unsaved-changes = استعادة التغييرات غير المحفوظة
app-step-calendar-identity = منح الخطة هويتها في التقويم
app-step-import = الاستيراد من { $file }

## الإشعارات

app-notice-reloaded = غيّر برنامج آخر { $path } فأُعيد تحميله. ويعيد «تراجع» النسخة التي كانت لديك.
app-notice-gone-from-disk = لم يعد { $path } موجودًا على القرص (نقله برنامج آخر أو حذفه). ويعيده الحفظ إلى مكانه.
app-notice-open-in-another-window = { $path } مفتوح أيضًا في نافذة أخرى من Attaché. وسيطلب Attaché التأكيد قبل أن يكتب الحفظ في إحدى النافذتين فوق ما حُفظ في الأخرى.
# خطة تركتها نافذة توقفت فجأة: «اسم الملف، كما كانت في التاريخ الساعة الوقت».
app-leftover = { $name }، كما كانت في { $date } الساعة { $time }
app-leftover-untitled = خطة بلا عنوان، كما كانت في { $date } الساعة { $time }

## خطة تعذّر فتحها (المسار، والسطر والعمود حين يُعرفان)

app-load-io = { $path }: تتعذّر قراءته: { $reason }
app-load-is-folder = { $path }: مجلد، وليس ملف خطة
app-load-not-regular = { $path }: { $kind }، وليس ملف خطة؛ لا تُقرأ إلا الملفات العادية
app-load-busy = { $path }: يكتب فيه برنامج آخر حاليًا (نسخة أخرى من Attaché تحفظ أو تستورد)؛ حاول مرة أخرى بعد لحظات
app-load-cancelled = { $path }: لم يُفتح: أُلغيت عملية الفتح
app-load-too-large = { $path }: حجمه { $size } بايت، وهو أكبر من الحد المسموح به لملف الخطة البالغ { $limit } ميبيبايت (MiB)؛ والأرجح أنه ليس خطة
app-load-not-utf8 = { $path }:{ $line }:{ $column }: كان المتوقع نصًا بترميز UTF-8، لكن وُجدت بايتات ليست كذلك
# التفصيل هو وصف قارئ الملف نفسه لما كان يتوقعه.
app-load-syntax = { $path }:{ $line }:{ $column }: { $detail }
app-load-newer-version = { $path }: كُتب بالإصدار { $found } من صيغة الخطة، وهو أحدث من الإصدار { $current } الذي يفهمه هذا الإصدار من Attaché؛ افتحه بإصدار أحدث من Attaché
app-load-unknown-version = { $path }:{ $line }:{ $column }: إصدار الصيغة { $found } غير موجود (المتوقع من واحد إلى { $current })
app-load-unreadable-version = { $path }:{ $line }:{ $column }: كان المتوقع أن يكون إصدار الصيغة عددًا صحيحًا بأرقام عادية (مثل 1)، لكن وُجد «{ $found }»

## ملف تعذّرت كتابته

app-save-io = { $path }: تعذّر الحفظ، ولم يتغيّر شيء على القرص: { $reason }
app-save-target-is-folder = { $path }: مجلد؛ اختر اسم ملف لحفظ الخطة باسمه
app-save-not-regular = { $path }: { $kind }، وليس ملفًا عاديًا؛ لم يُكتب فيه شيء
app-save-link-loop = { $path }: رابط رمزي يدور في حلقة مغلقة؛ لم يُكتب شيء
app-save-would-overwrite-newer = { $path }: يحتوي على خطة بالإصدار { $found } من الصيغة، وهو أحدث مما يكتبه هذا الإصدار من Attaché ({ $current })؛ لذا لم يُكتب فوقه. استخدم «حفظ باسم» للحفظ باسم آخر
app-save-would-overwrite-plan = { $path }: يحتوي على خطة من Attaché (أو نسختها الاحتياطية)؛ ولا يُكتب التصدير فوق خطة أبدًا. اختر اسم ملف آخر
app-save-would-replace-other-file = { $path }: موجود مسبقًا، وليس ملف تصدير من هذا النوع كتبه Attaché من قبل؛ لم يُكتب شيء، فلم يضِع ما يحتويه. اختر اسم ملف آخر، أو أكِّد جواز استبداله
app-save-changed-on-disk = { $path }: غيّره برنامج آخر بعد قراءته؛ لم يُكتب شيء، فلم يضِع ذلك التغيير
app-save-busy = { $path }: يكتب فيه برنامج آخر حاليًا (نسخة أخرى من Attaché تحفظ أو تستورد)؛ لم يُكتب شيء، فحاول مرة أخرى بعد لحظات

## ملف تعذّرت قراءته للاستيراد

app-read-io = تتعذّر قراءته: { $reason }
app-read-is-folder = مجلد، وليس ملفًا
app-read-not-regular = { $kind }، وليس ملفًا عاديًا
app-read-too-large = حجمه { $size } بايت، وهو أكبر من الحد المسموح به البالغ { $limit } بايت
app-read-cancelled = لم يُقرأ: أُلغيت عملية القراءة

## ملفات ليست ملفات عادية

app-file-kind-fifo = أنبوب مسمّى (FIFO)
app-file-kind-device = جهاز
app-file-kind-socket = مقبس
app-file-kind-symbolic-link = رابط رمزي
app-file-kind-special = ملف خاص
app-file-kind-other = { $kind }

## التصدير والاستيراد والطباعة

app-not-exported = { $path }: لم يُصدَّر: { $reason }
app-nothing-exported = لم يُصدَّر شيء. { $reason }
app-exported = تم تصدير { $what } إلى { $path }
app-nothing-imported = { $path }: { $reason }؛ لم يُستورد شيء
app-import-not-csv = { $path }: تعذّرت قراءته بصيغة CSV: { $reason }
app-nothing-printed-export = لم يُطبع شيء: { $reason }
app-nothing-printed-no-folder = لم يُطبع شيء: تعذّر إنشاء مجلد مؤقت ({ $reason })
app-nothing-printed = لم يُطبع شيء. { $reason }
app-opened-in-browser = فُتح { $path } في المتصفح: اطبعه من هناك، أو احفظه بصيغة PDF.
app-browser-not-opened = { $path } جاهز للطباعة، لكن تعذّر فتح المتصفح ({ $reason })؛ افتح الملف بنفسك.
app-export-what-calendar = التقويم
app-export-what-contacts = بيانات الاتصال
app-export-what-people = الأشخاص
app-export-what-organisations = الجهات
app-export-what-briefing-book = ملف الإحاطة
app-export-what-programmes = البرامج الفردية
app-export-what-seating-charts = مخططات الجلوس
app-export-what-place-cards = بطاقات المقاعد
app-export-what-rooming-lists = كشوف الغرف
app-export-what-transport-list = كشف النقل
app-export-what-name-badges = البطاقات التعريفية
app-export-what-rooming-grids = جداول الغرف
app-export-what-arrivals-manifest = كشف ركاب الوصول والمغادرة
app-export-what-caterers-sheets = أوراق متعهد الطعام
app-export-what-drivers-sheets = أوراق السائقين

## نوافذ اختيار الملفات: العناوين والمرشِّحات

app-dialog-open-plan = فتح خطة زيارة وفد
app-dialog-save-plan = حفظ خطة زيارة الوفد
app-dialog-filter-plan = خطة زيارة وفد (*.ron)
app-dialog-export-person-calendar = تصدير برنامج شخص واحد بصيغة iCalendar
app-dialog-export-calendar = تصدير برنامج الزيارة بصيغة iCalendar
app-dialog-export-contacts = تصدير الأشخاص والجهات بصيغة vCard
app-dialog-export-people-csv = تصدير الأشخاص بصيغة CSV
app-dialog-export-organisations-csv = تصدير الجهات بصيغة CSV
app-dialog-export-briefing-book = تصدير ملف الإحاطة
app-dialog-export-person-programme = تصدير برنامج شخص واحد
app-dialog-export-programmes = تصدير البرامج الفردية لأعضاء الوفد
app-dialog-export-protocol = تصدير { $what }
# مرشِّح نافذة اختيار الملفات: «iCalendar (*.ics)».
app-dialog-filter = { $kind } (*.{ $extension })
app-dialog-import-vcard = استيراد الأشخاص والجهات من vCard
app-dialog-filter-vcard = vCard (*.vcf, *.vcard)
app-dialog-import-csv = استيراد الأشخاص من جدول بيانات CSV
app-dialog-filter-csv = جدول بيانات CSV (*.csv, *.txt)
app-file-type-icalendar = iCalendar
app-file-type-vcard = vCard
app-file-type-csv = جدول بيانات CSV
app-file-type-briefing-book = ملف الإحاطة (HTML)
app-file-type-programme = البرنامج (HTML)
app-file-type-printable-page = صفحة قابلة للطباعة (HTML)

## النسخ الصادرة

command-mark-as-issued = تسجيل كنسخة صادرة
    .tooltip = يحتفظ بنسخة من الخطة كما سُلّمت الآن، في مجلد بجانبها؛ ويؤشّر البرنامج التالي ما تغيّر منذها
command-mark-changes-since = تأشير التغييرات منذ…
    .tooltip = النسخة السابقة التي يؤشّر ملف الإحاطة والبرامج ما تغيّر منذها
app-issued = صدرت: حُفظت نسخة من الخطة كما هي الآن في { $path }
app-not-issued = لم تُسجَّل الخطة كنسخة صادرة. { $reason }
app-changes-since-unreadable = لم يُصدَّر شيء: تعذّرت قراءة النسخة السابقة التي تُؤشَّر التغييرات منذها. { $reason }
