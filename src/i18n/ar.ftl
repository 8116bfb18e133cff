# Portico: العربية الفصحى المعاصرة (Modern Standard Arabic).

## accept
accept-choose = اختر اسمك وكلمة المرور التي ستستخدمها في Portico.
accept-code = رمز الدعوة
accept-continue = متابعة
accept-signed_in_as = لقد سجّلت الدخول باسم { $email }؛ ستُضاف الدعوة إلى هذا الحساب.
accept-title = قبول دعوة

## account
account-current_password = كلمة المرور الحالية
account-end = تسجيل الخروج
account-end_others = تسجيل الخروج من جميع الأجهزة الأخرى
account-first_seen = منذ
account-last_seen = آخر نشاط
account-new_password = كلمة المرور الجديدة (من 12 إلى 128 حرفًا)
account-password = تغيير كلمة المرور
account-password_done = تم تغيير كلمة المرور، وتم تسجيل الخروج من جميع الجلسات الأخرى.
account-sessions = الأجهزة التي سجّلت الدخول منها
account-sessions_intro = إذا لم تتعرّف على جهاز أو عنوان، فأنهِ تلك الجلسة وغيّر كلمة المرور.
account-this_session = هذا الجهاز

## action
action-continue = متابعة
action-older = الأقدم
action-remove = إزالة
action-save = حفظ

## adminsec
adminsec-coverage = تسجيل الدخول بخطوتين حسب الدور
adminsec-failures =
    { $n ->
        [zero] لا توجد محاولات دخول فاشلة
        [one] محاولة دخول فاشلة واحدة
        [two] محاولتا دخول فاشلتان
        [few] { $n } محاولات دخول فاشلة
        [many] { $n } محاولة دخول فاشلة
       *[other] { $n } محاولة دخول فاشلة
    }
adminsec-locked = حسابات موقوفة مؤقتًا بسبب محاولات دخول فاشلة (آخر 15 دقيقة)
adminsec-mail = البريد الصادر
adminsec-mail_off =
    لم يُضبط خادم ترحيل البريد (PORTICO_SMTP_HOST): تبقى الرسائل في قائمة الانتظار ولا تُرسَل. { $n ->
        [zero] لا توجد رسائل في الانتظار.
        [one] رسالة واحدة في الانتظار.
        [two] رسالتان في الانتظار.
        [few] { $n } رسائل في الانتظار.
        [many] { $n } رسالة في الانتظار.
       *[other] { $n } رسالة في الانتظار.
    }
adminsec-mail_on =
    يُرسَل البريد عبر { $host }؛ { $n ->
        [zero] لا توجد رسائل في الانتظار.
        [one] رسالة واحدة في الانتظار.
        [two] رسالتان في الانتظار.
        [few] { $n } رسائل في الانتظار.
        [many] { $n } رسالة في الانتظار.
       *[other] { $n } رسالة في الانتظار.
    }
adminsec-none = لا شيء.
adminsec-people = الأشخاص
adminsec-required = إلزامي بموجب السياسة
adminsec-suspicious = عمليات دخول غير معتادة (آخر 30 يومًا)
adminsec-title = نظرة عامة على الأمان

## api_tokens
api_tokens-create = إنشاء رمز
api_tokens-created = رمز وصول جديد
api_tokens-days = مدة الصلاحية (بالأيام)
api_tokens-expired = منتهي الصلاحية
api_tokens-expires = ينتهي في
api_tokens-intro = تتيح رموز الوصول لنظام ERP لديك أو لأنظمة أخرى قراءة الطلبيات ونشر تحديثات التقدّم والملفات دون استخدام كلمة مرور أي شخص. يعمل الرمز باسمك، وضمن النطاقات التي تحددها فقط، إلى أن تنتهي صلاحيته أو تلغيه. ويتوقف عن العمل إذا لم تعد مسؤولًا.
api_tokens-last_used = آخر استخدام
api_tokens-made_by = أنشأه
api_tokens-name = الاسم
api_tokens-never = لم يُستخدم قط
api_tokens-new = إنشاء رمز وصول
api_tokens-none = لا توجد رموز وصول بعد.
api_tokens-once = انسخ الرمز الآن: لن يُعرض إلا هذه المرة فقط. لا يحتفظ Portico إلا ببصمته.
api_tokens-revoke = إلغاء
api_tokens-revoked = ملغى
api_tokens-scope-files_write = رفع الصور والمستندات
api_tokens-scope-orders_read = قراءة الطلبيات والمراحل الرئيسية والخط الزمني والملفات والتقارير
api_tokens-scope-orders_write = إنشاء الطلبيات ونقلها من حالة إلى أخرى
api_tokens-scope-updates_write = نشر تحديثات التقدّم وإضافة المراحل الرئيسية أو تحديثها
api_tokens-scopes = النطاقات
api_tokens-title = رموز وصول API
api_tokens-usage = أرسِله مع كل طلب:
api_tokens-scope-reports_write = طلب تقارير التقدم عند الحاجة

## audit
audit-action = الإجراء
audit-detail = التفاصيل
audit-ip = عنوان IP
audit-object = العنصر
audit-title = سجل التدقيق
audit-when = الوقت (UTC)

## confirm
confirm-or_code = أو رمز من تطبيق المصادقة
confirm-submit = تأكيد
confirm-title = أكِّد هويتك
confirm-why = يؤثّر هذا التغيير في من يمكنه رؤية بياناتك. للمتابعة، أدخل كلمة المرور أو رمزًا من تطبيق المصادقة. لن يُطلب منك ذلك مجددًا لبضع دقائق.
confirm-kept = ما كتبته محفوظ: بعد التأكيد يُرسل كما هو.

## copy
copy-button = نسخ
copy-done = تم النسخ
copy-failed = تعذّر النسخ: القيمة محدّدة، انسخها بلوحة المفاتيح أو من القائمة.
copy-account = نسخ رقم الحساب
copy-bic = نسخ رمز SWIFT/BIC
copy-beneficiary = نسخ اسم المستفيد
copy-sha256 = نسخ قيمة SHA-256
copy-public_key = نسخ المفتاح العام
copy-code = نسخ رمز التحقق
copy-token = نسخ الرمز المميز
copy-secret = نسخ المفتاح
copy-invitation_code = نسخ رمز الدعوة

## customers
customers-add = إضافة عميل
customers-name = اسم شركة العميل
customers-none = لا توجد شركات عملاء بعد.
customers-title = شركات العملاء

## dashboard
dashboard-all_orders = جميع الطلبيات
dashboard-awaiting_buyers = بانتظار قرار المشتري
dashboard-awaiting_you = بانتظار قرارك
dashboard-by_status = الطلبيات حسب الحالة
dashboard-due_soon = موعد خروجها من المصنع خلال الأسبوعين القادمين
dashboard-late_milestones = مراحل رئيسية متأخرة
dashboard-late_orders = متأخرة
dashboard-title = نظرة عامة
dashboard-urgent = عاجل: المدفوعات والبيانات المصرفية
dashboard-your_orders = طلبياتك

## decisions
decisions-answered_by = ردّ عليه { $name }
decisions-approve = موافقة
decisions-ask = طلب قرار من المشتري
decisions-asked_by = طلبه { $name }
decisions-comment = تعليق (إلزامي عند الرفض)
decisions-description = التفاصيل
decisions-due = موعد الرد
decisions-kind = نوع القرار
decisions-none = لا توجد قرارات لهذه الطلبية.
decisions-reject = رفض
decisions-send = إرسال إلى المشتري
decisions-title = القرارات
decisions-waiting = بانتظار ردّ المشتري.
decisions-withdraw = سحب

## dkind
dkind-delay_acceptance = قبول تأخير
dkind-option = اختيار أحد الخيارات
dkind-other = أخرى
dkind-sample_approval = عيّنة ما قبل الإنتاج
dkind-shipment_approval = الموافقة على الشحن

## dstatus
dstatus-approved = تمت الموافقة
dstatus-open = مفتوح
dstatus-rejected = مرفوض
dstatus-withdrawn = مسحوب

## email
email-change = تغيير عنوان بريدك الإلكتروني
email-change_hint = يُرسَل رمز إلى العنوان الجديد، ويُبلَّغ عنوانك الحالي عند اكتمال التغيير.
email-code = الرمز الوارد في البريد الإلكتروني
email-new = العنوان الجديد
email-send_code = إرسال رمز
email-sent = الرمز في طريقه إليك (صالح لمدة 30 دقيقة). أدخله أدناه.
email-title = عنوان البريد الإلكتروني
email-unverified = غير مؤكَّد
email-verified = مؤكَّد
email-why = أكِّد عنوانك برمز حتى يتمكن Portico من إرسال تنبيهات الأمان إليك.

## error
error-forbidden = غير مسموح
error-home = العودة إلى الصفحة الرئيسية
error-not_found = غير موجود
error-request = تعذّرت معالجة هذا الطلب
error-request_id = معرّف الطلب:
error-server = حدث خطأ ما

## field
field-access_until = الوصول حتى
field-actual_date = التاريخ الفعلي
field-bank = البنك
field-bank_address = عنوان البنك
field-beneficiary = المستفيد
field-beneficiary_address = عنوان المستفيد
field-comment = التعليق
field-company_name = اسم الشركة
field-customer = العميل
field-days = عدد الأيام
field-description = الوصف
field-due_date = موعد الرد
field-email = البريد الإلكتروني
field-etd_date = المغادرة المتوقعة (ETD)
field-ex_factory_date = الخروج من المصنع
field-expires_in_days = مدة الصلاحية (بالأيام)
field-expires_on = آخر يوم
field-idle_minutes = دقائق عدم النشاط
field-label = لمن (ملاحظة)
field-name = الاسم
field-note = ملاحظة للمورّد
field-notes = ملاحظات
field-password = كلمة المرور
field-percent = النسبة المئوية
field-phrase = عبارة مكافحة التصيّد
field-planned_date = التاريخ المخطط له
field-product = المنتج
field-quantity = الكمية
field-reason = السبب
field-reference = المرجع / أمر الشراء
field-report_hour = ساعة التقارير
field-report_weekday = يوم التقارير
field-role = الدور
field-search = البحث
field-session_hours = ساعات الجلسة
field-share_link_days = أيام رابط المشاركة
field-status = الحالة
field-step_name = اسم الخطوة
field-text = النص
field-title = العنوان
field-your_name = اسمك
field-url = العنوان
field-events = الأحداث

## files
files-add_photos = إضافة صور
files-added = تاريخ الإضافة
files-all = الكل
files-check_bad = مختلفة عن هذا الإصدار. لا تعتمد على نسختك، بل استخدم الإصدار الموجود في Portico. قيمة SHA-256 الخاصة به:
files-check_copy = التحقق من نسخة وصلتك
files-check_copy_hint = اختر الملف الموجود لديك (مثلًا من رسالة بريد إلكتروني). يحسب متصفحك قيمة SHA-256 الخاصة به هنا، ولا يُرفَع أي شيء.
files-check_ok = مطابقة تمامًا لهذا الإصدار:
files-choose = اختيار ملفات
files-clean_refused = لا يستطيع المشترون فتح هذا الملف: تعذّرت إزالة بيانات الكاميرا منه (مثل موقع GPS). ارفعه مجددًا كصورة أو مقطع فيديو عادي.
files-cleaned = تُعرض الصور ومقاطع الفيديو دون بيانات الكاميرا (موقع GPS والأرقام التسلسلية والمالك)، أما الصورة نفسها فلا تتغير.
files-current = الحالي
files-dimensions = الأبعاد بالبكسل
files-documents = المستندات
files-download = تنزيل
files-drop_hint = أو أفلِت الملفات هنا
files-for_update = ستُرفَق هذه الملفات بتحديث التقدّم وتخضع لإعدادات الظهور نفسها.
files-history = الإصدارات
files-kind = الفئة
files-kind_auto = صورة / فيديو / غير ذلك (حسب المحتوى)
files-limits = الصور (JPEG وPNG وWebP وHEIC)، ومقاطع الفيديو (MP4 وMOV)، وملفات PDF وOffice وCSV وZIP؛ بحد أقصى { $mb } MiB للملف الواحد.
files-media = الصور ومقاطع الفيديو
files-name = الاسم
files-new_version = رفع إصدار جديد
files-no_documents = لا توجد مستندات بعد.
files-no_media = لا توجد صور أو مقاطع فيديو بعد.
files-no_preview = لا تتوفر معاينة؛ افتحه لتنزيله
files-of_record = مستند معتمد موقَّع: يمكن لأي شخص التحقق من نسخة منه عبر «التحقق من مستند»
files-older = الأقدم
files-open = فتح
files-original = الأصل مع بيانات الكاميرا (للموظفين فقط، ويُسجَّل الاطلاع عليه)
files-preparing = جارٍ إعداد المعاينة…
files-section = الصور والمستندات
files-see_all = عرض جميع الصور والمستندات
files-send = رفع
files-size = الحجم
files-superseded = حلّ محلّه إصدار أحدث
files-take_photo = التقاط صورة
files-taken = تاريخ الالتقاط
files-title = الصور والمستندات
files-type = النوع
files-upload = إضافة صور أو مقاطع فيديو أو مستندات
files-uploaded =
    { $n ->
        [zero] لم يُرفَع أي ملف.
        [one] تم رفع ملف واحد.
        [two] تم رفع ملفين.
        [few] تم رفع { $n } ملفات.
        [many] تم رفع { $n } ملفًا.
       *[other] تم رفع { $n } ملف.
    }
files-version = الإصدار

## fkind
fkind-bill_of_lading = بوليصة الشحن
fkind-certificate = شهادة
fkind-contract = عقد
fkind-inspection_report = تقرير الفحص
fkind-invoice = فاتورة تجارية
fkind-material_receipt = إيصال استلام المواد
fkind-other = مستند آخر
fkind-packing_list = قائمة التعبئة
fkind-payment_instructions = تعليمات الدفع
fkind-photo = صورة
fkind-proforma_invoice = فاتورة مبدئية
fkind-progress_report = تقرير التقدّم
fkind-video = فيديو

## footer
footer-note = لا يطلب Portico أبدًا كلمة مرور بريدك الإلكتروني، ولا تحتوي رسائلنا أبدًا على روابط لتسجيل الدخول: افتح البوابة بنفسك.

## forgot
forgot-have_code = لديّ رمز
forgot-send = أرسِل لي رمزًا
forgot-sent = إذا كان هناك حساب مرتبط بهذا العنوان، فإن الرمز في طريقه إليه (صالح لمدة 30 دقيقة). افتح صفحة إعادة التعيين وأدخله.
forgot-title = هل نسيت كلمة المرور؟
forgot-why = أدخل عنوان بريدك الإلكتروني. إذا كان مرتبطًا بحساب في Portico، فسنرسل إليه رمزًا لتعيين كلمة مرور جديدة. لا يرسل Portico أبدًا روابط تسجّل دخولك تلقائيًا.

## fraud
fraud-changes = تغييرات معلّقة في البيانات المصرفية
fraud-failed = عمليات تحقق فاشلة
fraud-mismatches = مدفوعات إلى حسابات أخرى
fraud-none = لا شيء.
fraud-title = مؤشرات الاحتيال

## invite
invite-code_is = إذا لم تصل الرسالة، فأعطِ الشخص هذا الرمز عبر الهاتف أو المحادثة:
invite-expires = تنتهي صلاحيتها في
invite-how = يفتح الشخص { $url } ويُدخل الرمز قبل { $day } UTC.
invite-intro = يتلقى الشخص رسالة بريد إلكتروني تحتوي على رمز صالح لمرة واحدة، ثم يفتح Portico بنفسه لإدخاله. الرمز صالح لمدة 7 أيام.
invite-open = الدعوات المعلّقة
invite-resend = رمز جديد
invite-revoke = سحب
invite-send = إرسال الدعوة
invite-sent = تم إرسال الدعوة
invite-sent_to = رسالة بريد إلكتروني تحتوي على الرمز في طريقها إلى { $email }.
invite-title = دعوة شخص
invite-language = لغة الدعوة والحساب

## jobs
jobs-attempts = المحاولات
jobs-error = آخر خطأ
jobs-hint = تُنشئ المهام المعاينات والتقارير. تُعاد محاولة المهمة الفاشلة بفواصل زمنية متزايدة، وبعد خمس محاولات تتوقف وتنتظر هنا.
jobs-kind = المهمة
jobs-kind-file-derive = معاينة الصورة
jobs-kind-report-build = تقرير التقدّم
jobs-none = لم تفشل أي مهمة.
jobs-retry = إعادة المحاولة
jobs-state = الحالة
jobs-status-done = مكتملة
jobs-status-failed = فاشلة
jobs-status-queued = في الانتظار
jobs-status-running = قيد التشغيل
jobs-title = المهام الخلفية
jobs-updated = آخر تحديث

## lifecycle
lifecycle-move_to = نقل إلى:
lifecycle-confirm_cancelled = إلغاء هذا الطلب؟ يُبلَّغ المشتري فورًا، ولا يعيد فتحه إلا مسؤول.
lifecycle-confirm_shipped = تعليم هذا الطلب بأنه شُحن؟ يُبلَّغ المشتري بأن البضاعة غادرت المصنع.
lifecycle-yes_cancelled = نعم، ألغِ الطلب
lifecycle-yes_shipped = نعم، علّمه بأنه شُحن
lifecycle-reopen = إعادة الفتح
lifecycle-step_back = رجوع خطوة
lifecycle-back_to = يعود الطلب إلى: { $status }. يرى المشتري التغيير وسببك في السجل الزمني.
lifecycle-reason = السبب (مطلوب)
lifecycle-step_back_go = أعِد الطلب

## mail
mail-digest-intro = ما جرى لدى { $tenant } على Portico منذ الملخص الأخير:
mail-digest-subject =
    { $tenant } على Portico: { $count ->
        [zero] لا جديد اليوم
        [one] إشعار جديد واحد اليوم
        [two] إشعاران جديدان اليوم
        [few] { $count } إشعارات جديدة اليوم
        [many] { $count } إشعارًا جديدًا اليوم
       *[other] { $count } إشعار جديد اليوم
    }
mail-email_changed-body = تم تغيير عنوان البريد الإلكتروني لحسابك في Portico من { $old } إلى عنوان آخر (من { $ip }). إذا لم تكن أنت من قام بذلك، فاتصل فورًا بالمسؤول لدى مورّدك.
mail-email_changed-subject = تم تغيير عنوان بريدك الإلكتروني في Portico
mail-email_confirm-body =
    رمز التأكيد الخاص بك: { $code } (صالح لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }). أدخله في Portico ضمن الحساب ← عنوان البريد الإلكتروني ({ $url }).
mail-email_confirm-subject = أكِّد عنوان بريدك الإلكتروني لدى Portico
mail-email_taken-body = حاول حساب آخر في Portico (من { $ip }) تغيير عنوان بريده الإلكتروني إلى عنوانك. لم يتغير أي شيء، ولم يتأثر حسابك. إذا كان ذلك يقلقك، فأبلغ المسؤول لدى مورّدك.
mail-email_taken-subject = حاول شخص ما استخدام عنوان بريدك الإلكتروني في Portico
mail-notice-intro = أخبار من { $tenant } على Portico:
mail-notice-subject = { $tenant } على Portico: { $what }
mail-open_portal = للاطلاع على التفاصيل، افتح Portico بنفسك: اكتب { $url } في متصفحك أو استخدم الإشارة المرجعية المحفوظة لديك. لا تحتوي رسائل Portico أبدًا على روابط لتسجيل الدخول، ولا تتغير بياناتنا المصرفية أبدًا عبر البريد الإلكتروني.
mail-phrase = عبارة مكافحة التصيّد الخاصة بك في Portico: «{ $phrase }». تعرض رسائل Portico هذه العبارة دائمًا، والرسالة التي لا تتضمنها ليست من Portico.
mail-phrase_tip = نصيحة: اختر عبارة لمكافحة التصيّد في Portico (الحساب ← الأمان)؛ وبعد ذلك ستظهر في كل رسالة من Portico.
mail-quoted = النص الوارد بين “علامتي التنصيص” كتبه أشخاص لدى { $tenant }، ولم يكتبه Portico: لا يطلب منك Portico أبدًا عبر البريد الإلكتروني أن تدفع أو أن تغيّر بيانات مصرفية أو أن تسجّل الدخول.
mail-reset-advice = افتح { $url } بنفسك في متصفحك وأدخل الرمز. إذا لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.
mail-reset-asked = طلب شخص ما (نأمل أن تكون أنت) إعادة تعيين كلمة مرورك في Portico من { $ip }.
mail-reset-code =
    رمزك: { $code } (صالح لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، ولمرة واحدة فقط).
mail-reset-subject = رمز إعادة تعيين كلمة المرور في Portico
mail-security-advice = إذا كنت أنت من قام بذلك، فلا يلزمك أي إجراء. وإن لم تكن أنت، فافتح Portico بنفسك (اكتب العنوان الذي تستخدمه دائمًا؛ ولا تتبع الروابط الواردة في رسائل البريد الإلكتروني)، ثم سجّل الدخول واختر «لم أكن أنا» في الحساب ← تنبيهات الأمان: يؤدي ذلك إلى تسجيل الخروج من جميع الأجهزة ويطلب تعيين كلمة مرور جديدة.
mail-security-body = { $what }: { $detail }.
mail-security-subject = تنبيه أمني من Portico: { $what }
mail-written = كُتبت هذه الرسالة في { $date }.
mail-invite-subject = دعوة من { $tenant } على Portico
mail-invite-intro = يدعوك { $inviter } إلى متابعة طلباتك لدى { $tenant } على Portico.
mail-invite-code = افتح Portico بنفسك على { $url } وأدخل هذا الرمز: { $code }
mail-invite-expires = يعمل الرمز مرة واحدة فقط، حتى { $day }.
mail-invite-advice = لا يرسل Portico أبدًا روابط تُسجّل دخولك، ولا يطلب أبدًا كلمة مرور بريدك الإلكتروني. إذا لم تكن تتوقع هذه الرسالة فتجاهلها.

## mailhealth
mailhealth-no_relay = لا يُرسَل أي بريد: لم يُضبط خادم ترحيل البريد (PORTICO_SMTP_HOST). تبقى التنبيهات الخاصة بالمدفوعات والبيانات المصرفية داخل Portico فقط.
mailhealth-stuck =
    { $n ->
        [zero] خلال آخر 24 ساعة، لم تفشل أي رسالة موجّهة إلى فريقك ولم تنتظر أي رسالة أكثر من 15 دقيقة.
        [one] خلال آخر 24 ساعة، فشلت رسالة واحدة موجّهة إلى فريقك أو انتظرت أكثر من 15 دقيقة.
        [two] خلال آخر 24 ساعة، فشلت رسالتان موجّهتان إلى فريقك أو انتظرتا أكثر من 15 دقيقة.
        [few] خلال آخر 24 ساعة، فشلت { $n } رسائل موجّهة إلى فريقك أو انتظرت أكثر من 15 دقيقة.
        [many] خلال آخر 24 ساعة، فشلت { $n } رسالة موجّهة إلى فريقك أو انتظرت أكثر من 15 دقيقة.
       *[other] خلال آخر 24 ساعة، فشلت { $n } رسالة موجّهة إلى فريقك أو انتظرت أكثر من 15 دقيقة.
    }
mailhealth-title = قد لا تصل التنبيهات إلى المسؤولين لديك
mailhealth-unconfirmed = لم يؤكّد هؤلاء المسؤولون عناوين بريدهم الإلكتروني، ولا تصلهم أي تنبيهات:

## milestones
milestones-actual = الفعلي
milestones-add = إضافة مرحلة رئيسية
milestones-late = متأخرة
milestones-name = المرحلة الرئيسية
milestones-none = لا توجد مراحل رئيسية بعد.
milestones-owner = المكلَّف
milestones-planned = المخطط
milestones-title = المراحل الرئيسية
milestones-update = تحديث

## mstatus
mstatus-done = مكتملة
mstatus-in_progress = قيد التنفيذ
mstatus-pending = لم تبدأ بعد

## nav
nav-api_tokens = رموز API
nav-audit = سجل التدقيق
nav-customers = العملاء
nav-fraud = مؤشرات الاحتيال
nav-home = نظرة عامة
nav-invite = دعوة
nav-jobs = المهام الخلفية
nav-language = اللغة
nav-language_go = تغيير
nav-notifications = الإشعارات
nav-orders = الطلبيات
nav-payments = البيانات المصرفية
nav-people = الأشخاص
nav-reports = التقارير
nav-requests = طلب الوصول
nav-security = الأمان
nav-security_admin = نظرة عامة على الأمان
nav-settings = الإعدادات
nav-signout = تسجيل الخروج
nav-switch = تبديل المورّد
nav-templates = القوالب
nav-tenant = المورّد الحالي
nav-verify = التحقق من مستند
nav-more = المزيد
nav-main = القائمة الرئيسية
nav-skip = انتقل إلى المحتوى
nav-account = حسابك
nav-sessions = الأجهزة المسجَّل دخولها
nav-notification_prefs = إعدادات الإشعارات
nav-webhooks = خطافات الويب

## ncat
ncat-decisions = القرارات المطلوبة والمُجاب عنها
ncat-files = صور ومقاطع فيديو ومستندات جديدة
ncat-milestones = المراحل الرئيسية المتأخرة
ncat-payments = البيانات المصرفية والمستندات المعتمدة
ncat-reports = تقارير التقدّم
ncat-security = تنبيهات الأمان
ncat-updates = تحديثات التقدّم، وتغييرات الحالة والمراحل الرئيسية، والتعليقات

## nmode
nmode-daily = ملخص يومي
nmode-now = فورًا
nmode-off = إيقاف

## notice
notice-admin_added = مسؤول جديد
notice-admin_demoted = إزالة صلاحية مسؤول
notice-detail-admin_demoted = { $name } <{ $email }>، بواسطة { $by }
notice-detail-email_changed = من { $old } إلى { $new }
notice-detail-failed_sign_ins =
    { $n ->
        [zero] لا توجد محاولات دخول فاشلة خلال الساعة الأخيرة
        [one] محاولة دخول فاشلة واحدة خلال الساعة الأخيرة، من { $ip }
        [two] محاولتا دخول فاشلتان خلال الساعة الأخيرة، وآخرهما من { $ip }
        [few] { $n } محاولات دخول فاشلة خلال الساعة الأخيرة، وآخرها من { $ip }
        [many] { $n } محاولة دخول فاشلة خلال الساعة الأخيرة، وآخرها من { $ip }
       *[other] { $n } محاولة دخول فاشلة خلال الساعة الأخيرة، وآخرها من { $ip }
    }
notice-detail-from = من { $ip }
notice-detail-new_sign_in = { $device } من { $ip } ({ $kind })
notice-detail-person = { $name } <{ $email }>
notice-detail-reset_by = بواسطة { $name } ({ $email })
notice-detail-second_factor =
    { $n ->
        [zero] لا توجد رموز خاطئة لتسجيل الدخول بخطوتين بعد كلمة مرور صحيحة
        [one] رمز خاطئ واحد لتسجيل الدخول بخطوتين بعد كلمة مرور صحيحة، من { $ip }
        [two] رمزان خاطئان لتسجيل الدخول بخطوتين بعد كلمة مرور صحيحة، وآخرهما من { $ip }
        [few] { $n } رموز خاطئة لتسجيل الدخول بخطوتين بعد كلمة مرور صحيحة، وآخرها من { $ip }
        [many] { $n } رمزًا خاطئًا لتسجيل الدخول بخطوتين بعد كلمة مرور صحيحة، وآخرها من { $ip }
       *[other] { $n } رمز خاطئ لتسجيل الدخول بخطوتين بعد كلمة مرور صحيحة، وآخرها من { $ip }
    }
notice-email_changed = تم تغيير عنوان البريد الإلكتروني
notice-failed_sign_ins = محاولات دخول فاشلة
notice-new_sign_in = تسجيل دخول جديد
notice-password_changed = تم تغيير كلمة المرور
notice-password_reset = تمت إعادة تعيين كلمة المرور
notice-second_factor_failed = رموز خاطئة لتسجيل الدخول بخطوتين
notice-two_factor_off = تم إيقاف تسجيل الدخول بخطوتين
notice-two_factor_on = تم تفعيل تسجيل الدخول بخطوتين
notice-two_factor_reset = أعاد أحد المسؤولين تعيين تسجيل الدخول بخطوتين

## notif
notif-comment = تعليق جديد من المشتري على الطلبية { $ref } ({ $title })
notif-decision_answered = تم الرد على قرار في الطلبية { $ref }: { $what }
notif-decision_requested = مطلوب قرارك بشأن الطلبية { $ref }: { $what }
notif-documents =
    { $count ->
        [zero] لا مستندات جديدة في الطلبية { $ref } ({ $title })
        [one] مستند جديد واحد في الطلبية { $ref } ({ $title })
        [two] مستندان جديدان في الطلبية { $ref } ({ $title })
        [few] { $count } مستندات جديدة في الطلبية { $ref } ({ $title })
        [many] { $count } مستندًا جديدًا في الطلبية { $ref } ({ $title })
       *[other] { $count } مستند جديد في الطلبية { $ref } ({ $title })
    }
notif-invited =
    { $orders ->
        [zero] دعا { $by } المستخدم { $email } بصفة مشترٍ، دون أي طلبية
        [one] دعا { $by } المستخدم { $email } بصفة مشترٍ إلى طلبية واحدة
        [two] دعا { $by } المستخدم { $email } بصفة مشترٍ إلى طلبيتين
        [few] دعا { $by } المستخدم { $email } بصفة مشترٍ إلى { $orders } طلبيات
        [many] دعا { $by } المستخدم { $email } بصفة مشترٍ إلى { $orders } طلبية
       *[other] دعا { $by } المستخدم { $email } بصفة مشترٍ إلى { $orders } طلبية
    }
notif-milestone = تغيّرت مرحلة رئيسية في الطلبية { $ref }: { $what }
notif-milestone_late = مرحلة رئيسية متأخرة في الطلبية { $ref }: { $what } (المخطط: { $date })
notif-payment = البيانات المصرفية: { $event }
notif-photos =
    { $count ->
        [zero] لا صور أو مقاطع فيديو جديدة في الطلبية { $ref } ({ $title })
        [one] صورة أو مقطع فيديو جديد في الطلبية { $ref } ({ $title })
        [two] صورتان أو مقطعا فيديو جديدان في الطلبية { $ref } ({ $title })
        [few] { $count } صور أو مقاطع فيديو جديدة في الطلبية { $ref } ({ $title })
        [many] { $count } صورة أو مقطع فيديو جديدًا في الطلبية { $ref } ({ $title })
       *[other] { $count } صورة أو مقطع فيديو جديد في الطلبية { $ref } ({ $title })
    }
notif-record = مستند معتمد في الطلبية { $ref }: { $name }، { $event } (بواسطة { $by })
notif-report_ready = تقرير التقدّم جاهز للطلبية { $ref } ({ $period })
notif-security = تنبيه أمني بشأن حسابك: { $event }
notif-status = حالة الطلبية { $ref } ({ $title }) الآن: { $what }
notif-update = تحديث جديد في الطلبية { $ref } ({ $title })
notif-webhook_disabled = أُوقف خطاف الويب إلى { $host } بعد { $count } عمليات إرسال فاشلة متتالية. افحص المستقبِل ثم فعّله من جديد.

## notifications
notifications-always = تصلك تنبيهات الأمان وتغييرات بيانات الدفع فورًا وفي جميع الأحوال، ولا يمكن إيقافها.
notifications-mark_read = تمييز كمقروء
notifications-none = لا توجد إشعارات.
notifications-preferences = إعدادات الإشعارات
notifications-prefs_hint = لكل نوع من الأخبار، اختر: فورًا (في Portico وعبر البريد الإلكتروني)، أو في ملخص يومي بالبريد الإلكتروني، أو عدم الإشعار إطلاقًا. تسري هذه الإعدادات على جميع المورّدين الذين تتابعهم.
notifications-read_all = تمييز الكل كمقروء
notifications-title = الإشعارات
notifications-unread =
    { $count ->
        [zero] لا إشعارات غير مقروءة
        [one] إشعار واحد غير مقروء
        [two] إشعاران غير مقروءين
        [few] { $count } إشعارات غير مقروءة
        [many] { $count } إشعارًا غير مقروء
       *[other] { $count } إشعار غير مقروء
    }
notifications-choose = اختر ما تُبلَّغ به

## orders
orders-all_customers = جميع العملاء
orders-all_statuses = جميع الحالات
orders-edit = تعديل الطلبية
orders-ex_factory_from = الخروج من المصنع من
orders-ex_factory_to = إلى
orders-export = تصدير CSV
orders-filter = تصفية
orders-more = مزيد من الطلبيات
orders-new = طلبية جديدة
orders-no_customers = أضف شركة عميل أولًا:
orders-none = لا توجد طلبيات لعرضها.
orders-only_late = المتأخرة فقط
orders-reports = التقارير
orders-search = البحث بالمرجع أو العنوان أو المنتج
orders-sort = الترتيب
orders-title = الطلبيات
orders-none_filtered = لا توجد طلبات تطابق هذه المرشحات.
orders-clear_filters = عرض كل الطلبات
orders-none_staff = لا توجد طلبات بعد. أنشئ أول طلب: يراه المشتري فور تأكيده.
orders-none_buyer = لا توجد طلبات بعد: لم يشارك مورّدك أي طلب. ستظهر هنا فور مشاركتها وستصلك إشعار.

## payment
payment-differs-account = حساب مختلف
payment-differs-bank = بنك مختلف (SWIFT/BIC)
payment-differs-both = حساب وبنك مختلفان
payment-differs-no_record = لا توجد بيانات مصرفية معتمدة بعد
payment-event-active = أصبحت البيانات المصرفية الجديدة هي البيانات المعتمدة الآن؛ يُرجى الإقرار بها في Portico
payment-event-cancelled = أُلغي التغيير المُعلَن في البيانات المصرفية؛ وتظل البيانات الحالية سارية
payment-event-cooling = تمت الموافقة على بيانات مصرفية جديدة تسري اعتبارًا من { $date }؛ وحتى ذلك الحين تظل البيانات الحالية سارية. تحقّق منها في Portico
payment-event-mismatch = عاجل: دفعتك البالغة { $amount } بتاريخ { $date } حُوِّلت إلى الحساب { $account }، وهو ليس حسابنا المعتمد ({ $differs }). اتصل ببنكك الآن لطلب استرجاع الحوالة، ثم اتصل بنا على رقم تعرفه مسبقًا
payment-event-mismatch_staff = عاجل: دفعة من أحد المشترين بقيمة { $amount } بتاريخ { $date } حُوِّلت إلى الحساب { $account }، وهو ليس حساب شركتك المعتمد ({ $differs }). اتصل بالمشتري الآن على رقم تعرفه مسبقًا، وساعده على طلب استرجاع الحوالة من بنكه
payment-event-proposed = اقترح { $who } تغييرًا، ويجب أن يوافق عليه مسؤول ثانٍ

## payments
payments-account = رقم الحساب أو IBAN
payments-acknowledge = لقد تحققت من هذه البيانات
payments-acknowledged = تم الإقرار
payments-amount = المبلغ
payments-applies_to = ينطبق على
payments-approve = موافقة (مسؤول ثانٍ)
payments-bank = البنك
payments-bank_address = عنوان البنك
payments-beneficiary = المستفيد
payments-beneficiary_address = عنوان المستفيد
payments-cancel = إلغاء التغيير
payments-cancelled_why = سبب الإلغاء:
payments-currency = العملة
payments-for_all = جميع العملاء
payments-for_customer = هذا العميل
payments-history = البيانات وسجلّها
payments-lone_admin = أنت المسؤول الوحيد: لا يمكن لأحد الموافقة على تغيير البيانات المصرفية. أضف أولًا مسؤولًا ثانيًا من صفحة «الأشخاص».
payments-mismatch = ليس حسابنا المعتمد
payments-none = لم تُسجَّل أي بيانات مصرفية بعد.
payments-notes = ملاحظات
payments-paid_on = تاريخ الدفع
payments-paid_to = الحساب المدفوع إليه / IBAN
payments-pending = تغيير في البيانات المصرفية قيد الانتظار
payments-pending_hint = وافق مسؤولان على البيانات الجديدة، وتسري اعتبارًا من { $date } UTC. وحتى ذلك الحين، استمر في الدفع إلى البيانات الحالية. إذا لم تكن تتوقع هذا التغيير، فاتصل بمورّدك على رقم تعرفه مسبقًا.
payments-propose = اقتراح بيانات مصرفية جديدة
payments-propose_hint = يحتاج التغيير إلى موافقة مسؤول ثانٍ، ثم ينتظر انقضاء فترة التريّث؛ ويُبلَّغ كل مشترٍ معنيّ فورًا.
payments-proposed_hint = اقتُرح تغيير في البيانات المصرفية، وهو بانتظار موافقة مسؤول ثانٍ. هذا التغيير غير سارٍ: استمر في الدفع إلى البيانات الحالية. إذا لم تكن تتوقعه، فاتصل بمورّدك على رقم تعرفه مسبقًا.
payments-public_key = المستندات المعتمدة موقَّعة بمفتاح هذه الشركة:
payments-reason = السبب
payments-record = تسجيل دفعة
payments-record_hint = أدخل الحساب الذي دفعت إليه تمامًا كما يظهر في تأكيد بنكك: إذا لم يكن حسابنا، فسيُنبَّه الطرفان فورًا.
payments-reference = المرجع
payments-state = الحالة
payments-status-active = معتمدة
payments-status-cancelled = ملغاة
payments-status-cooling = تمت الموافقة، في فترة التريّث
payments-status-proposed = مقترحة، بانتظار مسؤول ثانٍ
payments-status-superseded = مستبدَلة
payments-title = البيانات المصرفية المعتمدة
payments-version = الإصدار
payments-waiting_second = بانتظار مسؤول ثانٍ
payments-warning = لا تتغير بياناتنا المصرفية أبدًا عبر البريد الإلكتروني؛ تحقّق منها في Portico.

## people
people-access_report = ما الذي يمكنه رؤيته؟
people-access_until = الوصول حتى (اختياري)
people-add = إضافة شخص
people-added = تمت إضافة الشخص
people-all_orders = جميع طلبيات العميل
people-all_roles = جميع الأدوار
people-back = العودة إلى الأشخاص
people-buyer_access = للمشترين: العميل ونطاق الوصول
people-chosen_orders = الطلبيات المحددة فقط
people-disabled = معطَّل
people-edit = تغيير الوصول
people-existing_account = كان لعنوان البريد الإلكتروني هذا حساب في Portico بالفعل؛ وأصبح بإمكانه الآن أيضًا الوصول إلى هذا المورّد بكلمة المرور نفسها.
people-filter = تصفية
people-last_sign_in = آخر تسجيل دخول
people-lead = الممثّل الرئيسي للشركة (يمكنه طلب الوصول لزملائه)
people-remove = إزالة الوصول
people-reset_2fa = إعادة تعيين تسجيل الدخول بخطوتين
people-reset_2fa_hint = لمن فقد هاتفه ورموز الاسترداد. يُبلَّغ الشخص بذلك، ويُسجَّل الإجراء في سجل التدقيق.
people-temp_password = تم إنشاء حساب جديد. أعطِ الشخص كلمة المرور هذه، الصالحة لمرة واحدة، عبر قناة غير البريد الإلكتروني (مثلًا عبر الهاتف)؛ فهي لا تُعرض إلا مرة واحدة:
people-title = الأشخاص
people-two_factor = تسجيل الدخول بخطوتين
people-two_factor_off = متوقف
people-two_factor_on = مفعّل

## progress
progress-expected = الانتهاء المتوقع
progress-late_count =
    { $n ->
        [zero] لا شيء متأخر
        [one] مرحلة واحدة متأخرة
        [two] مرحلتان متأخرتان
        [few] { $n } مراحل متأخرة
        [many] { $n } مرحلة متأخرة
       *[other] { $n } مرحلة متأخرة
    }
progress-next = التالي
progress-slip =
    { $n ->
        [zero] في تاريخ الخروج من المصنع
        [one] يوم واحد بعد تاريخ الخروج من المصنع
        [two] يومان بعد تاريخ الخروج من المصنع
        [few] { $n } أيام بعد تاريخ الخروج من المصنع
        [many] { $n } يومًا بعد تاريخ الخروج من المصنع
       *[other] { $n } يوم بعد تاريخ الخروج من المصنع
    }

## record
record-approve = الموافقة والإصدار
record-draft_hint = مسودة: لا يراها المشترون، ولا يمكن التحقق من صحتها إلى أن يُصدرها أحد المسؤولين.
record-event-issued = صدر وعُرض على المشتري
record-event-proposed = اقتُرح للإصدار، وهو بانتظار مسؤول ثانٍ
record-event-withdrawn = سُحب الاقتراح
record-issue = إصدار للمشتري
record-propose = اقتراح للإصدار
record-proposed_hint = مقترح للإصدار: بانتظار موافقة مسؤول ثانٍ.
record-title = المستند المعتمد
record-two_admins_hint = يتضمن شروط دفع: يجب أن يوافق عليه مسؤول ثانٍ قبل إصداره.
record-waiting_second = أنت من اقترحه: يجب أن يوافق عليه مسؤول آخر.
record-withdraw = سحب الاقتراح

## report
report-inspection_passed = اجتاز الفحص
report-inspection_rework = الفحص: تلزم إعادة العمل
report-more = تُعرض أول 500 طلبية فقط.
report-order_link = من يمكنه رؤية هذه الطلبية؟
report-order_title = من يمكنه رؤية هذه الطلبية
report-person_title = ما يمكن لهذا الشخص رؤيته
report-reason-admin = مسؤول: جميع الطلبيات
report-reason-assigned = مكلَّف بالطلبية
report-reason-customer_all = مشترٍ: جميع طلبيات العميل
report-reason-granted = مشترٍ: مُنح الوصول إلى هذه الطلبية
report-reason-share =
    { $n ->
        [zero] رابط مشاركة (لا مشاهدات)
        [one] رابط مشاركة (مشاهدة واحدة)
        [two] رابط مشاركة (مشاهدتان)
        [few] رابط مشاركة ({ $n } مشاهدات)
        [many] رابط مشاركة ({ $n } مشاهدة)
       *[other] رابط مشاركة ({ $n } مشاهدة)
    }
report-until = حتى
report-why = السبب
report-pdf-title = تقرير سير العمل
report-pdf-period = الفترة
report-pdf-generated = أُنشئ في
report-pdf-zone = المنطقة الزمنية
report-pdf-code = رمز التحقق
report-pdf-customer = العميل
report-pdf-status = الحالة
report-pdf-product = المنتج
report-pdf-quantity = الكمية
report-pdf-ex_factory = تسليم المصنع
report-pdf-etd = ETD (موعد المغادرة المتوقع)
report-pdf-milestones = المراحل
report-pdf-milestone = المرحلة
report-pdf-planned = المخطط
report-pdf-actual = الفعلي
report-pdf-late = متأخر
report-pdf-updates = المستجدات
report-pdf-photos = الصور
report-pdf-inspection = الفحص
report-pdf-documents = المستندات المضافة
report-pdf-document = المستند
report-pdf-kind = النوع
report-pdf-added = أُضيف
report-pdf-decisions = القرارات
report-pdf-decision = القرار
report-pdf-due = الموعد النهائي
report-pdf-comment = تعليق
report-pdf-next = الفترة القادمة
report-pdf-empty = لا شيء

## reports
reports-code = رمز التحقق
reports-customer = العميل
reports-default_period = اترك التاريخين فارغين لتغطية الأيام السبعة الأخيرة.
reports-from = من
reports-make = إنشاء تقرير الآن
reports-none = لا توجد تقارير بعد.
reports-period = الفترة
reports-status = الحالة
reports-status-failed = فشل (تجري إعادة المحاولة)
reports-status-queued = قيد الإعداد
reports-status-ready = جاهز
reports-subject = الطلبية أو العميل
reports-title = تقارير التقدّم
reports-to = إلى
reports-trigger-on_demand = عند الطلب
reports-trigger-scheduled = أسبوعي
reports-language = لغة التقرير
reports-language_buyers = لغة المشترين
reports-make_first = أنشئ أول تقرير

## requests
requests-approve = الموافقة والدعوة
requests-intro = القرار لمورّدك. إذا وافق، يتلقى زميلك دعوة ويرى الطلبيات نفسها التي تراها.
requests-line = يطلب { $lead } الوصول لـ { $name } ({ $email }) لدى { $customer }
requests-note = ملاحظة للمورّد (اختياري)
requests-pending = طلبات الوصول من العملاء
requests-refuse = رفض
requests-send = إرسال الطلب
requests-title = طلب وصول لزميل
requests-yours = طلباتك

## reset
reset-code = الرمز الوارد في البريد الإلكتروني
reset-second_factor = رمز تطبيق المصادقة أو رمز الاسترداد (إذا كنت تستخدم تسجيل الدخول بخطوتين)
reset-title = تعيين كلمة مرور جديدة

## role
role-admin = مسؤول
role-buyer = مشترٍ
role-forwarder = وكيل الشحن
role-merchandiser = منسّق الطلبيات
role-qc = مفتش الجودة

## rstatus
rstatus-approved = تمت الموافقة
rstatus-pending = قيد الانتظار
rstatus-refused = مرفوض

## security
security-acted = تمت المعالجة: أُنهيت جميع الجلسات
security-email = عنوان البريد الإلكتروني
security-no_notices = لا توجد تنبيهات أمان.
security-not_me = لم أكن أنا
security-not_me_hint = يؤدي «لم أكن أنا» إلى تسجيل الخروج من جميع الأجهزة، بما فيها هذا الجهاز، ويطلب تعيين كلمة مرور جديدة (برمز يُرسَل إلى بريدك الإلكتروني).
security-notices = تنبيهات الأمان
security-phrase = عبارة مكافحة التصيّد
security-phrase_why = اختر عبارة لا يعرفها أحد سواك. يعرضها Portico في أعلى كل رسالة بريد إلكتروني يرسلها إليك، وفي صفحة تسجيل الدخول على أجهزتك. أي رسالة لا تتضمنها ليست من Portico: لا تتصرف بناءً عليها.
security-sessions = الأجهزة التي سجّلت الدخول منها
security-title = الأمان
security-twofactor = تسجيل الدخول بخطوتين
security-time_zone = منطقتك الزمنية
security-time_zone_hint = تُعرض التواريخ والأوقات بهذه المنطقة مع فارقها. اتركها فارغة لاستخدام منطقة المورّد ({ $name }).

## settings
settings-cooling_hours = فترة التريّث قبل سريان البيانات المصرفية الجديدة (بالساعات، 24–336)
settings-idle_minutes = تسجيل الخروج بعد هذا العدد من الدقائق دون استخدام
settings-merch_invite = يمكن لمنسّقي الطلبيات دعوة المشترين
settings-report_hour = ساعة إرسال التقارير الأسبوعية والملخصات اليومية (0–23، بالتوقيت المحلي)
settings-report_weekday = يوم التقارير الأسبوعية
settings-require_2fa = فرض تسجيل الدخول بخطوتين على
settings-saved = تم الحفظ.
settings-session_hours = تسجيل الخروج بعد هذا العدد من الساعات في جميع الأحوال
settings-share_days = أطول مدة لرابط المشاركة بالأيام (من 1 إلى 90)
settings-timezone = المنطقة الزمنية (اسم IANA، مثل Asia/Shanghai)
settings-title = إعدادات البوابة
settings-language = لغة الشركة
settings-language_hint = يُكتب بها قالب المراحل الافتراضي، وتبدأ بها الدعوات، ويصدر بها التقرير إذا لم يختر أيٌّ من مشتريه لغة.

## setup
setup-admin_name = اسمك
setup-company = اسم الشركة
setup-intro = أنشئ بوابة شركتك وحساب المسؤول الخاص بك. لا يعمل هذا الرابط إلا مرة واحدة.
setup-password_confirm = أعِد إدخال كلمة المرور
setup-slug = الاسم المختصر (a-z، 0-9، -)
setup-submit = إنشاء البوابة
setup-title = إعداد Portico

## share
share-back = العودة إلى الطلبية
share-copy_now = انسخ هذا العنوان الآن؛ فلن يُعرض إلا مرة واحدة:
share-create = إنشاء الرابط
share-created = تم إنشاء رابط المشاركة
share-expired = منتهي الصلاحية
share-label = لمن (ملاحظة)
share-last_day = آخر يوم
share-new = إنشاء رابط للقراءة فقط
share-password = كلمة المرور (اختيارية، 12 حرفًا على الأقل)
share-protected = هذه الطلبية المُشارَكة محمية
share-revoke = إلغاء
share-revoked = ملغى
share-shared_by = شاركها { $name } عبر Portico (للقراءة فقط)
share-title = روابط المشاركة
share-until = يظل صالحًا حتى { $day } UTC، ما لم تُلغِه.
share-uses =
    { $n ->
        [zero] لا مشاهدات
        [one] مشاهدة واحدة
        [two] مشاهدتان
        [few] { $n } مشاهدات
        [many] { $n } مشاهدة
       *[other] { $n } مشاهدة
    }
share-with_password = بكلمة مرور

## signin
signin-forgot = هل نسيت كلمة المرور؟
signin-hint = لن يطلب منك Portico أبدًا كلمة مرور بريدك الإلكتروني.
signin-invalid = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
signin-no_access = لا يملك حسابك حاليًا صلاحية الوصول إلى أي مورّد.
signin-phrase = عبارة مكافحة التصيّد الخاصة بك:
signin-phrase_hint = إذا اخترت عبارة لمكافحة التصيّد، فستظهر هنا على أجهزتك الخاصة بعد إدخال عنوان بريدك الإلكتروني.
signin-reset_done = تم تغيير كلمة المرور وإنهاء جميع الجلسات. سجّل الدخول بكلمة المرور الجديدة.
signin-reset_required = حرصًا على أمانك، يلزم تعيين كلمة مرور جديدة. اختر «هل نسيت كلمة المرور؟» أدناه لتعيينها برمز يُرسَل إلى بريدك الإلكتروني.
signin-submit = تسجيل الدخول
signin-throttled = محاولات دخول فاشلة كثيرة جدًا لهذا الحساب أو من هذه الشبكة. انتظر بضع دقائق ثم حاول مجددًا.
signin-title = تسجيل الدخول

## sort
sort-newest = الأحدث أولًا
sort-oldest = الأقدم أولًا
sort-reference = حسب المرجع

## staff
staff-assign = تكليف
staff-none = لم يُكلَّف أحد بعد.
staff-title = الموظفون المكلَّفون

## status
status-cancelled = ملغاة
status-closed = مغلقة
status-confirmed = مؤكَّدة
status-draft = مسودة
status-in_production = قيد الإنتاج
status-inspection = قيد الفحص
status-ready_to_ship = جاهزة للشحن
status-shipped = تم الشحن

## switch
switch-current = الحالي
switch-open = فتح
switch-title = مورّدوك

## templates
templates-days = يوم
templates-new = قالب جديد
templates-none = بدون قالب
templates-steps = الخطوات، خطوة في كل سطر: الاسم | عدد الأيام بعد بدء الطلبية
templates-steps_hint = تُحسب التواريخ المخططة من يوم إنشاء الطلبية.
templates-title = قوالب المراحل الرئيسية
templates-use = مراحل رئيسية من قالب
templates-garments = الملابس
templates-garments-fabric = توريد القماش
templates-garments-cutting = القص
templates-garments-sewing = الخياطة
templates-garments-finishing = التشطيب
templates-garments-final_inspection = الفحص النهائي
templates-garments-packing = التعبئة
templates-garments-shipping = الشحن

## timeline
timeline-decision_approved = وافق المشتري.
timeline-decision_rejected = رفض المشتري.
timeline-decision_requested = طُلب قرار.
timeline-decision_withdrawn = سُحب السؤال.
timeline-empty = لا شيء في الخط الزمني بعد.
timeline-format_hint = ابدأ السطر بـ - لإنشاء قائمة، واستخدم **غامق** للتأكيد.
timeline-milestone_added = أُضيفت مرحلة رئيسية: { $status }، { $percent }%
timeline-milestone_updated = حُدِّثت مرحلة رئيسية: { $status }، { $percent }%
timeline-new_comment = تعليقك
timeline-new_update = تحديث التقدّم
timeline-no_milestone = بلا مرحلة رئيسية
timeline-older = إدخالات أقدم
timeline-post = نشر
timeline-send = إرسال
timeline-status_changed = تغيّرت الحالة من { $from } إلى { $to }
timeline-title = الخط الزمني
timeline-visibility = من يمكنه رؤيته
timeline-compose = نشر تحديث

## twofa
twofa-code = الرمز المكوّن من 6 أرقام من تطبيق المصادقة
twofa-code_or_recovery = رمز من تطبيق المصادقة، أو رمز استرداد
twofa-codes_intro = تم تفعيل تسجيل الدخول بخطوتين. احفظ رموز الاسترداد هذه في مكان آمن؛ يصلح كل منها لمرة واحدة إذا فقدت هاتفك. لن تُعرض إلا الآن:
twofa-confirm_first = لإعداد تسجيل الدخول بخطوتين، أكِّد كلمة المرور أولًا. سيظهر رمز QR بعد ذلك في هذه الصفحة.
twofa-manual = أو اكتب هذا المفتاح:
twofa-on =
    { $n ->
        [zero] تسجيل الدخول بخطوتين مفعّل. لم يتبقَّ أي رمز استرداد.
        [one] تسجيل الدخول بخطوتين مفعّل. تبقّى رمز استرداد واحد.
        [two] تسجيل الدخول بخطوتين مفعّل. تبقّى رمزا استرداد.
        [few] تسجيل الدخول بخطوتين مفعّل. تبقّت { $n } رموز استرداد.
        [many] تسجيل الدخول بخطوتين مفعّل. تبقّى { $n } رمزًا للاسترداد.
       *[other] تسجيل الدخول بخطوتين مفعّل. تبقّى { $n } رمز استرداد.
    }
twofa-qr_alt = رمز QR لتطبيق المصادقة
twofa-scan = امسح رمز QR هذا بتطبيق مصادقة (مثل Google Authenticator أو Microsoft Authenticator أو 1Password)، ثم أدخل الرمز الذي يعرضه.
twofa-title = تسجيل الدخول بخطوتين
twofa-turn_off = إيقاف تسجيل الدخول بخطوتين
twofa-turn_on = تفعيل

## verify
verify-advice-genuine = يمكنك الاعتماد عليه. ومع ذلك، استخدم للدفع دائمًا البيانات المصرفية المعروضة في Portico.
verify-advice-issued = يمكن نسخ الرمز على أي ملف PDF. للتأكد من أن المستند الذي بين يديك هو هذا المستند، اختر ملفه أعلاه: وحده التحقق من الملف يؤكد ذلك. ويجب أن تكون قيمة SHA-256 الخاصة به مطابقة للقيمة المعروضة هنا.
verify-advice-superseded = لا تتصرف بناءً على هذا الإصدار: افتح الطلبية في Portico واستخدم الإصدار الحالي.
verify-advice-unknown = لا تدفع ولا توقّع استنادًا إليه. فقد يكون قد عُدِّل (تغيير بايت واحد فقط يجعله مجهولًا). اتصل بمورّدك على رقم تعرفه مسبقًا، واستخدم المستندات والبيانات المصرفية الموجودة في Portico.
verify-check = تحقّق
verify-code = أو رمز التحقق الخاص به
verify-file = ملف PDF الذي تلقيته
verify-hint = هل تلقيت فاتورة أو عقدًا أو بيانات مصرفية عبر البريد الإلكتروني؟ تحقّق منها هنا: اختر ملف PDF، أو اكتب رمز التحقق الخاص به. يُفحص الملف في الذاكرة ولا يُحتفظ به.
verify-issued = أصدره { $supplier } ({ $who }) في
verify-issued_by = أصدره { $supplier } في
verify-newer = صدر إصدار أحدث في
verify-outcome-genuine = أصلي: هذا هو المستند المعتمد
verify-outcome-issued = هذا الرمز يخص مستندًا معتمدًا حاليًا
verify-outcome-superseded = مُستبدَل: يوجد إصدار أحدث
verify-outcome-unknown = مجهول: لم يصدر هذا المستند عبر Portico
verify-private = عدد عمليات التحقق في الساعة محدود؛ ويمكن للمستخدمين المسجّلين دخولهم إجراء المزيد.
verify-report_note = يكرر تقرير التقدّم ما نشره فريق المورّد عن الطلبية، وهو ليس أبدًا تعليمات دفع. لا تدفع إلا إلى البيانات المصرفية المعتمدة المعروضة في Portico.
verify-signature = التوقيع
verify-title = التحقق من مستند

## visibility
visibility-customer = مرئي للمشتري
visibility-internal = داخلي

## weekday
weekday-0 = بلا تقارير أسبوعية
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

## viewer
viewer-close = إغلاق
viewer-next = التالي
viewer-previous = السابق

## device
device-kind_api = API
device-kind_browser = متصفح
device-on = { $browser } على { $os }
device-program = برنامج
device-unknown = عميل غير معروف

## err
err-a_change_of_these_bank = يوجد بالفعل تغيير معلّق في هذه البيانات المصرفية؛ وافق عليه أو ألغِه أولًا.
err-a_customer_with_this_name = يوجد بالفعل عميل بهذا الاسم.
err-a_sheet_exists_only_for = لا تتوفر ورقة البيانات إلا للبيانات المصرفية المعتمدة حاليًا أو التي كانت معتمدة سابقًا.
err-a_template_with_this_name = يوجد بالفعل قالب بهذا الاسم.
err-account_invalid = يتكون رقم الحساب من 4 إلى 34 حرفًا ورقمًا (يُسمح بالمسافات والشرطات).
err-account_invalid-2 = أدخل رقم الحساب أو IBAN الذي دفعت إليه، كما يظهر في تأكيد بنكك.
err-account_required = أدخل رقم الحساب أو IBAN.
err-amount_invalid = أدخل المبلغ بالأرقام، مثل 52000 أو 52000.50.
err-an_order_with_this_reference = توجد بالفعل طلبية بهذا المرجع.
err-answer_invalid = اختر «موافقة» أو «رفض».
err-bic_invalid = يتكون رمز SWIFT/BIC من 8 أو 11 خانة: 4 أحرف للبنك، و2 للبلد، ثم 2 من الأحرف أو الأرقام (تليها 3 أخرى اختياريًا).
err-body_incomplete = انقطع محتوى الطلب قبل اكتماله.
err-body_required = اكتب شيئًا أولًا.
err-body_unreadable = تعذّرت قراءة محتوى الطلب.
err-buyers_acknowledge_the_bank_details = الإقرار بالبيانات المصرفية خاص بالمشترين الذين يدفعون إليها.
err-cannot_demote_self = لا يمكنك تغيير دورك بنفسك؛ اطلب ذلك من مسؤول آخر.
err-cannot_remove_self = لا يمكنك إزالة نفسك.
err-category_invalid = لا يمكن إيقاف تنبيهات الأمان والدفع؛ أما الفئات الأخرى فهي: التحديثات، والملفات، والقرارات، والمراحل الرئيسية، والتقارير.
err-challenge_expired = استغرق تسجيل الدخول وقتًا أطول من اللازم. سجّل الدخول مجددًا.
err-code_invalid = يكون رمز التحقق على شكل 7KQ2M-XW9TD.
err-code_wrong = الرمز غير صحيح أو انتهت صلاحيته.
err-code_wrong-2 = الرمز غير صحيح. تحقّق من الوقت على هاتفك ثم حاول مجددًا.
err-code_wrong-3 = الرمز غير صحيح.
err-comment_required = اذكر سبب الرفض حتى يتمكن المورّد من التصرف بناءً عليه.
err-comment_too_long = يجب ألا يتجاوز التعليق 2000 حرف.
err-confirmation_wrong = كلمة المرور أو الرمز غير صحيح.
err-csrf = انتهت صلاحية النموذج أو لم يصدر عن هذا الموقع. أعِد تحميل الصفحة ثم حاول مجددًا.
err-currency_invalid = أدخل العملة برمزها المكوّن من ثلاثة أحرف، مثل USD أو EUR أو CNY.
err-cursor_invalid = مؤشر الصفحة غير صالح.
err-customer_invalid = شركة العميل غير معروفة.
err-customer_required = يلزم تحديد --customer للمشتري
err-customer_required-2 = اختر عميل هذه الطلبية.
err-customer_required-3 = اختر العميل الذي دفع.
err-customer_required-4 = ينتمي المشتري إلى شركة عميل: اختر إحداها.
err-date_invalid = أدخل تاريخ الدفع بالصيغة YYYY-MM-DD.
err-date_invalid-2 = يجب أن يقع تاريخ الدفع خلال السنة الماضية، وألا يكون في المستقبل.
err-description_too_long = يجب ألا يتجاوز الوصف 4000 حرف.
err-email_confirmation_required = أكِّد عنوان بريدك الإلكتروني أولًا بالرمز المُرسَل إليه (/account/email)، فإليه تُرسَل تنبيهات الأمان والدفع.
err-email_invalid = أدخل عنوان بريد إلكتروني صالحًا.
err-enrolment_missing = أعِد تحميل الصفحة للبدء من جديد.
err-enrolment_required = يشترط مورّدك تسجيل الدخول بخطوتين: أعِدّه أولًا من /account/2fa.
err-expires_in_days = يجب أن يكون عدد الأيام عددًا صحيحًا.
err-expiry_required = اختر آخر يوم يعمل فيه الرابط.
err-field-date = يجب أن يحتوي الحقل «{ $field }» على تاريخ بالصيغة 2026-12-31.
err-field-invalid_characters = يحتوي الحقل «{ $field }» على أحرف تحكّم أو أحرف تغيّر اتجاه النص.
err-field-range = يجب أن تكون قيمة الحقل «{ $field }» بين { $min } و{ $max }.
err-field-required = يجب ملء الحقل «{ $field }».
err-field-too_long = يجب ألا يزيد عدد أحرف الحقل «{ $field }» على { $max }.
err-field_not_utf8 = أحد حقول النموذج ليس نصًا صالحًا بترميز UTF-8.
err-field_too_long = أحد حقول نموذج الرفع طويل جدًا.
err-file_required = اختر ملفًا واحدًا على الأقل.
err-forbidden = ليست لديك صلاحية القيام بهذا الإجراء.
err-form_invalid = تعذّرت قراءة النموذج.
err-form_invalid-2 = أرسِل ملف PDF واحدًا أو رمزًا واحدًا.
err-form_invalid-3 = أرسِل ملف PDF واحدًا في كل مرة.
err-iban_invalid = رقم IBAN هذا غير صالح: لا تتطابق أرقام التحقق فيه أو طوله. راجعه حرفًا حرفًا.
err-internal = حدث خطأ ما من جهتنا. يُرجى المحاولة مجددًا؛ وإذا استمرت المشكلة، فاذكر معرّف الطلب.
err-invalid_credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
err-invitation_invalid = هذا الرمز غير صالح: ربما انتهت صلاحيته أو استُخدم أو سُحب. اطلب دعوة جديدة.
err-invitation_other_account = هذه الدعوة موجّهة إلى عنوان بريد إلكتروني آخر. سجّل الخروج واستخدم ذلك العنوان.
err-invitation_sign_in = لديك حساب في Portico بالفعل: سجّل الدخول أولًا، ثم أدخل الرمز مجددًا.
err-invoices_contracts_and_other_official = الفواتير والعقود وغيرها من المستندات الرسمية التي تُعرض على المشترين يُصدرها شخص مسجّل الدخول، لا رمز وصول API. ارفع الملف بصفته داخليًا، أو سجّل الدخول.
err-kind_invalid = اختر نوع هذا القرار.
err-kind_invalid-2 = اختر إحدى فئات الملفات المدرجة.
err-language_invalid = اختر إحدى اللغات المتاحة.
err-milestone_invalid = عامل تصفية المرحلة ليس معرّف مرحلة.
err-milestone_invalid-2 = مرحلة رئيسية غير معروفة.
err-mode_invalid = اختر «فورًا» أو «ملخص يومي» أو «إيقاف».
err-no_admin = لا يوجد في هذه البوابة أي مسؤول نشط.
err-not_found = الصفحة أو العنصر الذي طلبته غير موجود، أو ليست لديك صلاحية الوصول إليه.
err-one_file = يتكون الإصدار الجديد من ملف واحد فقط.
err-only_a_change_that_has = لا يمكن إلغاء التغيير إلا إذا لم يكن قد سرى بعد.
err-only_a_draft_can_be = لا يمكن إصدار إلا المسودة؛ وهذا المستند قد صدر أو اقتُرح للإصدار بالفعل.
err-only_a_proposed_change_can = لا يمكن الموافقة إلا على تغيير مقترح.
err-only_a_proposed_document_can = لا يمكن الموافقة إلا على مستند مقترح.
err-only_a_proposed_document_can-2 = لا يمكن سحب إلا مستند مقترح.
err-only_the_details_of_record = لا يمكن الإقرار إلا بالبيانات المصرفية المعتمدة.
err-order_draft = أكِّد الطلبية قبل أن تطلب قرارًا من المشتري.
err-order_draft-2 = لا يمكن مشاركة طلبية في حالة مسودة.
err-order_invalid = طلبية غير معروفة.
err-order_invalid-2 = إحدى الطلبيات المختارة لا تخص هذا العميل.
err-order_not_assigned = لا يمكنك دعوة المشترين إلا إلى الطلبيات المكلَّف بها.
err-orders_required = اختر الطلبيات التي يمكن لهذا الشخص متابعتها.
err-orders_required-2 = اختر الطلبيات التي يمكن لهذا المشتري متابعتها: لا يمكنك دعوة المشترين إلا إلى الطلبيات المكلَّف بها.
err-owner_invalid = يجب أن يكون المكلَّف أحد موظفي شركتك.
err-password_mismatch = كلمتا المرور غير متطابقتين.
err-password_reset_required = حرصًا على أمانك، يلزم تعيين كلمة مرور جديدة. اختر «هل نسيت كلمة المرور؟» لتعيينها برمز يُرسَل إلى بريدك الإلكتروني.
err-password_unchanged = اختر كلمة مرور مختلفة عن كلمة المرور الحالية.
err-payments_are_recorded_by_buyers = تسجيل المدفوعات متاح للمشترين ومنسّقي الطلبيات والمسؤولين.
err-percent_invalid = يجب أن تكون النسبة المئوية عددًا صحيحًا من 0 إلى 100.
err-period_invalid = اختر تواريخ بين عام 2000 واليوم.
err-period_invalid-2 = اختر فترة لا تتجاوز سنة واحدة، تنتهي اليوم أو قبله، ويسبق تاريخ بدايتها تاريخ نهايتها.
err-phrase_too_short = اختر عبارة من 4 أحرف على الأقل.
err-precondition_failed = تغيّر الملف منذ آخر مرة فتحته فيها.
err-quantity_invalid = يجب أن تكون الكمية عددًا صحيحًا.
err-range_not_satisfiable = نطاق البايتات المطلوب غير صالح لهذا الملف.
err-reset_code_wrong = عنوان البريد الإلكتروني أو الرمز غير صحيح، أو انتهت صلاحية الرمز. اطلب رمزًا جديدًا.
err-role_invalid = اختر دورًا.
err-role_invalid-2 = دور غير معروف.
err-scopes_required = اختر نطاقًا واحدًا على الأقل للرمز.
err-second_factor_required = أدخل الرمز من تطبيق المصادقة، أو رمز استرداد.
err-second_factor_required-2 = يستخدم هذا الحساب تسجيل الدخول بخطوتين: أدخل رمزًا من تطبيق المصادقة أو أحد رموز الاسترداد الخاصة بك. وإذا لم يتوفر لديك أيٌّ منهما، فاطلب من المسؤول لدى مورّدك إعادة تعيين تسجيل الدخول بخطوتين.
err-session_ended = إجابات خاطئة كثيرة جدًا: انتهت هذه الجلسة. سجّل الدخول مجددًا.
err-share_password = كلمة المرور غير صحيحة.
err-slug_invalid = يجب أن يتكون الاسم المختصر من 3 إلى 40 حرفًا، ولا يحتوي إلا على a-z و0-9 و'-'.
err-sort_invalid = اختر الترتيب: «الأحدث أولًا» أو «الأقدم أولًا» أو «حسب المرجع».
err-staff_invalid = اختر شخصًا.
err-staff_invalid-2 = لا يمكن تكليف إلا منسّقي الطلبيات ومفتشي الجودة.
err-status_invalid = حالة طلبية غير معروفة.
err-status_invalid-2 = حالة مرحلة رئيسية غير معروفة.
err-status_invalid-3 = تبدأ الطلبية الجديدة بحالة «مسودة» أو «مؤكَّدة».
err-step_up_required = حرصًا على أمانك، أكِّد هويتك: أدخل كلمة المرور أو رمزًا من تطبيق المصادقة (POST /api/v1/auth/step-up)، ثم حاول مجددًا.
err-steps_required = يحتاج القالب إلى خطوة واحدة على الأقل.
err-storage_full = نفدت مساحة التخزين على الخادم، لذا لم يُحفظ أي شيء. يُرجى المحاولة مجددًا لاحقًا؛ فقد جرى تنبيه فريق التشغيل.
err-subject_invalid = اختر طلبية واحدة أو عميلًا واحدًا.
err-template_invalid = قالب مراحل رئيسية غير معروف.
err-that_already_exists = هذا موجود بالفعل.
err-the_change_was_decided_meanwhile = صدر قرار بشأن هذا التغيير في هذه الأثناء.
err-the_demo_tenant_already_exists = البوابة التجريبية موجودة بالفعل (الاسم المختصر demo-textiles).
err-the_document_changed_meanwhile = تغيّر المستند في هذه الأثناء.
err-the_order_was_changed_meanwhile = تغيّرت الطلبية في هذه الأثناء؛ أعِد تحميل الصفحة ثم حاول مجددًا.
err-the_report_is_still_being = لا يزال التقرير قيد الإعداد؛ حاول مجددًا بعد قليل.
err-the_report_was_built_meanwhile = أُنشئ التقرير في هذه الأثناء
err-there_is_already_a_request = يوجد بالفعل طلب وصول لهذا الشخص.
err-this_api_token_s_scopes = لا تسمح نطاقات رمز وصول API هذا بهذا الطلب.
err-this_decision_was_already_answered = تم الرد على هذا القرار بالفعل، ولا يمكن تغييره.
err-this_invitation_is_no_longer = لم تعد هذه الدعوة صالحة.
err-this_invitation_was_already_used = استُخدمت هذه الدعوة بالفعل.
err-this_kind_of_file_is = لا يمكن أن يكون هذا النوع من الملفات مستندًا معتمدًا.
err-this_person_already_belongs_to = ينتمي هذا الشخص بالفعل إلى هذا المورّد.
err-this_person_already_has_access = لدى هذا الشخص بالفعل صلاحية الوصول إلى بوابتك.
err-this_person_already_has_an = لدى هذا الشخص دعوة معلّقة بالفعل: أعِد إرسالها بدلًا من ذلك.
err-this_person_also_works_with = يعمل هذا الشخص أيضًا مع مورّدين آخرين على Portico؛ ولا يمكن إعادة تعيين تسجيل الدخول بخطوتين الخاص به إلا من قِبل مشغّل المنصة.
err-this_person_is_already_assigned = هذا الشخص مكلَّف بالطلبية بالفعل.
err-this_request_was_already_decided = تم البتّ في هذا الطلب بالفعل.
err-this_short_name_is_taken = هذا الاسم المختصر مستخدم؛ اختر اسمًا آخر.
err-timezone_invalid = منطقة زمنية غير معروفة: استخدم اسمًا مثل Asia/Shanghai أو Europe/Berlin أو UTC.
err-too_large = حجم الطلب أكبر من المسموح به.
err-too_many = أرسِل 20 إعدادًا على الأكثر.
err-too_many_orders = اختر 1000 طلبية على الأكثر.
err-two_step_sign_in_is = تسجيل الدخول بخطوتين مفعّل بالفعل.
err-two_step_sign_in_is-2 = تسجيل الدخول بخطوتين متوقف.
err-unauthenticated = يُرجى تسجيل الدخول.
err-unavailable = الخدمة غير متاحة مؤقتًا. يُرجى المحاولة مجددًا بعد قليل.
err-update_invalid = لا يمكن إرفاق الملفات إلا بتحديث تقدّم يخص هذه الطلبية.
err-upload_incomplete = انقطع الرفع قبل اكتماله. لم يُحفظ أي شيء؛ يُرجى المحاولة مجددًا.
err-upload_malformed = تعذّرت قراءة الملفات المرفوعة (محتوى multipart غير سليم). لم يُحفظ أي شيء.
err-visibility_invalid = يجب أن يكون الظهور «داخلي» أو «مرئي للمشتري».
err-visibility_invalid-2 = اختر من يمكنه رؤية التحديث.
err-your_account_has_no_access = لا يملك حسابك حاليًا صلاحية الوصول إلى أي مورّد.
err-password-too_short = يجب أن تتكون كلمة المرور من { $min } حرفًا على الأقل.
err-password-too_long = يجب ألا تزيد كلمة المرور على { $max } حرفًا.
err-template-line = السطر { $n }: اكتب الأيام بعد '|' عددًا صحيحًا.
err-template-too_many = يضم القالب { $max } خطوة على الأكثر.
err-order-transition = لا يمكن أن ينتقل الطلب من «{ $from }» إلى «{ $to }».
err-body-too_long = { $max } حرفًا على الأكثر.
err-file-empty = الملف { $name } فارغ.
err-limit-sign_ins = محاولات تسجيل دخول كثيرة جدًا من هنا. حاول مرة أخرى بعد { $wait }.
err-limit-codes = رموز خاطئة كثيرة جدًا. حاول مرة أخرى بعد { $wait }.
err-limit-email_codes = أُرسلت ثلاثة رموز خلال الساعة الماضية. استخدم أحدثها أو حاول مرة أخرى بعد { $wait }.
err-limit-reports = طلبت 20 تقريرًا خلال الساعة الماضية؛ حاول مرة أخرى بعد { $wait }.
err-limit-invitation_codes = جُرّبت رموز كثيرة جدًا من هنا. حاول مرة أخرى بعد { $wait }.
err-limit-share_passwords = كلمات مرور خاطئة كثيرة جدًا. حاول مرة أخرى بعد { $wait }.
err-limit-verify = عمليات تحقق كثيرة جدًا من هنا خلال الساعة الماضية. حاول مرة أخرى بعد { $wait }، أو سجّل الدخول إلى Portico للتحقق من المزيد.
err-share-last_day = يجب أن يكون اليوم الأخير بين اليوم و{ $max } يومًا من الآن.
err-carry_invalid = تعذّر إرسال النموذج؛ املأه من جديد.
err-reason_required = اذكر السبب: يظهر في السجل الزمني.
err-reason_too_long = السبب 1000 حرف على الأكثر.
err-close_open_decision = لا يمكن إغلاق طلب فيه قرار مفتوح: اسحب القرار أولًا أو انتظر الرد.
err-cannot_go_back = لا يمكن إرجاع الطلب من { $from }.
err-accent_invalid = اختر لونًا بصيغة ‎#rrggbb.
err-accent_contrast = هذا اللون فاتح جدًا: سيصعب قراءة النص الأبيض عليه والنص بهذا اللون على الأبيض. اختر لونًا أغمق (يتطلب WCAG AA تباينًا لا يقل عن 4.5:1).
err-logo_type = يجب أن يكون الشعار صورة PNG أو WebP أو JPEG.
err-logo_too_large = صورة الشعار كبيرة جدًا؛ استخدم صورة أقل من 40 ميغابكسل.
err-logo_too_big = الشعار 2 ميغابايت على الأكثر.
err-decision_on_closed = لا يقبل الطلب المغلق أو الملغى قرارات جديدة: أعد فتحه أولًا.
err-invalid_limit = يجب أن يكون limit عددًا صحيحًا من 1 إلى 200.
err-webhook_event_unknown = نوع حدث غير معروف؛ راجع قائمة أنواع الأحداث في توثيق واجهة API.
err-webhook_events_required = اختر حدثًا واحدًا على الأقل لإرساله.
err-webhook_limit = للشركة 20 مستقبِلًا لخطافات الويب على الأكثر؛ احذف واحدًا أولًا.
err-webhook_disabled = هذا المستقبِل معطَّل؛ فعّله أولًا.
err-webhook_address_private = يجب أن يكون المستقبِل على الإنترنت العام: تُرفض العناوين الخاصة وعناوين الاسترجاع والعناوين المحلية للرابط.
err-webhook_url_invalid = أدخل العنوان الكامل للمستقبِل، مثل https://erp.example.com/portico/events.
err-webhook_url_https = يجب أن يبدأ عنوان المستقبِل بـ https://.
err-webhook_url_credentials = لا تضع اسم المستخدم وكلمة المرور في العنوان: التوقيع يثبت هوية المرسِل.
err-webhook_host_unknown = تعذّر العثور على اسم مضيف المستقبِل.
err-invalid_idempotency_key = يجب أن يتكون ترويسة Idempotency-Key من 1 إلى 255 محرفًا من محارف ASCII القابلة للطباعة.
err-idempotency_key_reused = استُخدم مفتاح Idempotency-Key هذا مع طلب مختلف؛ استخدم مفتاحًا جديدًا لطلب جديد.
err-idempotency_key_in_progress = ما زال طلب بمفتاح Idempotency-Key هذا قيد المعالجة؛ أعد المحاولة بعد لحظة.
err-method_not_allowed = هذا العنوان لا يقبل هذه الطريقة؛ يقبل { $what }.
err-send_json = أرسل المحتوى بصيغة JSON مع الترويسة Content-Type: application/json.
err-send_form = أرسل النموذج بصيغة application/x-www-form-urlencoded.
err-json_malformed = المحتوى ليس JSON صالحًا (السطر { $n }، العمود { $count }).
err-query_unreadable = تعذرت قراءة سلسلة الاستعلام.
err-json_fields = محتوى JSON لا يحتوي على الحقول المتوقعة: { $detail }
err-query_detail = تعذرت قراءة سلسلة الاستعلام: { $detail }
err-form_detail = تعذرت قراءة النموذج: { $detail }

sheet-title = تعليمات الدفع
sheet-scope_customer = لشركتكم فقط
sheet-scope_all = لجميع العملاء
sheet-valid_from = سارية اعتبارًا من
sheet-verify_hint = تحقّق من هذه الورقة في أي وقت: افتح Portico بنفسك واستخدم «التحقق من مستند» مع الرمز أدناه.

csv-orders-reference = المرجع / أمر الشراء
csv-orders-title = العنوان
csv-orders-customer = العميل
csv-orders-product = المنتج
csv-orders-quantity = الكمية
csv-orders-status = الحالة
csv-orders-ex_factory_date = تسليم المصنع
csv-orders-etd_date = ETD
csv-orders-next_milestone = المرحلة التالية
csv-orders-late_milestones = المراحل المتأخرة
csv-orders-percent_done = المنجز (%)
csv-orders-expected_finish = الانتهاء المتوقع
csv-orders-created_at = أُنشئ (UTC)
csv-audit-seq = الرقم
csv-audit-id = معرّف الحدث
csv-audit-created_at_utc = الوقت (UTC)
csv-audit-actor_user_id = بواسطة (معرّف المستخدم)
csv-audit-action = الإجراء
csv-audit-object_type = نوع الكائن
csv-audit-object_id = معرّف الكائن
csv-audit-detail = التفاصيل
csv-audit-ip = عنوان IP
csv-audit-prev_hash = التجزئة السابقة
csv-audit-hash = التجزئة

## wait
# How long to wait, in messages that ask to try again later.
wait-second =
    { $n ->
        [zero] { $n } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $n } ثوانٍ
        [many] { $n } ثانية
       *[other] { $n } ثانية
    }
wait-minute =
    { $n ->
        [zero] { $n } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $n } دقائق
        [many] { $n } دقيقة
       *[other] { $n } دقيقة
    }
wait-hour =
    { $n ->
        [zero] { $n } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $n } ساعات
        [many] { $n } ساعة
       *[other] { $n } ساعة
    }

more-title = المزيد
more-settings = الإعدادات والأمان
more-documents = المستندات والمدفوعات
more-suppliers = الموردون

table-actions = الإجراءات

start-title = الخطوات الأولى
start-email = أكّد عنوان بريدك الإلكتروني (تصل إليه تنبيهات الدفع)
start-two_step = فعّل تسجيل الدخول بخطوتين
start-customer = أضف عميلًا
start-order = أنشئ طلبًا
start-invite_buyer = ادعُ مشتريك
start-second_admin = ادعُ مسؤولًا ثانيًا (تتطلب البيانات المصرفية اثنين)
start-bank_details = انشر بياناتك المصرفية المعتمدة مع المسؤول الثاني
start-done = تم
send_on-title = تم التأكيد
send_on-body = جارٍ إرسال تغييراتك كما كتبتها…
send_on-continue = متابعة
glance-percent = اكتمل { $n }٪
glance-progress = تقدّم الطلب
glance-next = التالي: { $name }
glance-decision_yours = مطلوب ردّك: { $title }
glance-decision_waiting = بانتظار المشتري: { $title }
glance-sections = في هذه الصفحة
brand-title = علامتك التجارية
brand-why = يرى مشترووك اسمك وشعارك أعلى كل صفحة، وفي صفحة الدخول على جهاز استخدموه من قبل، وفي التقارير. يُستخدم اللون للروابط والأزرار.
brand-current_logo = شعارك الحالي
brand-logo = الشعار (PNG أو WebP أو JPEG، بحد أقصى 2 ميغابايت)
brand-logo_hint = يفضَّل شعار عريض على خلفية فاتحة أو شفافة؛ يُعرض بارتفاع 32 بكسل.
brand-remove_logo = إزالة الشعار
brand-accent = لون التمييز
brand-accent_hint = يجب أن يكون داكنًا بما يكفي لنص أبيض عليه (يُفحص: WCAG AA، ‏4.5:1).
brand-save = حفظ العلامة

## webhooks
webhooks-title = خطافات الويب
webhooks-intro = يُبلغ Portico أنظمتك الأخرى (نظام ERP أو محادثة) بما يحدث فور حدوثه: طلب POST موقَّع إلى عنوانك لكل حدث تختاره. يتحقق المستقبِل من التوقيع بالسر ويقرأ التفاصيل عبر واجهة API.
webhooks-new = إضافة مستقبِل
webhooks-url = عنوان المستقبِل
webhooks-description = الوصف
webhooks-events = الأحداث
webhooks-create = إضافة
webhooks-created = أُضيف المستقبِل
webhooks-once = انسخ سر التوقيع الآن: لن يُعرض إلا هذه المرة.
webhooks-signature_hint = يحمل كل طلب Portico-Signature: t=…,v1=…، وهو HMAC-SHA256 للوقت ثم نقطة ثم المحتوى، بهذا السر مفتاحًا. ارفض أي طلب لا يطابق توقيعه أو كان وقته قديمًا.
webhooks-open = التفاصيل وسجل الإرسال
webhooks-state = الحالة
webhooks-enabled = مفعَّل
webhooks-disabled = معطَّل
webhooks-reason-admin = أوقفه مسؤول
webhooks-reason-failures = أُوقف بعد يوم من الإخفاق؛ افحص المستقبِل ثم فعّله من جديد
webhooks-failures = إخفاقات متتالية
webhooks-made_by = أضافه
webhooks-none = لا يوجد مستقبِل بعد. أضف واحدًا أدناه لإرسال الأحداث إلى نظام ERP لديك.
webhooks-back = كل خطافات الويب
webhooks-log = عمليات الإرسال
webhooks-log_none = لم يُرسل شيء بعد. أرسل اختبارًا للتحقق من المستقبِل.
webhooks-event = الحدث
webhooks-result = النتيجة
webhooks-attempts = المحاولات
webhooks-when = متى
webhooks-next_attempt = المحاولة التالية
webhooks-delivery-pending = قيد الانتظار
webhooks-delivery-delivered = تم التسليم
webhooks-delivery-failed = أخفق
webhooks-test = إرسال اختبار
webhooks-disable = تعطيل
webhooks-enable = تفعيل
webhooks-delete = حذف
webhooks-delete_confirm = هل تحذف هذا المستقبِل وسجل إرساله؟ لن يُرسل إليه شيء بعد ذلك.
webhooks-older = عمليات إرسال أقدم
webhooks-event-order-created = أُنشئ الطلب
webhooks-event-order-status_changed = تغيّرت حالة الطلب
webhooks-event-milestone-updated = أُضيفت مرحلة أو حُدّثت
webhooks-event-decision-requested = طُلب قرار
webhooks-event-decision-answered = أُجيب عن القرار
webhooks-event-decision-withdrawn = سُحب القرار
webhooks-event-file-uploaded = رُفع ملف أو نسخة جديدة
webhooks-event-report-ready = التقرير جاهز
webhooks-event-bank_details-proposed = اقتُرحت بيانات مصرفية
webhooks-event-bank_details-approved = اعتُمدت البيانات المصرفية
webhooks-event-bank_details-activated = البيانات المصرفية سارية
webhooks-event-bank_details-cancelled = أُلغي تغيير البيانات المصرفية
webhooks-event-payment-mismatch = دفعة إلى بيانات مصرفية أخرى
