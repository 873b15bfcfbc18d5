## نیازهای آموزشی
cmd-needs = دوره‌ها و گزارش‌های نیازسنجی آموزشی
cmd-needs_open = آغاز یک دوره نیازسنجی آموزشی
cmd-needs_topics = موضوع‌های آموزشی
cmd-survey = اعلام نیازهای آموزشی سمن شما
menu-needs = 📚 نیازهای آموزشی
menu-survey = 📝 پرسشنامه نیاز آموزشی
pillar-KNOWLEDGE = دانش تخصصی
pillar-EXPERIENCE = تبادل تجربه
pillar-ON_THE_JOB = آموزش مستمر ضمن کار
priority-HIGH = زیاد
priority-MEDIUM = متوسط
priority-LOW = کم
format-IN_PERSON = حضوری
format-ONLINE = برخط
format-EITHER = فرقی نمی‌کند
weekday-0 = شنبه
weekday-1 = یکشنبه
weekday-2 = دوشنبه
weekday-3 = سه‌شنبه
weekday-4 = چهارشنبه
weekday-5 = پنجشنبه
time-morning = صبح
time-afternoon = بعدازظهر
time-evening = عصر
button-skip = از این مرحله بگذر
skipped = از این مرحله گذشتید
error-topic-limit = فهرست موضوع‌ها پر است: پرسشنامه نمی‌تواند موضوع بیشتری نشان دهد.
error-duplicate-topic = این موضوع از پیش در فهرست هست.
error-invalid-round = دوره باز نشد: مهلتش گذشته است. تاریخ را بررسی کنید و دوباره بکوشید.
error-invalid-answer = بخشی از پاسخ دیگر معتبر نیست (شاید موضوعی حذف شده باشد). لطفاً دوباره پاسخ دهید.
error-needs-no-ngos = هنوز هیچ سمن تأییدشده‌ای در این شهرستان‌ها نیست؛ کسی برای پرسیدن نیست.
error-needs-closed = این دوره بسته شده است و دیگر پاسخی پذیرفته نمی‌شود.
error-needs-not-invited = سمن شما به این دوره دعوت نشده است.
invalid-date = این تاریخ را نمی‌توانم بخوانم. آن را به تقویم هجری شمسی و به شکل سال/ماه/روز بنویسید، مثلاً ۱۴۰۵/۱۰/۱۵.
invalid-deadline-past = مهلت باید امروز یا پس از آن باشد.
invalid-deadline-far = مهلت حداکثر می‌تواند { $days } روز دیگر باشد.
invalid-attendees = یک عدد صحیح از ۱ تا { $max } بنویسید.
needs-open-intro = <b>دوره تازه نیازسنجی آموزشی</b>. از مدیران همه سمن‌های تأییدشده در شهرستان‌هایی که برمی‌گزینید، نیازهای آموزشی‌شان پرسیده می‌شود. هر وقت خواستید /cancel بفرستید.
needs-ask-title = عنوان دوره (مثلاً «نیازسنجی آموزشی پاییز ۱۴۰۵»):
needs-ask-deadline = مهلت پاسخ به تقویم هجری شمسی (سال/ماه/روز)، مثلاً { $example }. پاسخ‌ها تا پایان همان روز پذیرفته می‌شوند.
needs-ask-scope = این دوره کدام شهرستان‌ها را در بر می‌گیرد؟
needs-all-counties = { $count ->
    [one] تنها شهرستان
   *[other] همه { $count } شهرستان
}
needs-some-counties = خودم انتخاب می‌کنم
needs-ask-counties = شهرستان‌ها را برگزینید (شمار سمن‌های تأییدشده در پرانتز است):
needs-open-summary = <b>پیش از آغاز، دوره را بررسی کنید</b>

    عنوان: { $title }
    مهلت: { $deadline }
    شهرستان‌ها: { $counties }
    سمن‌هایی که دعوت می‌شوند: { $ngos }
button-edit-title = ✏️ عنوان
button-edit-deadline = ✏️ مهلت
button-edit-counties = ✏️ شهرستان‌ها
needs-opened = دوره <b>{ $title }</b> آغاز شد. { $invited } سمن دعوت می‌شوند؛ به مدیرانی که پاسخ نداده‌اند پیش از پایان مهلت یادآوری می‌شود.
button-needs-report = 📊 گزارش
button-needs-open = ➕ آغاز دوره
button-needs-topics = 📚 موضوع‌ها
needs-rounds = دوره‌های نیازسنجی آموزشی (🟢 باز، ⚪️ بسته). برای دیدن گزارش یکی را برگزینید:
needs-no-rounds = هنوز هیچ دوره نیازسنجی آموزشی در حوزه شما آغاز نشده است.
needs-invitation = 📚 <b>{ $title }</b>

    دولت می‌خواهد آموزش‌هایی متناسب با نیاز سمن‌ها برگزار کند. لطفاً تا { $deadline } بگویید <b>{ $name }</b> به چه آموزش‌هایی نیاز دارد. حدود دو دقیقه وقت می‌گیرد.
needs-reminder = ⏰ یادآوری: <b>{ $name }</b> هنوز نیازهای آموزشی خود را برای <b>{ $title }</b> اعلام نکرده است. پاسخ‌ها تا { $deadline } پذیرفته می‌شوند.
needs-reminder-last = ⏰ روز آخر: پاسخ‌های <b>{ $title }</b> تا پایان امروز ({ $deadline }) پذیرفته می‌شوند. <b>{ $name }</b> هنوز پاسخ نداده است.
button-answer-survey = 📝 پاسخ به پرسشنامه
needs-closed = مهلت دوره <b>{ $title }</b> به پایان رسید و دوره بسته شد: { $answered } از { $invited } سمن پاسخ { $answered ->
    [one] داد.
   *[other] دادند.
}
needs-close-confirm = <b>{ $title }</b> همین حالا بسته شود؟ سمن‌هایی که پاسخ نداده‌اند دیگر نمی‌توانند پاسخ دهند.
button-needs-close = 🔒 بستن دوره
button-needs-close-yes = بله، بسته شود
needs-closed-now = دوره <b>{ $title }</b> بسته شد.
needs-status-open = 🟢 باز تا { $deadline }
needs-status-closed = ⚪️ بسته‌شده در { $date }
needs-response = پاسخ‌ها: { $answered } از { $invited } سمن ({ $rate })
needs-county-response = • { $county }: { $answered } از { $invited } ({ $rate })
needs-topics-heading = <b>موضوع‌ها به ترتیب تقاضا</b> (اولویت زیاد = ۳، متوسط = ۲، کم = ۱):
needs-topic-line = { $topic } — تقاضا { $demand } · { $ngos } سمن · { $people } نفر
needs-county-topic = { $topic } — تقاضا { $demand } · { $people } نفر
needs-no-answers = هنوز پاسخی نیامده است.
needs-formats-heading = شیوه دلخواه برگزاری
needs-days-heading = روزهای مناسب (شمار سمن‌ها)
needs-times-heading = ساعت‌های مناسب (شمار سمن‌ها)
needs-out-of = از { $answered ->
    [one] تنها سمنی که پاسخ داده است.
   *[other] { $answered } سمنی که پاسخ داده‌اند.
}
needs-other-heading = نیازهای بیرون از فهرست
needs-no-other = هیچ.
needs-plan-intro = برای پرتقاضاترین موضوع‌ها، جایی که یک دوره آموزشی بیشترین تقاضا را پوشش می‌دهد:
needs-plan-county = { $county } (تقاضا { $demand }، { $people } نفر)
report-more-in-excel = … و { $count } سطر دیگر در فایل اکسل.
button-needs-overview = خلاصه
button-needs-county = به تفکیک شهرستان
button-needs-field = به تفکیک حوزه
button-needs-when = شیوه و زمان
button-needs-other = نیازهای دیگر
button-needs-plan = پیشنهادها
button-chart = 🖼 نمودار
button-csv = 📄 CSV
needs-chart-title = موضوع‌های آموزشی به ترتیب تقاضا، به تفکیک شهرستان
needs-chart-subtitle = { $title }: { $answered } از { $invited } سمن پاسخ { $answered ->
    [one] داد
   *[other] دادند
}
needs-chart-caption = { $title }
needs-sheet-answers = پاسخ‌ها
needs-sheet-demand = تقاضا به تفکیک موضوع
needs-sheet-response = پاسخ به تفکیک شهرستان
needs-col-ngo = سمن
needs-col-county = شهرستان
needs-col-fields = حوزه‌های فعالیت
needs-col-topic = موضوع
needs-col-pillar = محور
needs-col-priority = اولویت
needs-col-format = شیوه
needs-col-people = نفرات
needs-col-days = روزها
needs-col-times = ساعت‌ها
needs-col-other = نیاز دیگر
needs-col-answered = تاریخ پاسخ
needs-col-ngos = سمن‌ها
needs-col-demand = تقاضا
needs-col-invited = دعوت‌شده
needs-col-rate = نرخ پاسخ (٪)
needs-topics-list = <b>موضوع‌های آموزشی</b> در سه محور:
button-add-topic = ➕ افزودن موضوع
topic-ask-pillar = موضوع تازه در کدام محور است؟
topic-ask-fa = نام موضوع به فارسی:
topic-ask-az = نام به ترکی آذربایجانی (یا «از این مرحله بگذر» تا نام فارسی نشان داده شود):
topic-ask-en = نام به انگلیسی (یا «از این مرحله بگذر» تا نام فارسی نشان داده شود):
topic-added = موضوع <b>{ $name }</b> به فهرست افزوده شد؛ مدیران سمن‌ها از این پس می‌توانند آن را برگزینند.
survey-none = اکنون هیچ دوره نیازسنجی بازی برای سمن شما نیست.
survey-rounds = دوره‌های نیازسنجی آموزشی باز برای سمن شما:
survey-round-open = 📝 <b>{ $title }</b> — هنوز پاسخ نداده‌اید، تا { $deadline }
survey-round-answered = ✅ <b>{ $title }</b> — پاسخ داده‌اید؛ تا { $deadline } می‌توانید آن را تغییر دهید
survey-intro = 📚 <b>{ $title }</b> برای <b>{ $name }</b>. پاسخ‌ها تا { $deadline } پذیرفته می‌شوند. برای توقف /cancel بفرستید؛ تا تأیید نکنید چیزی ذخیره نمی‌شود.
survey-intro-again = 📚 <b>{ $title }</b>: این پاسخ <b>{ $name }</b> است. هر بخش را با دکمه‌ها تغییر دهید و سپس تأیید کنید. تا { $deadline } می‌توانید آن را تغییر دهید.
survey-ask-topics = سمن شما به آموزش در کدام موضوع‌ها نیاز دارد؟ ۱ تا { $max } موضوع برگزینید.
survey-ask-priority = <b>{ $topic }</b> برای شما چقدر مهم است؟
survey-ask-format = کدام شیوه برگزاری را ترجیح می‌دهید؟
survey-ask-attendees = چند نفر از اعضای سمن شما شرکت خواهند کرد؟ (۱ تا { $max })
survey-ask-days = کدام روزها برایتان مناسب است؟ (یک یا چند روز)
survey-ask-times = کدام ساعت‌های روز مناسب است؟
survey-ask-other = نیاز آموزشی دیگری دارید که در فهرست نیست؟ بنویسید (تا { $max } نویسه) یا «از این مرحله بگذر» را بزنید.
survey-summary = <b>پاسخ شما</b>

    موضوع‌ها:
    { $topics }
    شیوه: { $format }
    شمار شرکت‌کنندگان: { $attendees }
    روزها: { $days }
    ساعت‌ها: { $times }
    نیاز دیگر: { $other }
button-edit-survey-topics = ✏️ موضوع‌ها
button-edit-survey-priorities = ✏️ اولویت‌ها
button-edit-survey-format = ✏️ شیوه
button-edit-survey-attendees = ✏️ شمار نفرات
button-edit-survey-days = ✏️ روزها
button-edit-survey-times = ✏️ ساعت‌ها
button-edit-survey-other = ✏️ نیاز دیگر
survey-saved = سپاس! نیازهای آموزشی <b>{ $name }</b> ثبت شد. تا { $deadline } با /survey می‌توانید آن را تغییر دهید.
survey-updated = پاسخ <b>{ $name }</b> به‌روز شد. تا { $deadline } با /survey می‌توانید آن را تغییر دهید.
survey-cancelled-kept = پاسخ پیشین شما همان‌گونه که بود ماند.
