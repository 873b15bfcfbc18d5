## Məsul şəxslərin yoxlaması
review-new = 📥 <b>Yeni QHT yoxlama gözləyir</b> (müraciət edən: { $leader })
review-list = { $count } QHT yoxlama gözləyir:
review-none = Ərazinizdə yoxlama gözləyən QHT yoxdur.
button-approve = ✅ Təsdiqlə
button-reject = ❌ Rədd et
review-approved-toast = Təsdiqləndi.
review-approved = ✅ <b>{ $name }</b> təsdiqləndi. Rəhbərinə xəbər verildi.
review-ask-reason = <b>{ $name }</b> nə üçün rədd edilir? Rəhbər yazdığınız səbəbi oxuyacaq.
review-rejected = <b>{ $name }</b> rədd edildi. Rəhbərinə səbəb bildirildi.
ngo-approved = ✅ Şad xəbər: <b>{ $name }</b> təsdiqləndi!
    Üzvləriniz qoşula bilsin deyə bu linki onlarla paylaşın:
    { $link }
ngo-rejected = <b>{ $name }</b> üçün qeydiyyat müraciətiniz qəbul edilmədi.
    Səbəb: { $reason }
    Düzəliş edib /register ilə yenidən qeydiyyatdan keçə bilərsiniz.
review-done-by-you-VERIFIED = Siz bu QHT-ni { $at } tarixində təsdiq etdiniz.
review-done-by-you-REJECTED = Siz bu QHT-ni { $at } tarixində rədd etdiniz.
review-done-by-you-MERGED = Siz bu QHT-ni { $at } tarixində başqa qeydlə birləşdirdiniz.
review-done-by-other-VERIFIED = { $name } bu QHT-ni { $at } tarixində təsdiq etdi.
review-done-by-other-REJECTED = { $name } bu QHT-ni { $at } tarixində rədd etdi.
review-done-by-other-MERGED = { $name } bu QHT-ni { $at } tarixində başqa qeydlə birləşdirdi.
