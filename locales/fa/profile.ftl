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
