## Görüşlər
cmd-meetings = Dəvət olunduğunuz və ya keçirdiyiniz görüşlər
cmd-meeting_new = Problem yönümlü görüş planlaşdırmaq
button-new-meeting = ➕ Yeni görüş
meetings-upcoming = Ərazinizdə qarşıdakı görüşlər:
meetings-none = Ərazinizdə planlaşdırılmış görüş yoxdur.
meetings-invited = Dəvət olunduğunuz görüşlər:
meetings-no-invitations = Hazırda görüş dəvətiniz yoxdur.
meeting-new-intro = <b>Yeni problem yönümlü görüş</b>. Rayonun QHT-ləri dəvət olunur və dəvətnamədən cavab verir. Dayandırmaq üçün /cancel göndərin.
meeting-ask-county = Hansı rayonda? Onu basın və ya adını yazın.
meeting-nobody-to-invite = Hələ dəvət ediləcək kimsə yoxdur: { $counties ->
    [one] şəhristanınızda
   *[other] şəhristanlarınızda
} heç bir QHT təsdiqlənməyib. QHT-lər təsdiqləndikdən sonra (/pending) görüş planlaşdırmaq olar.
meeting-county-empty = { $county } şəhristanında hələ təsdiqlənmiş QHT yoxdur, ona görə oradan kimsəni dəvət etmək olmaz. Başqa şəhristan seçin.
meeting-ask-title = Görüşün adı:
meeting-ask-theme = Görüşün mərkəzində olan problem ({ $max } simvola qədər):
meeting-ask-time = Hicri-şəmsi təqvimi və Tehran vaxtı ilə tarix və saat, məsələn { $example }:
meeting-ask-venue = Harada? (yerin adı və ünvanı)
meeting-ask-location = Dəvətlilər xəritə alsın deyə yerin məkanını göndərin (📎 → Məkan), və ya "Keç".
meeting-ask-ngos = Rayonun hansı QHT-ləri dəvət olunsun?
meeting-all-ngos = Bütün təsdiqlənmiş QHT-lər
meeting-ask-members = Kimlər dəvət olunsun?
meeting-summary = <b>Görüşü yoxlayın</b>
    Rayon: { $county }
    Ad: { $title }
    Problem: { $theme }
    Nə vaxt: { $at }
    Harada: { $venue }
    QHT-lər: { $ngos }
    Dəvət olunanlar: { $who }
    Dəvətnamələr: { $invitedNgos } QHT-dən { $invitedPeople } nəfər
button-edit-meeting-title = ✏️ Ad
button-edit-meeting-theme = ✏️ Problem
button-edit-meeting-time = ✏️ Vaxt
button-edit-meeting-venue = ✏️ Yer
button-edit-meeting-invitees = ✏️ Dəvətlilər
button-edit-meeting-county = ✏️ Rayon
meeting-created = <b>{ $title }</b> görüşü planlaşdırıldı; { $invited } dəvətnamə yoldadır.
error-invalid-meeting = Görüşün vaxtı keçib və ya məlumatları natamamdır.
error-meeting-no-ngos = Uyğun təsdiqlənmiş QHT yoxdur: dəvət ediləcək kimsə yoxdur.
error-meeting-not-invited = Bu görüşə dəvət olunmamısınız.
error-meeting-left-ngo = Bu dəvətin aid olduğu QHT-də artıq yoxsunuz, ona görə onun adından cavab verə və ya iş görə bilməzsiniz.
error-meeting-cancelled = Bu görüş ləğv edilib.
error-meeting-started = Bu görüş artıq başlayıb: cavablar bağlıdır.
error-check-in-over = Bu görüşün qeydiyyat vaxtı bitib: qeydiyyat görüş başlayandan üç saat sonra bağlanır.
invalid-headcount = 1-dən { $max }-ə qədər tam ədəd yazın.
meeting-card = 🗓 <b>{ $title }</b> — { $county }
    Problem: { $theme }
    Nə vaxt: { $at }
    Harada: { $venue }
meeting-invited = <b>{ $name }</b> vasitəsilə dəvət olunmusunuz:
meeting-answer-none = Gələcəksiniz? Düymələrlə cavab verin.
meeting-answer-YES = Cavabınız: ✅ İştirak edəcəyəm.
meeting-answer-NO = Cavabınız: ❌ İştirak edə bilmərəm.
meeting-answer-ngo = { $name } QHT-nin cavabı: ✅ { $count } nəfərlə iştirak edir.
meeting-answer-until = Görüş başlayana qədər dəyişə bilərsiniz.
meeting-answer-recorded = Cavab qeydə alındı.
button-attend = ✅ İştirak edəcəyəm
button-not-attend = ❌ İştirak edə bilmərəm
button-answer-for-ngo = 👥 QHT adından cavab
button-map = 📍 Xəritə
meeting-ask-headcount = QHT-nizdən neçə nəfər gələcək? (1-dən { $max }-ə qədər)
meeting-moved = 🕒 <b>Görüşün vaxtı dəyişdi.</b>
meeting-called-off = ✖️ <b>Bu görüş ləğv edildi.</b>
meeting-counts = Dəvət olunub: { $invited } · Gələcək: { $yes } · Gəlməyəcək: { $no } · Cavabsız: { $unanswered } · Rəhbərlərin bildirdiyi nəfər: { $headcount }
button-reschedule = 🕒 Vaxtı dəyişmək
button-cancel-meeting = ✖️ Görüşü ləğv etmək
meeting-cancel-confirm = <b>{ $title }</b> ləğv edilsin? Bütün dəvətlilərə xəbər veriləcək.
button-yes-cancel-meeting = Bəli, ləğv edilsin
meeting-cancelled-done = <b>{ $title }</b> ləğv edildi; dəvətlilərə xəbər verilir.
meeting-rescheduled-done = <b>{ $title }</b> indi { $at } keçirilir; dəvətlilərə xəbər verilir.
meeting-reminder = ⏰ <b>Xatırlatma</b>
menu-meetings = 🗓 Görüşlər
agenda-title = 📋 <b>{ $title } gündəliyi</b>: QHT-lərin müzakirə olunmasını istədiyi problemlər
agenda-empty = Hələ problem əlavə olunmayıb.
list-more = … və daha { $count }.
list-not-shown = Onlardan { $count } burada göstərilə bilmədi.
agenda-ask-text = Görüş hansı problemi müzakirə etsin? Bir problem, bir neçə cümlə ilə ({ $max } simvola qədər):
agenda-ask-field = Hansı fəaliyyət sahəsinə aiddir?
agenda-added = Problem gündəliyə əlavə olundu.
button-add-agenda = 📝 Problem əlavə etmək
button-agenda = 📋 Gündəlik
error-agenda-full = QHT-niz bir görüşün qəbul etdiyi qədər (5) problem əlavə edib.
button-check-in = 🔑 Qeydiyyatı başlatmaq
check-in-code = Qeydiyyat kodu: <b>{ $code }</b>
    Onu zalda göstərin: iştirakçılar { $until } vaxtınadək bu altı rəqəmi bota göndərir. Telegramı əlində olmayanları siyahıdan iştirakçı kimi qeyd etmək olar.
button-end-check-in = ⏹ Qeydiyyatı bitirmək
check-in-ended = <b>{ $title }</b> üçün qeydiyyat bağlandı: kodu artıq işləmir. İştirak edir: { $invited } nəfərdən { $present }.
button-mark-present = ✅ İştirakı qeyd etmək
present-list = İştirak edir: { $invited } nəfərdən { $present }. Qeyd etmək üçün ada basın.
checked-in = ✅ <b>{ $title }</b> görüşündə qeydiyyatdan keçdiniz. Xoş gəlmisiniz!
check-in-unusable = Bu, istifadə edə biləcəyiniz qeydiyyat kodu deyil. Zalda göstərilən rəqəmləri yoxlayın: kod yalnız görüşün qeydiyyatı açıq olduqda işləyir.
check-in-wait = İstifadə oluna bilməyən çoxlu kod göndərdiniz. { $at } vaxtından yenidən cəhd edə bilərsiniz.
cmd-attendance = Görüşün iştirakı, ixracla
attendance-choose = Görüş seçin:
list-more-inline = daha { $count }
attendance-view = 📋 <b>{ $title }</b> — { $at }
    Dəvət olunub: { $invited } · Qəbul edib: { $yes } · İmtina edib: { $no } · Cavabsız: { $unanswered } · İştirak edib: { $present }

    ✅ Qəbul edib: { $yesNames }
    ❌ İmtina edib: { $noNames }
    ❔ Cavabsız: { $unansweredNames }
    🙋 İştirak edib: { $presentNames }
attendance-col-name = Ad
attendance-col-username = İstifadəçi adı
attendance-col-ngo = QHT
attendance-col-role = Rol
attendance-col-answer = Cavab
attendance-col-people = Nəfər (rəhbərin cavabı)
attendance-col-present = İştirak
attendance-leader = Rəhbər
attendance-member = Üzv
attendance-answer-YES = İştirak edir
attendance-answer-NO = İştirak etmir
attendance-sheet = İştirak
outcome-RESOLVED = ✅ Həll olundu
outcome-FOLLOW_UP = 🔁 İzləmə
outcome-REFERRED = ↪️ Yönləndirildi
outcome-ask = Görüş bu problemlə bağlı nə etdi?
    «{ $problem }»
outcome-ask-note = Bu barədə qeyd (kim, nə, nə vaxta qədər), və ya «Keç»:
outcome-recorded = Nəticə qeydə alındı.
