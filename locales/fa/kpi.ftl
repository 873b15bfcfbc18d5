## شاخص‌های عملکرد فصلی
cmd-kpi = شاخص‌های عملکرد: نشست با سمن‌ها در هر فصل
kpi-season = { $quarter ->
    [1] بهار
    [2] تابستان
    [3] پاییز
   *[4] زمستان
} { $year }
kpi-title = 📈 <b>تعامل با سمن‌ها — { $quarter }</b>
kpi-period = از { $from } تا { $to }
kpi-in-progress = فصل در جریان است: ارقام تا امروز، { $today }.
kpi-target = شهرستان‌هایی که نشست فصل را برگزار کرده‌اند: { $met } از { $total }
kpi-all-counties = همه شهرستان‌ها
kpi-county-met = ✅ <b>{ $county }</b>: { $held } نشست برگزار شده (لازم: { $required })
kpi-county-missed = ❌ <b>{ $county }</b>: { $held } نشست برگزار شده (لازم: { $required })
kpi-upcoming = ، { $count } نشست در پیش
kpi-reach = سمن‌های دعوت‌شده { $invited } · پذیرفته { $accepted } · حاضر { $present } (حضور { $rate }) · افراد حاضر { $people }
kpi-agenda = مسائل دستور کار { $raised } · حل‌شده { $resolved }
kpi-needs = نیازسنجی آموزشی: { $answered } از { $invited } سمن پاسخ { $answered ->
    [one] داده است
   *[other] داده‌اند
} ({ $rate })
kpi-no-needs = در این فصل دور نیازسنجی آموزشی باز نشده است.
kpi-needs-not-asked = نیازسنجی آموزشی: در این فصل از هیچ‌یک از سمن‌هایش پرسیده نشد
kpi-definitions = <i>نشستی برگزارشده شمرده می‌شود که زمانش رسیده و لغو نشده باشد. هر سمن در هر فصل یک بار شمرده می‌شود؛ نرخ حضور = سمن‌های حاضر ÷ سمن‌های دعوت‌شده.</i>
button-kpi = 📈 شاخص‌ها
button-kpi-previous = فصل قبل
button-kpi-next = فصل بعد
kpi-chart-title = تعامل با سمن‌ها — { $quarter }
kpi-chart-legend = سبز: شهرستان { $required } نشست لازم را برگزار کرده؛ قرمز: نکرده است.
kpi-col-county = شهرستان
kpi-col-held = نشست برگزارشده
kpi-col-invited = سمن دعوت‌شده
kpi-col-accepted = پذیرفته
kpi-col-present = حاضر
kpi-col-attendance = نرخ حضور
kpi-col-agenda = مسائل
kpi-col-resolved = حل‌شده
kpi-col-needs = پاسخ نیازسنجی
kpi-sheet-counties = شاخص‌ها
kpi-sheet-meetings = نشست‌ها
kpi-x-required = نشست لازم
kpi-x-held = نشست برگزارشده
kpi-x-upcoming = نشست در پیش
kpi-x-attendance = نرخ حضور (٪)
kpi-x-people = افراد حاضر
kpi-x-follow-up = نیازمند پیگیری
kpi-x-referred = ارجاع‌شده
kpi-x-needs-invited = سمن‌های پرسیده‌شده در نیازسنجی
kpi-x-needs-answered = سمن‌های پاسخ‌داده
kpi-x-needs-rate = نرخ پاسخ (٪)
kpi-x-meeting = نشست
kpi-x-starts = تاریخ و ساعت
kpi-x-status = وضعیت
kpi-x-status-held = برگزار شده
kpi-x-status-upcoming = در پیش
quarter-nudge = 📅 هنوز هیچ نشستی با سمن‌ها برای { $quarter } در { $counties } برنامه‌ریزی نشده است. هر شهرستان در هر فصل یک نشست مسئله‌محور برگزار می‌کند و این نشست در شاخص‌های عملکرد شهرستان شمرده می‌شود. همین حالا برنامه‌ریزی کنید:
quarter-missing = 📅 { $quarter }: { $count } شهرستان هنوز نشستی با سمن‌ها برنامه‌ریزی نکرده‌اند: { $counties }. به مسئولان این شهرستان‌ها یادآوری شد.
## مقایسهٔ استان‌ها (مسئولان ملی و مدیران کل، «همهٔ استان‌ها»)
kpi-all-provinces = همهٔ استان‌ها
kpi-province-met = ✅ <b>{ $province }</b>: هر { $counties } شهرستان نشست فصل را برگزار کرده‌اند ({ $held } نشست برگزار شده)
kpi-province-missed = ❌ <b>{ $province }</b>: { $met } از { $counties } شهرستان نشست فصل را برگزار کرده‌اند ({ $held } نشست برگزار شده)
kpi-col-province = استان
kpi-col-counties-met = شهرستان‌های موفق
kpi-counties-met-of = { $met } از { $total }
kpi-held-of = { $held } از { $required }
kpi-provinces-legend = سبز: همهٔ شهرستان‌های استان { $required } نشست لازم را برگزار کرده‌اند؛ قرمز: برخی نکرده‌اند. نشست‌های برگزارشده در برابر یک نشست برای هر شهرستان.
kpi-sheet-provinces = استان‌ها
kpi-x-counties = شهرستان‌ها
kpi-x-counties-met = شهرستان‌های موفق
kpi-x-resolved-rate = مسائل حل‌شده (٪)
