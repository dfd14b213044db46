# ما يسمّيه النموذج بنفسه: الطاولات التي يضيفها «اقتراح ترتيب الجلوس» (وتصبح بعدها من
# بيانات الخطة، ويجوز للمخطِّط إعادة تسميتها).
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

## ترتيب الجلوس

seating-new-head-table = الطاولة الرئيسية
seating-new-table = الطاولة { $number }
