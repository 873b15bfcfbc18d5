## سمن‌یار — فارسی. همهٔ کلیدهای این فایل در en.ftl و az.ftl هم وجود دارد (یک آزمون این را بررسی می‌کند).

yes = بله
no = خیر

## شروع و راهنما
start-greeting = سلام { $name }! من سمن‌یار هستم، پل ارتباطی سمن‌های استان با دولت.
start-visitor = اینجا سمن‌ها ثبت می‌شوند، نیازهای آموزشی خود را اعلام می‌کنند، در نشست‌های مسئله‌محور شرکت می‌کنند و از مسئولان خبر می‌گیرند. برای ثبت سمن خود دکمهٔ «ثبت سمن من» را بزنید؛ برای عضویت در یک سمن، لینک دعوتی را که مدیر آن سمن به شما داده است باز کنید.
start-member = شما عضو یک سمن هستید: اخبار، دعوت‌نامهٔ نشست‌ها و یادآوری‌های آن را همین‌جا دریافت می‌کنید.
start-leader = شما مدیر یک سمن هستید: مشخصات، اعضا و لینک دعوت آن را با دکمه‌های زیر مدیریت کنید.
start-official = شما مسئول هستید: از همین‌جا سمن‌های تازه را بررسی و سمن‌های حوزهٔ خود را پیگیری کنید.
start-superadmin = شما مدیر کل سامانه هستید: می‌توانید مسئولان را منصوب کنید و همهٔ کارهای آنان را نیز انجام دهید.
help-intro = کارهایی که اینجا می‌توانید انجام دهید:
menu-register = 📝 ثبت سمن من
menu-my-ngo = 🏢 سمن من
menu-members = 👥 اعضا
menu-invite = 🔗 لینک دعوت
menu-pending = 📥 سمن‌های در انتظار بررسی
menu-officials = 🛡 مسئولان
menu-profile = 👤 مشخصات من
menu-language = 🌐 زبان
menu-help = ❓ راهنما

cmd-start = منوی اصلی
cmd-help = کارهایی که از من برمی‌آید
cmd-register = ثبت سمن
cmd-profile = مشخصات شما و سمن‌تان
cmd-leave = خروج از سمن
cmd-language = تغییر زبان
cmd-cancel = توقف کار در جریان
cmd-invite = لینک دعوت سمن شما
cmd-members = اعضای سمن شما
cmd-pending = سمن‌های در انتظار بررسی
cmd-officials = انتصاب و برکناری مسئولان

## زبان
language-choose = زبان خود را انتخاب کنید:
language-name-fa = فارسی
language-name-az = Azərbaycanca
language-name-en = English
language-set = از این پس با شما فارسی صحبت می‌کنم.

## گفت‌وگوها به‌طور کلی
cancelled = متوقف شد و چیزی ذخیره نشد. برای دیدن منو /start را بفرستید.
nothing-to-cancel = کاری در جریان نیست که متوقف شود. برای دیدن منو /start را بفرستید.
command-in-conversation = در میانهٔ یک مرحله هستیم. به پرسش بالا پاسخ دهید یا برای توقف /cancel را بفرستید.
expected-text = لطفاً پاسخ خود را به‌صورت متن بنویسید.
expected-own-text = لطفاً به‌جای هدایت (فوروارد) پیام، پاسخ را خودتان بنویسید.
expected-buttons = لطفاً با دکمه‌های پیام بالا انتخاب کنید.
expected-contact = لطفاً دکمهٔ «ارسال شماره تلفن من» را در پایین بزنید.
expected-person = لطفاً فرد موردنظر را با دکمه انتخاب کنید، یا شناسهٔ عددی تلگرام یا نام کاربری او را (با @) بنویسید.
stale-button = این دکمه دیگر فعال نیست.
button-during-conversation = ابتدا به پرسش بالا پاسخ دهید، یا برای توقف آن /cancel را بفرستید.
button-done = پایان انتخاب ({ $count } مورد)
button-confirm = ✅ تأیید
button-cancel = انصراف
button-share-contact = 📱 ارسال شماره تلفن من
button-yes-sure = بله، مطمئنم
choose-at-least = دست‌کم { $min } مورد انتخاب کنید.
choose-at-most = حداکثر { $max } مورد می‌توانید انتخاب کنید.
invalid-too-short = خیلی کوتاه است: لطفاً دست‌کم { $min } کاراکتر بنویسید.
invalid-too-long = خیلی طولانی است ({ $length } کاراکتر): لطفاً حداکثر { $max } کاراکتر بنویسید.

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

## بررسی توسط مسئولان
review-new = 📥 <b>سمن تازه‌ای در انتظار بررسی است</b> (ثبت‌کننده: { $leader })
review-list = { $count } سمن در انتظار بررسی است:
review-none = در حوزهٔ شما هیچ سمنی در انتظار بررسی نیست.
button-approve = ✅ تأیید
button-reject = ❌ رد
review-approved-toast = تأیید شد.
review-approved = ✅ <b>{ $name }</b> تأیید شد و به مدیر آن اطلاع داده شد.
review-ask-reason = دلیل رد <b>{ $name }</b> چیست؟ مدیر سمن دلیل شما را خواهد دید.
review-rejected = <b>{ $name }</b> رد شد و دلیل آن به مدیر سمن اطلاع داده شد.
ngo-approved = ✅ خبر خوب: <b>{ $name }</b> تأیید شد!
    این لینک را برای اعضای خود بفرستید تا بتوانند عضو شوند:
    { $link }
ngo-rejected = درخواست ثبت <b>{ $name }</b> پذیرفته نشد.
    دلیل: { $reason }
    می‌توانید موارد را اصلاح کنید و با /register دوباره ثبت‌نام کنید.

## عضویت
button-join = ✅ عضویت
button-no-thanks = نه، متشکرم
join-offer = از شما برای عضویت در این سمن دعوت شده است:
join-declined = بسیار خب، عضو نشدید.
join-done = خوش آمدید! اکنون عضو <b>{ $name }</b> هستید.
member-joined = 👋 { $member } به <b>{ $name }</b> پیوست.
invite-link = لینک دعوت <b>{ $name }</b>. هر کس آن را باز کند، می‌تواند عضو شود:
    { $link }
invite-not-yet = پس از تأیید سمن شما توسط مسئولان، می‌توانید اعضا را دعوت کنید.
invite-rotated = لینک تازه ساخته شد؛ لینک قبلی دیگر کار نمی‌کند.
button-rotate-link = 🔄 لینک تازه
button-members = 👥 اعضا
members-list = اعضای <b>{ $name }</b>: { $count } نفر (صفحهٔ { $page } از { $pages }). برای مدیریت هر عضو، نام او را بزنید.
members-none = <b>{ $name }</b> هنوز عضوی ندارد. لینک دعوت خود را برای دیگران بفرستید (/invite).
member-actions = دربارهٔ { $member } چه کاری می‌خواهید انجام دهید؟
button-remove-member = حذف از سمن
button-make-leader = واگذاری مدیریت
confirm-remove-member = این عضو از سمن شما حذف شود؟
confirm-lead-member = مدیریت سمن به این عضو واگذار شود؟ شما به‌عنوان عضو باقی می‌مانید.
member-removed-done = عضو حذف شد.
member-removed = دیگر عضو <b>{ $name }</b> نیستید؛ مدیر سمن شما را حذف کرده است.
leadership-handed = مدیریت <b>{ $name }</b> واگذار شد. اکنون شما عضو آن هستید.
leadership-received = اکنون شما مدیر <b>{ $name }</b> هستید. لطفاً شماره تلفن خود را به‌عنوان شماره تماس سمن ثبت کنید: /profile و سپس «✏️ تلفن». اعضا را در /members ببینید.
leave-choose = از کدام سمن می‌خواهید خارج شوید؟
leave-confirm = از این سمن خارج می‌شوید؟
leave-done = از سمن خارج شدید.
leave-none = شما عضو هیچ سمنی نیستید.
leave-leader = شما مدیر سمن خود هستید: ابتدا مدیریت را به یکی از اعضا واگذار کنید (/members)، سپس می‌توانید خارج شوید.

## مشخصات و اطلاعات شخصی
profile-title = 👤 <b>اطلاعات شما</b>
profile-name = نام: { $value }
profile-username = نام کاربری: { $value }
profile-language = زبان: { $value }
profile-ngos = عضویت در: { $value }
profile-saved = ذخیره شد.
profile-saved-review-again = ذخیره شد. چون نام، شماره ثبت یا شهرستان تغییر کرد، مسئولان شهرستان دوباره سمن را بررسی می‌کنند؛ نتیجه را به شما خبر می‌دهم.
button-delete-me = 🗑 حذف اطلاعات من
button-yes-delete = بله، همه را حذف کن
delete-confirm = با این کار اطلاعات شما از سمن‌یار حذف می‌شود: نام، عضویت‌ها و هر نقشی که دارید. این کار برگشت‌پذیر نیست. ادامه می‌دهید؟
delete-done = اطلاعات شما حذف شد. اگر دوباره به من پیام دهید، فقط نام تلگرام شما را خواهم دانست.

## مسئولان
officials-list = 🛡 <b>مسئولان</b>
officials-none = هنوز هیچ مسئولی تعیین نشده است.
button-add-official = ➕ افزودن مسئول
button-pick-person = 👤 انتخاب فرد
scope-province = کل استان { $province }
grant-ask-person = چه کسی مسئول شود؟ او را با دکمه انتخاب کنید، یا شناسهٔ عددی تلگرام یا نام کاربری او را (با @) بنویسید. (او باید پیش‌تر این ربات را شروع کرده باشد.)
grant-person-unknown = هنوز این فرد را نمی‌شناسم. از او بخواهید /start را برای این ربات بفرستد، سپس دوباره تلاش کنید.
grant-person-found = فرد: <b>{ $name }</b>
grant-ask-scope = مسئول کدام حوزه باشد؟
grant-done = <b>{ $name }</b> به‌عنوان مسئول تعیین شد.
confirm-revoke = مسئولیت این فرد لغو شود؟
official-revoked-done = { $name } دیگر مسئول نیست.
official-granted = 🛡 شما به‌عنوان مسئول در سمن‌یار تعیین شدید. برای دیدن کارهایی که می‌توانید انجام دهید، /start را بفرستید.
official-revoked = مسئولیت شما در سمن‌یار به پایان رسید.

## عدم اجازه و خطاها
error-forbidden = شما اجازهٔ انجام این کار را ندارید.
error-not-found = این مورد دیگر پیدا نمی‌شود.
error-already-leads = شما هم‌اکنون مدیر یک سمن هستید؛ هر فرد فقط می‌تواند مدیر یک سمن باشد.
error-invalid-ngo = برخی از اطلاعات سمن معتبر نیست (خیلی طولانی یا خیلی کوتاه). لطفاً آن‌ها را ویرایش کنید و دوباره تأیید کنید.
error-duplicate-registration-number = سمنی با این شماره ثبت قبلاً ثبت شده است. اگر این سمن متعلق به شماست، با مسئولان شهرستان خود تماس بگیرید.
error-duplicate-name = سمنی با این نام قبلاً در این شهرستان ثبت شده است. اگر این سمن متعلق به شماست، با مسئولان شهرستان خود تماس بگیرید.
error-already-reviewed = مسئول دیگری پیش‌تر این سمن را بررسی کرده است.
error-review-changed = اطلاعات این سمن پس از ارسال این کارت تغییر کرده است، پس کاری انجام نشد. کارت کنونی آن را در ادامه می‌بینید.
error-not-verified = این سمن هنوز تأیید نشده است و نمی‌تواند عضو بپذیرد.
error-invite-invalid = این لینک دعوت کار نمی‌کند (شاید لینک تازه‌ای جایگزین آن شده باشد). از مدیر سمن لینک تازه بخواهید.
error-already-member = شما هم‌اکنون عضو این سمن هستید.
error-is-leader = شما مدیر این سمن هستید؛ ابتدا مدیریت را به یکی از اعضا واگذار کنید.
error-not-member = این فرد (دیگر) عضو نیست.
error-not-leader = فقط مدیر سمن می‌تواند این کار را انجام دهد.
error-person-unknown = این فرد را نمی‌شناسم؛ او باید ابتدا /start را برای این ربات بفرستد.
error-self = نمی‌توانید این کار را دربارهٔ خودتان انجام دهید.
error-member-leads-another = این عضو مدیر سمن دیگری است و هر نفر فقط می‌تواند مدیر یک سمن باشد.
error-own-ngo = شما نمی‌توانید سمنی را که خودتان ثبت کرده‌اید یا مدیر آن هستید بررسی کنید؛ مسئول دیگری این کار را انجام می‌دهد.
error-try-again = مشکلی در سمت ما پیش آمد. لطفاً کمی بعد دوباره تلاش کنید.
confirm-failed = هنگام ذخیره مشکلی در سمت ما پیش آمد. پاسخ‌های شما محفوظ است: کمی بعد دوباره دکمهٔ «تأیید» را در پایین بزنید. چیزی دو بار ذخیره نمی‌شود.
save-failed = هنگام ذخیره مشکلی در سمت ما پیش آمد. آنچه نوشتید محفوظ است: کمی بعد دکمهٔ «دوباره امتحان کن» را بزنید.
button-try-again = 🔁 دوباره امتحان کن
rate-limited = پیام‌هایتان را خیلی سریع می‌فرستید. لطفاً چند ثانیه صبر کنید.
private-only = من فقط در گفت‌وگوی خصوصی کار می‌کنم. لطفاً مستقیماً به من پیام دهید.
fallback-text = متوجه نشدم. برای دیدن منو /start و برای دیدن کارهایی که از من برمی‌آید /help را بفرستید.
fallback-unknown-command = این دستور را نمی‌شناسم. برای دیدن فهرست دستورها /help را بفرستید.
fallback-sticker = چه استیکر قشنگی! اما من فقط متن و دکمه را متوجه می‌شوم. برای دیدن منو /start را بفرستید.
fallback-forwarded = به پیام‌های هدایت‌شده (فورواردی) نیازی ندارم. برای دیدن منو /start را بفرستید.
fallback-other = از این مورد اینجا نمی‌توانم استفاده کنم. برای دیدن منو /start را بفرستید.

## خانه سمن‌ها: فهرست سمن‌ها
cmd-directory = جست‌وجوی سمن‌ها (خانه سمن‌ها)
menu-directory = 🏛 فهرست سمن‌ها
directory-intro = 🏛 <b>فهرست خانه سمن‌ها</b>
    سمن‌های تأییدشده استان را پیدا کنید:
button-dir-county = 📍 بر اساس شهرستان
button-dir-field = 🎯 بر اساس حوزه فعالیت
button-dir-name = 🔎 بر اساس نام
button-dir-all = 📋 همه
directory-choose-county = کدام شهرستان؟
directory-choose-field = کدام حوزه فعالیت؟
directory-ask-name = نام سمن یا بخشی از آن را بنویسید:
directory-results = { $count } سمن پیدا شد (صفحه { $page } از { $pages }). برای دیدن مشخصات هر سمن، آن را بزنید.
directory-none = هیچ سمن تأییدشده‌ای با این جست‌وجو پیدا نشد. جست‌وجوی دیگری انجام دهید: /directory
directory-expired = این جست‌وجو منقضی شده است. دوباره با /directory جست‌وجو کنید.
directory-forbidden = فهرست سمن‌ها برای مسئولان و اعضای سمن‌های تأییدشده باز است.
button-contact = ✉️ تماس
directory-contact = می‌توانید به { $leader }، مدیر <b>{ $name }</b>، پیام دهید.
directory-contact-closed = مدیر این سمن امکان تماس از طریق فهرست را فعال نکرده است.
button-contact-open = 🔓 تماس از طریق فهرست: باز
button-contact-closed = 🔒 تماس از طریق فهرست: بسته
contact-now-open = اکنون سمن‌های دیگر در فهرست می‌بینند چگونه با شما تماس بگیرند.
contact-now-closed = از این پس سمن‌های دیگر راه تماس با شما را در فهرست نمی‌بینند.

## خانه سمن‌ها: همکاران
cmd-partners = یافتن سمن‌های همکار
menu-partners = 🤝 یافتن همکار
partners-none = هنوز هیچ سمن تأییدشده‌ای در استان با حوزه‌های فعالیت شما مشترک نیست.
partners-list = { $count } سمن در حوزه‌های فعالیت با شما مشترک‌اند (صفحه { $page } از { $pages })، نزدیک‌ترین‌ها اول:
    📍 همان شهرستان · 🧭 شهرستان همسایه · 🗺 دیگر نقاط استان. برای دیدن هر سمن و درخواست آشنایی، آن را بزنید.
partners-nearness-county = 📍 در شهرستان شما.
partners-nearness-neighbour = 🧭 در یک شهرستان همسایه.
partners-nearness-province = 🗺 در دیگر نقاط استان.
button-ask-partner = 🤝 درخواست آشنایی
partners-sent = درخواست شما ارسال شد. امروز { $remaining } درخواست دیگر می‌توانید بفرستید.
button-accept = ✅ می‌پذیرم
button-decline = ✖️ نمی‌پذیرم
partners-accepted = پذیرفتید. اکنون شما و مدیر سمن دیگر راه تماس یکدیگر را دارید.
partners-declined = نپذیرفتید. با احترام به سمن دیگر اطلاع داده شد.
partner-request = 🤝 <b>{ $from }</b> مایل است با <b>{ $to }</b> آشنا شود (خانه سمن‌ها). اگر بپذیرید، هر دو راه تماس یکدیگر را دریافت می‌کنید.
partner-contact = 🤝 اکنون با <b>{ $name }</b> در ارتباط هستید. به مدیر آن پیام دهید: { $leader }
partner-declined = <b>{ $name }</b> این بار درخواست آشنایی شما را نپذیرفت.
error-already-partners = سمن‌های شما از پیش با هم در ارتباط‌اند.
error-already-requested = درخواستی میان سمن‌های شما در انتظار پاسخ است.
error-already-answered = به این درخواست پیش‌تر پاسخ داده شده است.
error-partner-limit = امروز به سقف مجاز درخواست‌ها ({ $limit }) رسیده‌اید. لطفاً فردا دوباره تلاش کنید.
partners-not-verified = پس از تأیید سمن شما توسط مسئولان، می‌توانید همکار پیدا کنید.

## خانه سمن‌ها: پراکندگی
cmd-coverage = نقشه سمن‌ها به تفکیک شهرستان و حوزه
coverage-title = 🗺 سمن‌های تأییدشده به تفکیک حوزه فعالیت در { $counties } شهرستان ({ $fields } حوزه).
coverage-gaps = بزرگ‌ترین خلأها (بدون هیچ سمن):
coverage-gap = • { $field }: در { $count } شهرستان از { $total } شهرستان هیچ سمنی نیست ({ $counties })
coverage-youth = سمن‌های جوانان در هر شهرستان: { $counts }
coverage-youth-none = • هنوز هیچ سمن جوانان در { $counties } نیست: جایی برای تشویق به تأسیس سمن‌های تازه.
coverage-crowded = پرتراکم‌ترین‌ها (دست‌کم { $threshold } سمن در یک حوزه و یک شهرستان — نیازمند هماهنگی):
coverage-none-crowded = • هیچ
coverage-crowded-cell = • { $county }، { $field }: { $count } سمن
button-excel = 📊 فایل اکسل
coverage-chart-title = سمن‌های تأییدشده به تفکیک حوزه و شهرستان
coverage-legend-gap = خلأ: بدون هیچ سمن
coverage-legend-crowded = پرتراکم: { $threshold } سمن یا بیشتر
coverage-sheet = پراکندگی
coverage-corner = حوزه فعالیت

## خانه سمن‌ها: تکراری‌ها
cmd-duplicates = سمن‌هایی که شاید دو بار ثبت شده‌اند
duplicates-none = در حوزه شما سمنی که دو بار ثبت شده باشد دیده نمی‌شود.
duplicates-list = { $count } جفت سمن ممکن است یک تشکل باشند که دو بار ثبت شده است (نمایش { $shown } مورد). «ادغام» سابقه قدیمی‌تر را نگه می‌دارد و اعضا را منتقل می‌کند؛ «تکراری نیست» این جفت را برای همیشه پنهان می‌کند.
duplicates-similar-name = 🔁 نام‌های بسیار مشابه در یک شهرستان:
duplicates-same-phone = 🔁 شماره تماس یکسان:
button-merge = 🔗 ادغام (نگه‌داشتن قدیمی‌تر)
button-not-duplicate = ✋ تکراری نیست
button-yes-merge = بله، ادغام شوند
duplicates-merged = در <b>{ $name }</b> ادغام شد؛ { $members } نفر به‌عنوان عضو به آن منتقل شدند.
duplicates-dismissed = ثبت شد: این جفت دیگر پیشنهاد نمی‌شود.
ngo-merged = سمن شما تکراری تشخیص داده شد و در <b>{ $name }</b> ادغام شد؛ اکنون شما عضو آن هستید. اگر اشتباهی رخ داده، با مسئولان شهرستان خود تماس بگیرید.

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
button-skip = رد شدن
skipped = رد شد
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
needs-all-counties = همه { $count } شهرستان
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
needs-closed = مهلت دوره <b>{ $title }</b> به پایان رسید و دوره بسته شد: { $answered } از { $invited } سمن پاسخ دادند.
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
needs-out-of = از { $answered } سمنی که پاسخ داده‌اند.
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
needs-chart-subtitle = { $answered } از { $invited } سمن پاسخ دادند
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
topic-ask-az = نام به ترکی آذربایجانی (یا «رد شدن» تا نام فارسی نشان داده شود):
topic-ask-en = نام به انگلیسی (یا «رد شدن» تا نام فارسی نشان داده شود):
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
survey-ask-other = نیاز آموزشی دیگری دارید که در فهرست نیست؟ بنویسید (تا { $max } نویسه) یا «رد شدن» را بزنید.
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

## پیام‌های همگانی
cmd-broadcast = فرستادن پیام به سمن‌ها
cmd-broadcasts = پیام‌های همگانی اخیر و زمان‌بندی‌شده
cmd-settings = تنظیمات شما (پیام‌های همگانی)
menu-broadcasts = 📣 پیام‌های همگانی
audience-LEADERS = فقط مدیران سمن‌ها
audience-LEADERS_AND_MEMBERS = مدیران و اعضا
broadcast-ask-message = <b>پیام همگانی تازه</b>. پیام را همان‌گونه که باید برسد بفرستید: متن (با قالب‌بندی)، یا عکس یا سند با توضیح. برای توقف /cancel بفرستید.
broadcast-ask-audience = چه کسانی آن را دریافت کنند؟
broadcast-ask-essential = آیا ضروری است؟ اعضایی که پیام‌های همگانی را بی‌صدا کرده‌اند، پیام‌های ضروری را هم دریافت می‌کنند.
broadcast-normal = عادی
broadcast-essential = ضروری: برای همه، بی‌صدا یا نه
broadcast-essential-short = ضروری
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
    سمن‌ها: { $filter }
    زمان: { $when }
    شمار گیرندگان اکنون: { $total }
    { $byCounty }
broadcast-nobody = هیچ‌کس با این انتخاب‌ها جور نیست. گیرندگان یا سمن‌ها را تغییر دهید.
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
broadcast-col-telegram-id = شناسه تلگرام
broadcast-col-county = شهرستان
broadcast-col-status = وضعیت
broadcast-col-error = خطا
delivery-FAILED = ناموفق
delivery-UNREACHABLE = در دسترس نیست (ربات را مسدود کرده)
error-broadcast-in-past = زمان پیام همگانی گذشته است؛ زمان دیگری برگزینید.
error-broadcast-state = پیام همگانی دیگر در وضعیتی نیست که این کار شدنی باشد.
settings-unmuted = 🔔 پیام‌های همگانی مسئولان به سمن شما را دریافت می‌کنید. دعوت‌نامه‌ها و یادآوری‌های نشست‌ها در هر حال به شما می‌رسند.
settings-muted = 🔕 پیام‌های همگانی بی‌صداست: فقط پیام‌های ضروری و دعوت‌نامه‌ها و یادآوری‌های نشست‌ها را دریافت می‌کنید.
button-mute = 🔕 بی‌صدا کردن پیام‌های همگانی
button-unmute = 🔔 دریافت دوباره پیام‌های همگانی
settings-leader-note = شما در جایگاه مدیر سمن، پیام‌های همگانی مسئولان به مدیران را همیشه دریافت می‌کنید.

## نشست‌ها
cmd-meetings = نشست‌هایی که به آن‌ها دعوت شده‌اید یا برگزار می‌کنید
cmd-meeting_new = برنامه‌ریزی نشست مسئله‌محور
button-new-meeting = ➕ نشست تازه
meetings-upcoming = نشست‌های پیش رو در حوزه شما:
meetings-none = هیچ نشستی در حوزه شما برنامه‌ریزی نشده است.
meetings-invited = نشست‌هایی که به آن‌ها دعوت شده‌اید:
meetings-no-invitations = اکنون دعوت‌نامه‌ای برای نشست ندارید.
meeting-new-intro = <b>نشست مسئله‌محور تازه</b>. سمن‌های شهرستان دعوت می‌شوند و از همان دعوت‌نامه پاسخ می‌دهند. برای توقف /cancel بفرستید.
meeting-ask-county = در کدام شهرستان؟
meeting-ask-title = عنوان نشست:
meeting-ask-theme = مسئله‌ای که نشست بر آن متمرکز است (تا { $max } نویسه):
meeting-ask-time = تاریخ و ساعت به تقویم هجری شمسی و وقت تهران، مثلاً { $example }:
meeting-ask-venue = کجا؟ (نام و نشانی محل)
meeting-ask-location = موقعیت محل را بفرستید (📎 ← موقعیت) تا دعوت‌شدگان نقشه داشته باشند، یا «رد شدن» را بزنید.
meeting-ask-ngos = کدام سمن‌های شهرستان دعوت شوند؟
meeting-all-ngos = همه سمن‌های تأییدشده
meeting-ask-members = چه کسانی دعوت شوند؟
meeting-summary = <b>نشست را بررسی کنید</b>
    شهرستان: { $county }
    عنوان: { $title }
    مسئله: { $theme }
    زمان: { $at }
    محل: { $venue }
    سمن‌ها: { $ngos }
    دعوت‌شدگان: { $who }
    دعوت‌نامه‌ها: { $invitedPeople } نفر از { $invitedNgos } سمن
button-edit-meeting-title = ✏️ عنوان
button-edit-meeting-theme = ✏️ مسئله
button-edit-meeting-time = ✏️ زمان
button-edit-meeting-venue = ✏️ محل
button-edit-meeting-invitees = ✏️ دعوت‌شدگان
button-edit-meeting-county = ✏️ شهرستان
meeting-created = نشست <b>{ $title }</b> برنامه‌ریزی شد؛ { $invited } دعوت‌نامه در راه است.
error-invalid-meeting = زمان نشست گذشته است یا جزئیاتش کامل نیست.
error-meeting-no-ngos = هیچ سمن تأییدشده‌ای جور نیست: کسی برای دعوت نیست.
error-meeting-not-invited = شما به این نشست دعوت نشده‌اید.
error-meeting-left-ngo = شما دیگر عضو سمنی که این دعوت برای آن بود نیستید، پس نمی‌توانید از طرف آن پاسخ دهید یا کاری انجام دهید.
error-meeting-cancelled = این نشست لغو شده است.
error-meeting-started = این نشست آغاز شده است: پاسخ‌ها بسته است.
error-check-in-over = زمان ثبت حضور این نشست گذشته است: ثبت حضور سه ساعت پس از آغاز نشست بسته می‌شود.
invalid-headcount = یک عدد صحیح از ۱ تا { $max } بنویسید.
meeting-card = 🗓 <b>{ $title }</b> — { $county }
    مسئله: { $theme }
    زمان: { $at }
    محل: { $venue }
meeting-invited = شما از سوی <b>{ $name }</b> دعوت شده‌اید:
meeting-answer-none = می‌آیید؟ با دکمه‌ها پاسخ دهید.
meeting-answer-YES = پاسخ شما: ✅ شرکت می‌کنم.
meeting-answer-NO = پاسخ شما: ❌ نمی‌توانم شرکت کنم.
meeting-answer-ngo = پاسخ { $name }: ✅ با { $count } نفر شرکت می‌کند.
meeting-answer-until = تا آغاز نشست می‌توانید آن را تغییر دهید.
meeting-answer-recorded = پاسخ ثبت شد.
button-attend = ✅ شرکت می‌کنم
button-not-attend = ❌ نمی‌توانم شرکت کنم
button-answer-for-ngo = 👥 پاسخ از سوی سمن
button-map = 📍 نقشه
meeting-ask-headcount = چند نفر از سمن شما می‌آیند؟ (۱ تا { $max })
meeting-moved = 🕒 <b>زمان نشست تغییر کرد.</b>
meeting-called-off = ✖️ <b>این نشست لغو شد.</b>
meeting-counts = دعوت‌شده: { $invited } · می‌آیند: { $yes } · نمی‌آیند: { $no } · بی‌پاسخ: { $unanswered } · نفرات اعلام‌شده از سوی مدیران: { $headcount }
button-reschedule = 🕒 تغییر زمان
button-cancel-meeting = ✖️ لغو نشست
meeting-cancel-confirm = <b>{ $title }</b> لغو شود؟ به همه دعوت‌شدگان خبر داده می‌شود.
button-yes-cancel-meeting = بله، لغو شود
meeting-cancelled-done = <b>{ $title }</b> لغو شد؛ به دعوت‌شدگان خبر داده می‌شود.
meeting-rescheduled-done = <b>{ $title }</b> اکنون در { $at } برگزار می‌شود؛ به دعوت‌شدگان خبر داده می‌شود.
meeting-reminder = ⏰ <b>یادآوری</b>
menu-meetings = 🗓 نشست‌ها
agenda-title = 📋 <b>دستور کار { $title }</b>: مسئله‌هایی که سمن‌ها می‌خواهند بررسی شود
agenda-empty = هنوز مسئله‌ای افزوده نشده است.
list-more = … و { $count } مورد دیگر.
list-not-shown = { $count } مورد را نمی‌توان اینجا نشان داد.
agenda-ask-text = نشست چه مسئله‌ای را بررسی کند؟ یک مسئله، در چند جمله (تا { $max } نویسه):
agenda-ask-field = مربوط به کدام حوزه فعالیت است؟
agenda-added = مسئله به دستور کار افزوده شد.
button-add-agenda = 📝 افزودن مسئله
button-agenda = 📋 دستور کار
error-agenda-full = سمن شما به اندازه ظرفیت یک نشست (۵) مسئله افزوده است.
button-check-in = 🔑 شروع حضور و غیاب
check-in-code = کد حضور: <b>{ $code }</b>
    آن را در سالن نشان دهید: شرکت‌کنندگان تا { $until } این شش رقم را برای ربات می‌فرستند. کسانی را که تلگرام در دسترس ندارند می‌توان از فهرست حاضر زد.
button-end-check-in = ⏹ پایان حضور و غیاب
check-in-ended = حضور و غیاب <b>{ $title }</b> بسته شد و کد آن دیگر کار نمی‌کند. حاضر: { $present } از { $invited }.
button-mark-present = ✅ ثبت حضور
present-list = حاضر: { $present } از { $invited }. برای ثبت حضور روی نام بزنید.
checked-in = ✅ حضور شما در <b>{ $title }</b> ثبت شد. خوش آمدید!
check-in-unusable = این کدی نیست که بتوانید برای ثبت حضور به کار ببرید. رقم‌هایی را که در سالن نشان داده شده بررسی کنید: کد تنها تا وقتی کار می‌کند که حضور و غیاب نشست باز است.
check-in-wait = کدهای نادرست بسیاری فرستاده‌اید. از { $at } می‌توانید دوباره تلاش کنید.
cmd-attendance = حضور و غیاب یک نشست، با خروجی
attendance-choose = یک نشست را برگزینید:
list-more-inline = { $count } مورد دیگر
attendance-view = 📋 <b>{ $title }</b> — { $at }
    دعوت‌شده: { $invited } · پذیرفته: { $yes } · نپذیرفته: { $no } · بی‌پاسخ: { $unanswered } · حاضر: { $present }

    ✅ پذیرفته: { $yesNames }
    ❌ نپذیرفته: { $noNames }
    ❔ بی‌پاسخ: { $unansweredNames }
    🙋 حاضر: { $presentNames }
attendance-col-name = نام
attendance-col-username = نام کاربری
attendance-col-ngo = سمن
attendance-col-role = نقش
attendance-col-answer = پاسخ
attendance-col-people = نفرات (پاسخ مدیر)
attendance-col-present = حضور
attendance-leader = مدیر
attendance-member = عضو
attendance-answer-YES = شرکت می‌کند
attendance-answer-NO = شرکت نمی‌کند
attendance-sheet = حضور و غیاب
outcome-RESOLVED = ✅ حل شد
outcome-FOLLOW_UP = 🔁 پیگیری
outcome-REFERRED = ↪️ ارجاع شد
outcome-ask = نشست درباره این مسئله چه کرد؟
outcome-ask-note = یادداشتی درباره آن (چه کسی، چه کاری، تا کی)، یا «رد شدن»:
outcome-recorded = نتیجه ثبت شد.

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
kpi-needs = نیازسنجی آموزشی: { $answered } از { $invited } سمن پاسخ داده‌اند ({ $rate })
kpi-no-needs = در این فصل دور نیازسنجی آموزشی باز نشده است.
kpi-definitions = <i>نشستی برگزارشده شمرده می‌شود که زمانش رسیده و لغو نشده باشد. هر سمن در هر فصل یک بار شمرده می‌شود؛ نرخ حضور = سمن‌های حاضر ÷ سمن‌های دعوت‌شده.</i>
button-kpi = 📈 شاخص‌ها
button-kpi-previous = ◀ فصل قبل
button-kpi-next = فصل بعد ▶
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
