## ثبت سمن
register-intro = <b>ثبت سمن شما</b>
    ده پرسش کوتاه از شما می‌پرسم. در پایان می‌توانید همه‌چیز را بازبینی کنید و هر زمان خواستید با /cancel کار را متوقف کنید.
ask-name = نام کامل سمن چیست؟
ask-registration-number = شماره ثبت سمن چیست؟
ask-authority = کدام مرجع آن را ثبت کرده است؟ (برای نمونه: استانداری، وزارت ورزش و جوانان، سازمان بهزیستی)
ask-province = در کدام استان؟
ask-county = سمن در کدام شهرستان مستقر است؟
ask-fields = در چه حوزه‌هایی فعالیت می‌کند؟ حداکثر { $max } مورد انتخاب کنید و سپس «پایان انتخاب» را بزنید.
ask-founded = در چه سالی تأسیس شده است؟ (سال شمسی، برای نمونه ۱۳۹۸؛ حداکثر { $max })
ask-members = چند عضو دارد؟
ask-youth = آیا سمن جوانان است؟
ask-phone = لطفاً شماره تلفن خود را با دکمهٔ زیر ارسال کنید؛ مسئولان برای تماس با سمن از آن استفاده می‌کنند.
ask-description = فعالیت‌های سمن را در چند جمله شرح دهید (حداکثر { $max } کاراکتر).
contact-not-own = این شمارهٔ شخص دیگری است. لطفاً شمارهٔ خودتان را با دکمه ارسال کنید.
contact-received = متشکرم، شمارهٔ شما دریافت شد.
invalid-name = نام باید شامل حروف باشد. لطفاً نام سمن را بنویسید.
invalid-registration-number = شماره ثبت از ۳ تا ۲۰ حرف و رقم تشکیل می‌شود و دست‌کم یکی از آن‌ها باید رقم باشد. لطفاً دوباره بنویسید.
invalid-year = لطفاً یک سال شمسی بین { $min } و { $max } بنویسید؛ برای نمونه ۱۳۹۸.
invalid-member-count = لطفاً یک عدد صحیح بین ۱ و { $max } بنویسید.
register-summary = <b>لطفاً مشخصات سمن خود را بررسی کنید</b>
    برای ویرایش هر مورد، دکمهٔ آن را بزنید؛ یا با «تأیید» مشخصات را برای بررسی بفرستید.
edit-name = ✏️ نام
edit-registrationNumber = ✏️ شماره ثبت
edit-registeringAuthority = ✏️ مرجع ثبت
edit-countyId = ✏️ شهرستان
edit-fieldIds = ✏️ حوزه‌های فعالیت
edit-foundedYear = ✏️ سال تأسیس
edit-memberCount = ✏️ تعداد اعضا
edit-isYouth = ✏️ سمن جوانان
edit-contactPhone = ✏️ تلفن
edit-description = ✏️ توضیحات
register-done = سپاسگزاریم! <b>{ $name }</b> ثبت شد و در انتظار بررسی مسئولان شهرستان خود است. به‌محض تصمیم‌گیری، به شما خبر می‌دهم.
register-already-leads = شما هم‌اکنون مدیر { $name } هستید. هر فرد فقط می‌تواند مدیر یک سمن باشد.
register-already-leads-short = شما هم‌اکنون مدیر یک سمن هستید؛ /profile را ببینید.

ngo-field-registration-number = شماره ثبت: { $value }
ngo-field-authority = مرجع ثبت: { $value }
ngo-field-county = شهرستان: { $value }
ngo-field-fields = حوزه‌های فعالیت: { $value }
ngo-field-founded = سال تأسیس: { $value }
ngo-field-members = تعداد اعضا: { $value }
ngo-field-youth = سمن جوانان: { $value }
ngo-field-phone = تلفن: { $value }
ngo-field-description = دربارهٔ سمن: { $value }
ngo-status-pending = وضعیت: در انتظار بررسی (از { $date })
ngo-status-verified = وضعیت: ✅ تأییدشده (در تاریخ { $date })
ngo-status-rejected = وضعیت: ردشده (در تاریخ { $date })
