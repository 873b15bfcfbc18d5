## خانه سمن‌ها: فهرست سمن‌ها
cmd-directory = جست‌وجوی سمن‌ها (خانه سمن‌ها)
menu-directory = 🏛 فهرست سمن‌ها
directory-intro = 🏛 <b>فهرست خانه سمن‌ها</b>
    سمن‌های تأییدشده استان را پیدا کنید:
directory-intro-province = 🏛 <b>فهرست خانه سمن‌ها</b>
    سمن‌های تأییدشده استان { $province } را پیدا کنید:
directory-intro-all = 🏛 <b>فهرست خانه سمن‌ها</b>
    سمن‌های تأییدشده همهٔ استان‌ها را پیدا کنید:
button-dir-county = 📍 بر اساس شهرستان
button-dir-field = 🎯 بر اساس حوزه فعالیت
button-dir-name = 🔎 بر اساس نام
button-dir-all = 📋 همه
directory-choose-county = کدام شهرستان؟ آن را بزنید، یا نامش را بنویسید.
directory-choose-field = کدام حوزه فعالیت؟ آن را بزنید، یا نامش را بنویسید.
directory-ask-name = نام سمن یا بخشی از آن را بنویسید:
directory-results = { $count } سمن پیدا شد (صفحه { $page } از { $pages }). برای دیدن مشخصات هر سمن، آن را بزنید.
directory-none = هیچ سمن تأییدشده‌ای با این جست‌وجو پیدا نشد. جست‌وجوی دیگری انجام دهید: /directory
directory-expired = این جست‌وجو منقضی شده است. دوباره با /directory جست‌وجو کنید.
error-directory-closed = فهرست سمن‌ها برای مسئولان و اعضای سمن‌های تأییدشده باز است.
button-contact = ✉️ تماس
directory-contact = می‌توانید به { $leader }، مدیر <b>{ $name }</b>، پیام دهید.
directory-contact-closed = مدیر این سمن امکان تماس از طریق فهرست را فعال نکرده است.
button-contact-open = 🔓 تماس از طریق فهرست: باز
button-contact-closed = 🔒 تماس از طریق فهرست: بسته
contact-now-open = اکنون سمن‌های دیگر در فهرست می‌بینند چگونه با شما تماس بگیرند.
contact-now-closed = از این پس سمن‌های دیگر راه تماس با شما را در فهرست نمی‌بینند.
