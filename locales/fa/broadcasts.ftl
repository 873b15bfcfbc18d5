## پیام‌های همگانی
cmd-broadcast = فرستادن پیام به سمن‌ها
cmd-broadcasts = پیام‌های همگانی اخیر و زمان‌بندی‌شده
menu-broadcasts = 📣 پیام‌های همگانی
audience-LEADERS = فقط مدیران سمن‌ها
audience-LEADERS_AND_MEMBERS = مدیران و اعضا
broadcast-ask-message = <b>پیام همگانی تازه</b>. پیام را همان‌گونه که باید برسد بفرستید: متن (با قالب‌بندی)، یا عکس یا سند با توضیح. برای توقف /cancel بفرستید.
broadcast-ask-audience = چه کسانی آن را دریافت کنند؟
broadcast-ask-essential = آیا ضروری است؟ اعضایی که پیام‌های همگانی را بی‌صدا کرده‌اند، پیام‌های ضروری را هم دریافت می‌کنند.
broadcast-normal = عادی
broadcast-essential = ضروری: برای همه، بی‌صدا یا نه
broadcast-ask-filter = کدام سمن‌ها؟
broadcast-to-all = همه سمن‌های تأییدشده
broadcast-to-county = به تفکیک شهرستان
broadcast-to-field = به تفکیک حوزه فعالیت
broadcast-to-youth = فقط سمن‌های جوانان
broadcast-ask-counties = شهرستان‌ها را برگزینید:
broadcast-ask-fields = حوزه‌های فعالیت را برگزینید:
broadcast-ask-when = کی فرستاده شود؟
broadcast-now = همین حالا
broadcast-later = بعداً
broadcast-ask-time = تاریخ و ساعت به تقویم هجری شمسی و وقت تهران، مثلاً { $example }:
invalid-date-time = نمی‌توانم آن را بخوانم. تاریخ و ساعت را به شکل سال/ماه/روز ساعت:دقیقه بنویسید، مثلاً ۱۴۰۵/۰۹/۲۰ ۱۰:۳۰.
invalid-time-past = این زمان گذشته است. زمانی در آینده برگزینید.
invalid-time-far = پیام همگانی را حداکثر { $days } روز جلوتر می‌توان زمان‌بندی کرد.
invalid-meeting-time-far = نشست را حداکثر { $days } روز جلوتر می‌توان زمان‌بندی کرد.
broadcast-preview-intro = دقیقاً همین به دستشان می‌رسد:
broadcast-summary = <b>پیام همگانی را بررسی کنید</b>
    گیرندگان: { $audience }
    نوع: { $kind }
    سمن‌ها: { $filter }
    زمان: { $when }
    شمار گیرندگان اکنون: { $total }
    { $byCounty }
broadcast-kind-essential = ❗ ضروری: به همه اعضا می‌رسد، حتی آنان که پیام‌های همگانی را بی‌صدا کرده‌اند
broadcast-kind-normal = عادی: به اعضایی که پیام‌های همگانی را بی‌صدا کرده‌اند نمی‌رسد
broadcast-kind-normal-leaders = عادی (مدیران همه پیام‌های همگانی را دریافت می‌کنند)
broadcast-nobody = هیچ‌کس با این انتخاب‌ها جور نیست. گیرندگان یا سمن‌ها را تغییر دهید.
broadcast-nobody-in-area = هنوز کسی برای دریافت پیام نیست: هیچ سمنی در حوزهٔ شما تأیید نشده است. پیام همگانی پس از تأیید سمن‌ها به دست مسئولان (/pending) به آن‌ها می‌رسد.
button-edit-audience = ✏️ گیرندگان
button-edit-recipients = ✏️ سمن‌ها
button-edit-when = ✏️ زمان
button-cancel-broadcast = ✖️ لغو پیام همگانی
button-pause = ⏸ مکث
button-resume = ▶️ ادامه
button-failed-list = 📄 نرسیده‌ها (CSV)
button-new-broadcast = ➕ پیام همگانی تازه
broadcast-no-text = (عکس یا سند)
broadcast-status-SCHEDULED = 🕒 زمان‌بندی‌شده برای { $at }
broadcast-status-SENDING = 🚀 در حال فرستادن…
broadcast-status-PAUSED = ⏸ در مکث
broadcast-status-DONE = ✅ پایان یافت
broadcast-status-CANCELLED = ✖️ لغو شد
broadcast-counts = فرستاده: { $sent } · ناموفق: { $failed } · در دسترس نیست: { $unreachable } · مانده: { $left }
broadcast-messenger-counts = • { $messenger }: فرستاده { $sent } · نرسیده { $missed } · مانده { $left }
broadcast-cancelled-count = فرستاده‌نشده (لغو): { $count }
broadcast-eta = حدود { $time } مانده است.
broadcast-took = { $time } طول کشید.
duration-minutes = { $minutes } دقیقه و { $seconds } ثانیه
duration-seconds = { $seconds } ثانیه
broadcast-paused = مکث شد.
broadcast-resumed = ادامه یافت.
broadcast-cancelled = لغو شد.
broadcasts-list = پیام‌های همگانی اخیر و زمان‌بندی‌شده (🕒 زمان‌بندی‌شده، 🚀 در حال فرستادن، ⏸ در مکث، ✅ پایان‌یافته، ✖️ لغوشده):
broadcasts-none = هنوز هیچ پیام همگانی در حوزه شما فرستاده نشده است.
broadcast-col-name = نام
broadcast-col-username = نام کاربری
broadcast-col-messenger = پیام‌رسان
broadcast-col-user-id = شناسه کاربر در پیام‌رسان
messenger-TELEGRAM = تلگرام
messenger-BALE = بله
broadcast-col-county = شهرستان
broadcast-col-status = وضعیت
broadcast-col-error = خطا
delivery-FAILED = ناموفق
delivery-UNREACHABLE = در دسترس نیست (ربات را مسدود کرده)
error-broadcast-in-past = زمان پیام همگانی گذشته است؛ زمان دیگری برگزینید.
error-broadcast-state = پیام همگانی دیگر در وضعیتی نیست که این کار شدنی باشد.
