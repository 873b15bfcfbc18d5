## Kütləvi mesajlar
cmd-broadcast = QHT-lərə mesaj göndərmək
cmd-broadcasts = Son və planlaşdırılmış kütləvi mesajlar
menu-broadcasts = 📣 Kütləvi mesajlar
audience-LEADERS = Yalnız rəhbərlər
audience-LEADERS_AND_MEMBERS = Rəhbərlər və üzvlər
broadcast-ask-message = <b>Yeni kütləvi mesaj</b>. Mesajı çatmalı olduğu kimi göndərin: mətn (formatla), və ya izahlı şəkil ya sənəd. Dayandırmaq üçün /cancel göndərin.
broadcast-ask-audience = Kimlər alsın?
broadcast-ask-essential = Vacibdirmi? Kütləvi mesajları səssizə qoyan üzvlər vacib mesajları da alır.
broadcast-normal = Adi
broadcast-essential = Vacib: hamıya, səssiz olsa da
broadcast-ask-filter = Hansı QHT-lər?
broadcast-to-all = Bütün təsdiqlənmiş QHT-lər
broadcast-to-county = Şəhristanlara görə
broadcast-to-field = Fəaliyyət sahəsinə görə
broadcast-to-youth = Yalnız gənclər QHT-ləri
broadcast-ask-counties = Şəhristanları seçin:
broadcast-ask-fields = Fəaliyyət sahələrini seçin:
broadcast-ask-when = Nə vaxt göndərilsin?
broadcast-now = İndi
broadcast-later = Sonra
broadcast-ask-time = Hicri-şəmsi təqvimi ilə tarix və saat, Tehran vaxtı, məsələn { $example }:
invalid-date-time = Bunu oxuya bilmirəm. Tarixi və saatı il/ay/gün saat:dəqiqə şəklində yazın, məsələn 1405/09/20 10:30.
invalid-time-past = Bu vaxt keçib. Gələcəkdə bir vaxt seçin.
invalid-time-far = Kütləvi mesaj ən çoxu { $days } gün qabağa planlaşdırıla bilər.
invalid-meeting-time-far = Görüş ən çoxu { $days } gün qabağa planlaşdırıla bilər.
broadcast-preview-intro = Onlara məhz bu çatacaq:
broadcast-summary = <b>Kütləvi mesajı yoxlayın</b>
    Kimə: { $audience }
    Növ: { $kind }
    QHT-lər: { $filter }
    Nə vaxt: { $when }
    İndiki alıcılar: { $total }
    { $byCounty }
broadcast-kind-essential = ❗ Vacib: kütləvi mesajları səssizə qoyanlar da daxil, bütün üzvlər alır
broadcast-kind-normal = Adi: kütləvi mesajları səssizə qoyan üzvlər almır
broadcast-kind-normal-leaders = Adi (rəhbərlər bütün kütləvi mesajları alır)
broadcast-nobody = Bu seçimlərə uyğun kimsə yoxdur. Alıcıları və ya QHT-ləri dəyişin.
broadcast-nobody-in-area = Hələ göndəriləcək kimsə yoxdur: ərazinizdə heç bir QHT təsdiqlənməyib. Kütləvi mesajlar QHT-lər məsul şəxslər tərəfindən təsdiqləndikdən sonra (/pending) onlara çatır.
button-edit-audience = ✏️ Alıcılar
button-edit-recipients = ✏️ QHT-lər
button-edit-when = ✏️ Vaxt
button-cancel-broadcast = ✖️ Kütləvi mesajı ləğv etmək
button-pause = ⏸ Fasilə
button-resume = ▶️ Davam
button-failed-list = 📄 Çatmayanlar (CSV)
button-new-broadcast = ➕ Yeni kütləvi mesaj
broadcast-no-text = (şəkil və ya sənəd)
broadcast-status-SCHEDULED = 🕒 { $at } üçün planlaşdırılıb
broadcast-status-SENDING = 🚀 Göndərilir…
broadcast-status-PAUSED = ⏸ Fasilədə
broadcast-status-DONE = ✅ Bitdi
broadcast-status-CANCELLED = ✖️ Ləğv edildi
broadcast-counts = Göndərilib: { $sent } · Uğursuz: { $failed } · Əlçatmaz: { $unreachable } · Qalıb: { $left }
broadcast-messenger-counts = • { $messenger }: göndərilib { $sent } · çatdırılmayıb { $missed } · qalıb { $left }
broadcast-cancelled-count = Göndərilməyib (ləğv): { $count }
broadcast-eta = Təxminən { $time } qalıb.
broadcast-took = { $time } çəkdi.
duration-minutes = { $minutes } dəq { $seconds } san
duration-seconds = { $seconds } san
broadcast-paused = Fasilə verildi.
broadcast-resumed = Davam edir.
broadcast-cancelled = Ləğv edildi.
broadcasts-list = Son və planlaşdırılmış kütləvi mesajlar (🕒 planlaşdırılıb, 🚀 göndərilir, ⏸ fasilədə, ✅ bitib, ✖️ ləğv edilib):
broadcasts-none = Sizin ərazinizdə hələ kütləvi mesaj göndərilməyib.
broadcast-col-name = Ad
broadcast-col-username = İstifadəçi adı
broadcast-col-messenger = Messencer
broadcast-col-user-id = Messencerdəki istifadəçi id-si
messenger-TELEGRAM = Telegram
messenger-BALE = Bale
broadcast-col-county = Şəhristan
broadcast-col-status = Vəziyyət
broadcast-col-error = Xəta
delivery-FAILED = Uğursuz
delivery-UNREACHABLE = Əlçatmaz (botu bloklayıb)
error-broadcast-in-past = Kütləvi mesajın vaxtı keçib; başqa vaxt seçin.
error-broadcast-state = Kütləvi mesaj artıq bunun mümkün olduğu vəziyyətdə deyil.
