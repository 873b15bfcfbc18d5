## مسئولان
officials-list = 🛡 <b>مسئولان</b>
officials-none = هنوز هیچ مسئولی تعیین نشده است.
button-add-official = ➕ افزودن مسئول
button-pick-person = 👤 انتخاب فرد
scope-province = کل استان { $province }
scope-national = 🌐 همهٔ استان‌ها (مسئول ملی)
grant-ask-person = چه کسی مسئول شود؟ او را با دکمه انتخاب کنید، یا شناسهٔ عددی تلگرام یا نام کاربری او را (با @) بنویسید. (او باید پیش‌تر این ربات را شروع کرده باشد.)
grant-person-unknown = هنوز این فرد را نمی‌شناسم. از او بخواهید /start را برای این ربات بفرستد، سپس دوباره تلاش کنید.
grant-person-found = فرد: <b>{ $name }</b>
grant-ask-scope = مسئول کدام حوزه باشد؟
grant-done = <b>{ $name }</b> به‌عنوان مسئول تعیین شد.
confirm-revoke = مسئولیت این فرد لغو شود؟
official-revoked-done = { $name } دیگر مسئول نیست.
official-granted = 🛡 شما به‌عنوان مسئول در سمن‌یار تعیین شدید. برای دیدن کارهایی که می‌توانید انجام دهید، /start را بفرستید.
official-revoked = مسئولیت شما در سمن‌یار به پایان رسید.
