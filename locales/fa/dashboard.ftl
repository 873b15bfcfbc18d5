## داشبورد وب مسئولان: ‎/dashboard در بات و صفحه‌های آن
cmd-dashboard = داشبورد وب: شاخص‌ها، سمن‌ها و پوشش در مرورگر
cmd-dashboard_logout = خروج از داشبورد وب در همه‌جا
menu-dashboard = 📊 داشبورد
dashboard-link-message = 📊 <b>داشبورد</b>: شاخص‌های فصل، سمن‌های منتظر بررسی و نقشهٔ پوشش، پشت میز کار.
    دکمهٔ ورود فقط یک بار و تا ۱۰ دقیقه کار می‌کند؛ پس از ورود، نشست ۸ ساعت باز می‌ماند. آن را برای کسی نفرستید.
button-dashboard-browser = 🖥 باز کردن در مرورگر
button-dashboard-mini-app = 📊 باز کردن همین‌جا
dashboard-not-set-up = داشبورد وب هنوز روی این سرور راه‌اندازی نشده است (DASHBOARD_URL).
dashboard-logged-out = { $count ->
    [0] نشست بازی در داشبورد نداشتید.
    [one] نشست شما در داشبورد بسته شد.
   *[other] { $count } نشست شما در داشبورد بسته شد.
}
dashboard-title = داشبورد سامانیار
dashboard-nav-indicators = شاخص‌ها
dashboard-nav-ngos = سمن‌ها
dashboard-nav-broadcasts = پیام‌های همگانی
dashboard-nav-meetings = نشست‌ها
dashboard-meetings-upcoming = پیش رو ({ $count })
dashboard-meetings-past = آخرین نشست‌های گذشته ({ $count })
dashboard-meetings-none = هیچ.
dashboard-calendar = تقویم
dashboard-month-previous = ماه قبل
dashboard-month-next = ماه بعد
dashboard-calendar-today = امروز
dashboard-meeting-when = زمان
dashboard-meeting-venue = مکان
dashboard-meeting-cancelled = لغو شد
dashboard-meeting-answers = دعوت‌شده: { $invited } · می‌آیند: { $yes } · نمی‌آیند: { $no } · بی‌پاسخ: { $unanswered } · شمار نفرات: { $headcount }
dashboard-nav-coverage = پوشش
dashboard-sign-out = خروج
dashboard-how-to-sign-in = برای ورود، ‎/dashboard را به بات سامانیار بفرستید و دکمه‌ای را که می‌دهد بزنید.
dashboard-back = بازگشت به داشبورد
dashboard-signed-in = وارد شدید: داشبورد را باز کنید.
dashboard-signed-out = از داشبورد خارج شدید.
dashboard-mini-app-opening = در حال باز کردن داشبورد…
dashboard-too-many-attempts = تلاش‌های ورود از این نشانی بیش از اندازه بوده است. ده دقیقه صبر کنید و دوباره امتحان کنید.
dashboard-link-invalid = این پیوند ورود پیش‌تر به کار رفته یا بیش از ۱۰ دقیقه از آن گذشته است.
dashboard-officials-only = داشبورد فقط برای مسئولان است.
dashboard-mini-app-invalid = ورود از پیام‌رسان تأیید نشد یا بیش از یک روز از آن گذشته است. داشبورد را ببندید و دوباره از بات باز کنید.
dashboard-sign-in = وارد نشده‌اید یا نشست شما به پایان رسیده است.
dashboard-form-expired = این فرم منقضی شده است. برگردید، صفحه را دوباره بارگذاری کنید و باز امتحان کنید.
dashboard-not-found = چنین صفحه‌ای وجود ندارد.
dashboard-unavailable = داشبورد اکنون نمی‌تواند پاسخ دهد. کمی بعد دوباره امتحان کنید.
dashboard-excel = ⬇ اکسل
dashboard-map = نقشهٔ شهرستان‌ها: { $indicator }
dashboard-trend = چهار فصل اخیر: { $county }
dashboard-kpi-definitions = نشستی برگزارشده به شمار می‌آید که آغاز شده و لغو نشده باشد. هر سمن در هر فصل یک بار شمرده می‌شود؛ نرخ حضور = سمن‌های حاضر ÷ سمن‌های دعوت‌شده. هر شهرستان باید در هر فصل یک نشست برگزار کند (✅ برگزار شد، ❌ هنوز نه).
dashboard-ngo-county = شهرستان
dashboard-ngo-fields = حوزه‌های فعالیت
dashboard-ngo-registration = شمارهٔ ثبت
dashboard-ngo-members = اعضا
dashboard-ngo-youth = سمن جوانان
dashboard-ngo-leader = مسئول
dashboard-reject-reason = دلیل رد
dashboard-all-fields = همهٔ حوزه‌ها
dashboard-filter-youth = سمن‌های جوانان
dashboard-youth-any = همهٔ سمن‌ها
dashboard-youth-only = فقط سمن‌های جوانان
dashboard-youth-not = جز سمن‌های جوانان
dashboard-filter-status = وضعیت
dashboard-filter = نمایش
dashboard-page = صفحهٔ { $page } از { $pages }
dashboard-page-previous = ▶ قبلی
dashboard-page-next = بعدی ◀
dashboard-approved = سمن تأیید شد؛ به مسئول آن خبر داده می‌شود.
dashboard-rejected = سمن رد شد؛ دلیل آن به مسئولش گفته می‌شود.
dashboard-pending = در انتظار بررسی ({ $count })
dashboard-directory = فهرست سمن‌ها ({ $count })
dashboard-coverage-legend = سمن‌های تأییدشده در هر شهرستان و حوزه. خانهٔ خط‌چین هیچ سمنی ندارد (خلأ)؛ خانه‌ای با { $crowded } سمن یا بیشتر شلوغ است. برای دیدن سمن‌های یک خانه آن را بزنید.
dashboard-cell = { $field } در { $county }: { $count } سمن
dashboard-cell-all = همهٔ آن‌ها در فهرست سمن‌ها
dashboard-nav-needs = نیازهای آموزشی
dashboard-needs-rounds = دوره‌های نیازسنجی (🟢 باز، ⚪️ بسته)
dashboard-needs-rate = نرخ پاسخ
dashboard-needs-demand = تقاضا: جمع اولویتی که سمن‌های خواهان هر موضوع به آن داده‌اند (زیاد = ۳، متوسط = ۲، کم = ۱).
public-title = سمن‌ها و دولت در استان { $province }
public-intro = همکاری دولت استان با سمن‌ها، با آمار هر شهرستان. در این صفحه فقط شمار منتشر می‌شود و نام هیچ سمن یا شخصی نمی‌آید.
public-language-fa = فارسی
public-language-az = Azərbaycanca
public-language-en = English
public-ngos = سمن‌های تأییدشده به تفکیک شهرستان و حوزهٔ فعالیت
public-meetings = نشست‌های مسئله‌محور برگزارشده در هر شهرستان
public-meetings-target = هر شهرستان باید در هر فصل { $required ->
    [one] یک نشست
   *[other] { $required } نشست
} با سمن‌هایش برگزار کند (✅ برگزار شد، ❌ هنوز نه).
public-needs = نیازسنجی آموزشی: پاسخ سمن‌های دعوت‌شده به دوره‌هایی که از { $from } تا { $to } آغاز شدند
dashboard-duplicates = احتمالاً تکراری ({ $count })
dashboard-status-PENDING = در انتظار بررسی
dashboard-status-VERIFIED = تأییدشده
dashboard-status-REJECTED = ردشده
dashboard-merge-confirm = این دو ادغام شوند؟ سابقهٔ قدیمی‌تر می‌ماند؛ سابقهٔ جدیدتر بسته می‌شود و اعضایش به قدیمی‌تر منتقل می‌شوند. این کار را اینجا نمی‌توان برگرداند.
dashboard-merged = ادغام شد: سابقهٔ قدیمی‌تر ماند و اعضا به آن منتقل شدند؛ به مسئول سابقهٔ جدیدتر خبر داده می‌شود.
dashboard-meeting-present = حاضر: { $present }
dashboard-meeting-agenda = دستور جلسه و نتیجه‌ها

## The province shown (national officials and superadmins)
dashboard-province = استان:
dashboard-province-show = نمایش
