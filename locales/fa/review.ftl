## بررسی توسط مسئولان
review-new = 📥 <b>سمن تازه‌ای در انتظار بررسی است</b> (درخواست‌دهنده: { $leader })
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
review-done-by-you-VERIFIED = شما این سمن را در { $at } تأیید کردید.
review-done-by-you-REJECTED = شما این سمن را در { $at } رد کردید.
review-done-by-you-MERGED = شما این سمن را در { $at } با پروندهٔ دیگری ادغام کردید.
review-done-by-other-VERIFIED = { $name } این سمن را در { $at } تأیید کرد.
review-done-by-other-REJECTED = { $name } این سمن را در { $at } رد کرد.
review-done-by-other-MERGED = { $name } این سمن را در { $at } با پروندهٔ دیگری ادغام کرد.
