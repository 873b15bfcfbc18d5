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
error-partners-not-verified = پس از تأیید سمن شما توسط مسئولان، می‌توانید همکار پیدا کنید.
