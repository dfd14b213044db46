# ما يختاره المخطِّط من قائمة، كما تعرضه أداة الاختيار. المعرّفات ثابتة: كلٌّ منها يسمّي نوع
# الخيار وقيمته في الملف (choice-DelegationRole-Head).
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

choice-ActionStatus-Open = مفتوح
choice-ActionStatus-InProgress = قيد التنفيذ
choice-ActionStatus-Done = منجَز
choice-ActionStatus-Dropped = صُرف النظر عنه

choice-GiftStatus-Planned = مخطَّط لها
choice-GiftStatus-Bought = مشتراة
choice-GiftStatus-HandedOver = مسلَّمة
choice-GiftStatus-Received = مستلَمة
choice-GiftStatus-Declared = مُفصَح عنها

choice-TableShape-Round = مستديرة
choice-TableShape-Rectangular = مستطيلة
choice-TableShape-Head = الطاولة الرئيسية
choice-TableShape-UShape = على شكل حرف U

choice-RoomKind-Single = مفردة
choice-RoomKind-Double = مزدوجة (سرير واحد)
choice-RoomKind-Twin = مزدوجة (سريران)
choice-RoomKind-Suite = جناح

choice-ContactKind-Work = العمل
choice-ContactKind-Home = المنزل
choice-ContactKind-Mobile = جوال
choice-ContactKind-Other = أخرى

choice-TravelMode-Flight = رحلة جوية
choice-TravelMode-Train = قطار
choice-TravelMode-Car = سيارة
choice-TravelMode-Bus = حافلة
choice-TravelMode-Ferry = عبّارة
choice-TravelMode-Walk = سيرًا على الأقدام

choice-EventStatus-Proposed = مقترحة
choice-EventStatus-Requested = مطلوبة
choice-EventStatus-Confirmed = مؤكدة
choice-EventStatus-Cancelled = ملغاة

choice-OrganisationKind-Ministry = وزارة
choice-OrganisationKind-Agency = هيئة
choice-OrganisationKind-Company = شركة
choice-OrganisationKind-University = جامعة
choice-OrganisationKind-Embassy = سفارة
choice-OrganisationKind-International = منظمة دولية
choice-OrganisationKind-Other = أخرى

choice-VehicleKind-Car = سيارة
choice-VehicleKind-Van = سيارة فان
choice-VehicleKind-Minibus = حافلة صغيرة
choice-VehicleKind-Bus = حافلة

choice-Side-Visiting = الجانب الزائر
choice-Side-Host = الجانب المضيف
choice-Side-Other = جانب آخر

choice-DelegationRole-Head = رئيس الوفد
choice-DelegationRole-Deputy = نائب رئيس الوفد
choice-DelegationRole-Member = عضو
choice-DelegationRole-Adviser = مستشار
choice-DelegationRole-Interpreter = مترجم
choice-DelegationRole-Liaison = ضابط ارتباط
choice-DelegationRole-Protocol = مسؤول المراسم
choice-DelegationRole-Security = الحماية
choice-DelegationRole-Media = الإعلام
choice-DelegationRole-Host = مضيف
choice-DelegationRole-Speaker = متحدث
choice-DelegationRole-Support = كادر الدعم

choice-DocumentStatus-NotNeeded = غير مطلوبة
choice-DocumentStatus-ToApply = يلزم تقديم الطلب
choice-DocumentStatus-Applied = قُدِّم الطلب
choice-DocumentStatus-Issued = صادرة
choice-DocumentStatus-Refused = مرفوضة

choice-EventKindTag-Meeting = اجتماع
choice-EventKindTag-SiteVisit = زيارة ميدانية
choice-EventKindTag-Briefing = إحاطة
choice-EventKindTag-Meal = وجبة
choice-EventKindTag-Ceremony = حفل
choice-EventKindTag-Travel = تنقّل
choice-EventKindTag-Stay = إقامة
choice-EventKindTag-FreeTime = وقت حر
