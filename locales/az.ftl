## Samanyar — Azərbaycanca. Buradakı hər açar en.ftl və fa.ftl fayllarında da var (bir test bunu yoxlayır).

yes = Bəli
no = Xeyr

## Başlanğıc və kömək
start-greeting = Salam, { $name }! Mən Samanyar, əyalətin QHT-ləri ilə dövlət arasında körpüyəm.
start-visitor = Burada QHT-lər qeydiyyatdan keçir, təlim ehtiyaclarını bildirir, problem yönümlü görüşlərdə iştirak edir və məsul şəxslərdən xəbər alır. QHT-nizi qeydiyyatdan keçirmək üçün «QHT-mi qeydiyyatdan keçir» düyməsini basın; bir QHT-yə üzv olmaq üçün onun rəhbərinin sizə verdiyi dəvət linkini açın.
start-member = Siz bir QHT-nin üzvüsünüz: onun xəbərlərini, görüş dəvətlərini və xatırlatmalarını burada alacaqsınız.
start-leader = Siz bir QHT-yə rəhbərlik edirsiniz: onun profilini, üzvlərini və dəvət linkini aşağıdakı düymələrlə idarə edin.
start-official = Siz məsul şəxssiniz: yeni QHT-ləri yoxlayın və ərazinizdəki QHT-ləri buradan izləyin.
start-superadmin = Siz sistemin baş inzibatçısısınız: məsul şəxsləri təyin edə və onların edə bildiyi hər şeyi edə bilərsiniz.
help-intro = Burada nələr edə bilərsiniz:
menu-register = 📝 QHT-mi qeydiyyatdan keçir
menu-my-ngo = 🏢 Mənim QHT-m
menu-members = 👥 Üzvlər
menu-invite = 🔗 Dəvət linki
menu-pending = 📥 Yoxlama gözləyən QHT-lər
menu-officials = 🛡 Məsul şəxslər
menu-profile = 👤 Profilim
menu-language = 🌐 Dil
menu-help = ❓ Kömək

cmd-start = Əsas menyu
cmd-help = Nələr edə bilərəm
cmd-register = QHT qeydiyyatı
cmd-profile = Profiliniz və QHT-niz
cmd-leave = QHT-dən çıxmaq
cmd-language = Dili dəyişmək
cmd-cancel = Gördüyünüz işi dayandırmaq
cmd-invite = QHT-nizin dəvət linki
cmd-members = QHT-nizin üzvləri
cmd-pending = Yoxlama gözləyən QHT-lər
cmd-officials = Məsul şəxslərin təyini və vəzifədən azad edilməsi

## Dil
language-choose = Dilinizi seçin:
language-name-fa = فارسی
language-name-az = Azərbaycanca
language-name-en = English
language-set = Bundan sonra sizinlə azərbaycanca danışacağam.

## Ümumi söhbət qaydaları
cancelled = Dayandırıldı. Heç nə yadda saxlanmadı. Menyu üçün /start göndərin.
nothing-to-cancel = Dayandırılacaq heç nə yoxdur. Menyu üçün /start göndərin.
command-in-conversation = Bir addımın ortasındayıq. Yuxarıdakı suala cavab verin və ya dayandırmaq üçün /cancel göndərin.
expected-text = Zəhmət olmasa, cavabınızı mətn şəklində yazın.
expected-own-text = Zəhmət olmasa, mesaj yönləndirmək əvəzinə cavabı özünüz yazın.
expected-buttons = Zəhmət olmasa, yuxarıdakı mesajın düymələri ilə seçin.
expected-contact = Zəhmət olmasa, aşağıdakı «Telefon nömrəmi paylaş» düyməsini basın.
expected-person = Zəhmət olmasa, şəxsi düymə ilə seçin və ya onun rəqəmli Telegram ID-sini yaxud istifadəçi adını (@ ilə) yazın.
stale-button = Bu düymə artıq aktiv deyil.
button-during-conversation = Əvvəlcə yuxarıdakı suala cavab verin və ya dayandırmaq üçün /cancel göndərin.
button-done = Hazırdır ({ $count } seçilib)
button-confirm = ✅ Təsdiqlə
button-cancel = Ləğv et
button-share-contact = 📱 Telefon nömrəmi paylaş
button-yes-sure = Bəli, əminəm
choose-at-least = Ən azı { $min } seçim edin.
choose-at-most = Ən çox { $max } seçim edə bilərsiniz.
invalid-too-short = Bu, çox qısadır: zəhmət olmasa, ən azı { $min } simvol yazın.
invalid-too-long = Bu, çox uzundur ({ $length } simvol): zəhmət olmasa, ən çox { $max } simvol yazın.

## Qeydiyyat
register-intro = <b>QHT-nizin qeydiyyatı</b>
    On qısa sual verəcəyəm. Sonda hər şeyi yoxlaya bilərsiniz; istənilən vaxt dayandırmaq üçün /cancel göndərin.
ask-name = QHT-nin tam adı nədir?
ask-registration-number = QHT-nin qeydiyyat nömrəsi nədir?
ask-authority = Onu hansı qurum qeydiyyata alıb? (məsələn: əyalət valiliyi (ostandarlıq), İdman və Gənclər Nazirliyi, Sosial Rifah Təşkilatı (Bəhzisti))
ask-province = Hansı əyalət?
ask-county = QHT hansı şəhristanda yerləşir?
ask-fields = Hansı sahələrdə fəaliyyət göstərir? Ən çox { $max } sahə seçin, sonra «Hazırdır» düyməsini basın.
ask-founded = Hansı ildə yaradılıb? (şəmsi hicri il, məsələn 1398; ən çox { $max })
ask-members = Neçə üzvü var?
ask-youth = Bu, gənclər QHT-sidirmi?
ask-phone = Zəhmət olmasa, telefon nömrənizi aşağıdakı düymə ilə paylaşın; məsul şəxslər QHT ilə əlaqə saxlamaq üçün ondan istifadə edəcək.
ask-description = QHT-nin fəaliyyətini bir neçə cümlə ilə təsvir edin (ən çox { $max } simvol).
contact-not-own = Bu, başqasının kontaktıdır. Zəhmət olmasa, düymə ilə öz nömrənizi paylaşın.
contact-received = Təşəkkür edirəm, nömrəniz alındı.
invalid-name = Adda hərflər olmalıdır. Zəhmət olmasa, QHT-nin adını yazın.
invalid-registration-number = Qeydiyyat nömrəsi 3-dən 20-yə qədər hərf və rəqəmdən ibarətdir və onlardan ən azı biri rəqəm olmalıdır. Zəhmət olmasa, yenidən yazın.
invalid-year = Zəhmət olmasa, { $min } ilə { $max } arasında bir şəmsi hicri il yazın, məsələn 1398.
invalid-member-count = Zəhmət olmasa, 1 ilə { $max } arasında tam ədəd yazın.
register-summary = <b>Zəhmət olmasa, QHT-nizin məlumatlarını yoxlayın</b>
    Dəyişmək üçün sahənin düyməsini, yoxlamaya göndərmək üçün isə «Təsdiqlə» düyməsini basın.
edit-name = ✏️ Ad
edit-registrationNumber = ✏️ Qeydiyyat nömrəsi
edit-registeringAuthority = ✏️ Qurum
edit-countyId = ✏️ Şəhristan
edit-fieldIds = ✏️ Sahələr
edit-foundedYear = ✏️ Təsis ili
edit-memberCount = ✏️ Üzv sayı
edit-isYouth = ✏️ Gənclər QHT-si
edit-contactPhone = ✏️ Telefon
edit-description = ✏️ Təsvir
register-done = Təşəkkür edirik! <b>{ $name }</b> qeydiyyatdan keçdi və şəhristanın məsul şəxslərinin yoxlamasını gözləyir. Qərar verilən kimi sizə xəbər verəcəyəm.
register-already-leads = Siz artıq { $name } təşkilatına rəhbərlik edirsiniz. Bir şəxs yalnız bir QHT-yə rəhbərlik edə bilər.
register-already-leads-short = Siz artıq bir QHT-yə rəhbərlik edirsiniz; ətraflı məlumat üçün /profile göndərin.

ngo-field-registration-number = Qeydiyyat nömrəsi: { $value }
ngo-field-authority = Qeydiyyata alan qurum: { $value }
ngo-field-county = Şəhristan: { $value }
ngo-field-fields = Sahələr: { $value }
ngo-field-founded = Təsis ili: { $value }
ngo-field-members = Üzv sayı: { $value }
ngo-field-youth = Gənclər QHT-si: { $value }
ngo-field-phone = Telefon: { $value }
ngo-field-description = Haqqında: { $value }
ngo-status-pending = Status: yoxlama gözləyir ({ $date } tarixindən)
ngo-status-verified = Status: ✅ təsdiqlənib ({ $date })
ngo-status-rejected = Status: rədd edilib ({ $date })

## Məsul şəxslərin yoxlaması
review-new = 📥 <b>Yeni QHT yoxlama gözləyir</b> (qeydiyyatdan keçirən: { $leader })
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

## Üzvlük
button-join = ✅ Qoşul
button-no-thanks = Xeyr, təşəkkürlər
join-offer = Siz bu QHT-yə qoşulmağa dəvət olunmusunuz:
join-declined = Yaxşı, qoşulmadınız.
join-done = Xoş gəlmisiniz! Artıq <b>{ $name }</b> təşkilatının üzvüsünüz.
member-joined = 👋 { $member } <b>{ $name }</b> təşkilatına qoşuldu.
invite-link = <b>{ $name }</b> üçün dəvət linki. Onu açan hər kəs üzv kimi qoşula bilər:
    { $link }
invite-not-yet = QHT-niz məsul şəxslər tərəfindən təsdiqləndikdən sonra üzv dəvət edə bilər.
invite-rotated = Yeni link yaradıldı; köhnəsi artıq işləmir.
button-rotate-link = 🔄 Yeni link
button-members = 👥 Üzvlər
members-list = <b>{ $name }</b> təşkilatının üzvləri: { $count } (səhifə { $page } / { $pages }). İdarə etmək üçün adın üzərinə basın.
members-none = <b>{ $name }</b> təşkilatının hələ üzvü yoxdur. Dəvət linkinizi paylaşın (/invite).
member-actions = { $member } ilə nə etmək istəyirsiniz?
button-remove-member = QHT-dən çıxar
button-make-leader = Rəhbər təyin et
confirm-remove-member = Bu üzv QHT-nizdən çıxarılsın?
confirm-lead-member = QHT-nizin rəhbərliyi bu üzvə təhvil verilsin? Siz üzv olaraq qalacaqsınız.
member-removed-done = Üzv çıxarıldı.
member-removed = Artıq <b>{ $name }</b> təşkilatının üzvü deyilsiniz; rəhbər sizi çıxarıb.
leadership-handed = <b>{ $name }</b> təşkilatının rəhbərliyi təhvil verildi. İndi siz üzvsünüz.
leadership-received = İndi siz <b>{ $name }</b> təşkilatının rəhbərisiniz. Zəhmət olmasa telefon nömrənizi QHT-nin əlaqə nömrəsi kimi paylaşın: /profile, sonra «✏️ Telefon». Üzvlərə /members bölməsində baxın.
leave-choose = Hansı QHT-dən çıxmaq istəyirsiniz?
leave-confirm = Bu QHT-dən çıxırsınız?
leave-done = QHT-dən çıxdınız.
leave-none = Siz heç bir QHT-nin üzvü deyilsiniz.
leave-leader = Siz QHT-nizə rəhbərlik edirsiniz: əvvəlcə rəhbərliyi bir üzvə təhvil verin (/members), sonra çıxa bilərsiniz.

## Profil və şəxsi məlumatlar
profile-title = 👤 <b>Məlumatlarınız</b>
profile-name = Ad: { $value }
profile-username = İstifadəçi adı: { $value }
profile-language = Dil: { $value }
profile-ngos = Üzv olduğunuz QHT-lər: { $value }
profile-saved = Yadda saxlanıldı.
profile-saved-review-again = Yadda saxlanıldı. Ad, qeydiyyat nömrəsi və ya şəhristan dəyişdiyi üçün şəhristanın məsul şəxsləri QHT-ni yenidən yoxlayacaq; qərar veriləndə sizə xəbər verəcəyəm.
button-delete-me = 🗑 Məlumatlarımı sil
button-yes-delete = Bəli, hamısını sil
delete-confirm = Bu addım məlumatlarınızı Samanyar sistemindən silir: adınızı, üzvlüklərinizi və istənilən rolunuzu. Bunu geri qaytarmaq mümkün deyil. Davam edək?
delete-done = Məlumatlarınız silindi. Mənə yenidən yazsanız, yalnız Telegram adınızı biləcəyəm.

## Məsul şəxslər
officials-list = 🛡 <b>Məsul şəxslər</b>
officials-none = Hələ heç bir məsul şəxs yoxdur.
button-add-official = ➕ Məsul şəxs əlavə et
button-pick-person = 👤 Şəxsi seç
scope-province = Bütün { $province } əyaləti
grant-ask-person = Kim məsul şəxs olsun? Onu düymə ilə seçin və ya rəqəmli Telegram ID-sini yaxud istifadəçi adını (@ ilə) yazın. (O, bu botu artıq başlatmış olmalıdır.)
grant-person-unknown = Bu şəxsi hələ tanımıram. Ondan bu bota /start göndərməsini xahiş edin, sonra yenidən cəhd edin.
grant-person-found = Şəxs: <b>{ $name }</b>
grant-ask-scope = Hansı əraziyə məsul olacaq?
grant-done = <b>{ $name }</b> artıq məsul şəxsdir.
confirm-revoke = Bu şəxsin məsul şəxs səlahiyyəti ləğv edilsin?
official-revoked-done = { $name } artıq məsul şəxs deyil.
official-granted = 🛡 Artıq Samanyar sistemində məsul şəxssiniz. Nələr edə biləcəyinizi görmək üçün /start göndərin.
official-revoked = Samanyar sistemində məsul şəxs səlahiyyətiniz başa çatdı.

## İmtinalar və xətalar
error-forbidden = Bunu etməyə icazəniz yoxdur.
error-not-found = Bunu artıq tapa bilmirəm.
error-already-leads = Siz artıq bir QHT-yə rəhbərlik edirsiniz; bir şəxs yalnız bir QHT-yə rəhbərlik edə bilər.
error-invalid-ngo = QHT-nin bəzi məlumatları etibarlı deyil (çox uzun və ya çox qısa). Zəhmət olmasa, onları düzəldin və yenidən təsdiqləyin.
error-duplicate-registration-number = Bu qeydiyyat nömrəsi ilə QHT artıq qeydiyyatdan keçib. Əgər o sizinkidirsə, şəhristanınızın məsul şəxsləri ilə əlaqə saxlayın.
error-duplicate-name = Bu şəhristanda bu adla QHT artıq qeydiyyatdan keçib. Əgər o sizinkidirsə, şəhristanınızın məsul şəxsləri ilə əlaqə saxlayın.
error-already-reviewed = Başqa bir məsul şəxs bu QHT-ni artıq yoxlayıb.
error-review-changed = Bu kart göndəriləndən sonra QHT-nin məlumatları dəyişib, ona görə heç nə edilmədi. Kartın indiki halı aşağıdadır.
error-not-verified = Bu QHT hələ təsdiqlənməyib, ona görə də üzv qəbul edə bilməz.
error-invite-invalid = Bu dəvət linki işləmir (ola bilsin, yenisi ilə əvəz olunub). QHT-nin rəhbərindən yeni link istəyin.
error-already-member = Siz artıq bu QHT-nin üzvüsünüz.
error-is-leader = Siz bu QHT-yə rəhbərlik edirsiniz; əvvəlcə rəhbərliyi bir üzvə təhvil verin.
error-not-member = Bu şəxs (artıq) üzv deyil.
error-not-leader = Bunu yalnız QHT-nin rəhbəri edə bilər.
error-person-unknown = Bu şəxsi tanımıram; o, əvvəlcə bu bota /start göndərməlidir.
error-self = Bunu özünüzə qarşı edə bilməzsiniz.
error-member-leads-another = Bu üzv artıq başqa bir QHT-nin rəhbəridir; hər kəs yalnız bir QHT-yə rəhbərlik edə bilər.
error-own-ngo = Özünüzün qeydiyyatdan keçirdiyiniz və ya rəhbəri olduğunuz QHT-ni yoxlaya bilməzsiniz; bunu başqa məsul şəxs edəcək.
error-try-again = Bizim tərəfdə xəta baş verdi. Zəhmət olmasa, bir az sonra yenidən cəhd edin.
confirm-failed = Yadda saxlayarkən bizim tərəfdə xəta baş verdi. Cavablarınız qorunub: bir az sonra aşağıdakı «Təsdiqlə» düyməsini yenidən basın. Heç nə iki dəfə yadda saxlanmayacaq.
save-failed = Yadda saxlayarkən bizim tərəfdə xəta baş verdi. Yazdıqlarınız qorunub: bir az sonra «Yenidən cəhd et» düyməsini basın.
button-try-again = 🔁 Yenidən cəhd et
rate-limited = Mesajları çox tez göndərirsiniz. Zəhmət olmasa, bir neçə saniyə gözləyin.
private-only = Mən yalnız şəxsi söhbətlərdə işləyirəm. Zəhmət olmasa, mənə birbaşa yazın.
fallback-text = Bunu başa düşmədim. Menyu üçün /start, nələr edə biləcəyimi görmək üçün /help göndərin.
fallback-unknown-command = Bu əmri tanımıram. Əmrlərin siyahısı üçün /help göndərin.
fallback-sticker = Gözəl stikerdir! Amma mən yalnız mətni və düymələri başa düşürəm. Menyu üçün /start göndərin.
fallback-forwarded = Yönləndirilmiş mesajlara ehtiyacım yoxdur. Menyu üçün /start göndərin.
fallback-other = Bunu burada istifadə edə bilmirəm. Menyu üçün /start göndərin.

## QHT evi: kataloq
cmd-directory = QHT-ləri tap (QHT evi)
menu-directory = 🏛 QHT kataloqu
directory-intro = 🏛 <b>QHT evinin kataloqu</b>
    Əyalətin təsdiqlənmiş QHT-lərini tapın:
button-dir-county = 📍 Şəhristana görə
button-dir-field = 🎯 Fəaliyyət sahəsinə görə
button-dir-name = 🔎 Ada görə
button-dir-all = 📋 Hamısı
directory-choose-county = Hansı şəhristan?
directory-choose-field = Hansı fəaliyyət sahəsi?
directory-ask-name = Adı və ya onun bir hissəsini yazın:
directory-results = { $count } QHT tapıldı (səhifə { $page } / { $pages }). Kartını görmək üçün birini seçin.
directory-none = Heç bir təsdiqlənmiş QHT tapılmadı. Başqa axtarış edin: /directory
directory-expired = Bu axtarışın vaxtı bitib. /directory ilə yenidən axtarın.
directory-forbidden = Kataloq məsul şəxslər və təsdiqlənmiş QHT-lərin üzvləri üçün açıqdır.
button-contact = ✉️ Əlaqə
directory-contact = <b>{ $name }</b> təşkilatının rəhbəri { $leader } ilə yazışa bilərsiniz.
directory-contact-closed = Bu QHT-nin rəhbəri kataloq vasitəsilə əlaqəni açmayıb.
button-contact-open = 🔓 Kataloqda əlaqə: açıq
button-contact-closed = 🔒 Kataloqda əlaqə: bağlı
contact-now-open = İndi digər QHT-lər kataloqda sizinlə necə əlaqə saxlayacaqlarını görür.
contact-now-closed = Artıq digər QHT-lər kataloqda sizinlə əlaqə yolunu görmür.

## QHT evi: tərəfdaşlar
cmd-partners = Tərəfdaş QHT-lər tap
menu-partners = 🤝 Tərəfdaş tap
partners-none = Əyalətdə hələ sizinlə eyni fəaliyyət sahəsində olan təsdiqlənmiş QHT yoxdur.
partners-list = { $count } QHT sizinlə ortaq fəaliyyət sahələrinə malikdir (səhifə { $page } / { $pages }), ən yaxınlar əvvəl:
    📍 eyni şəhristan · 🧭 qonşu şəhristan · 🗺 əyalətin başqa yerləri. Görmək və tanışlıq istəmək üçün birini seçin.
partners-nearness-county = 📍 Sizin şəhristanda.
partners-nearness-neighbour = 🧭 Qonşu şəhristanda.
partners-nearness-province = 🗺 Əyalətin başqa yerində.
button-ask-partner = 🤝 Tanışlıq istə
partners-sent = Sorğunuz göndərildi. Bu gün daha { $remaining } sorğu göndərə bilərsiniz.
button-accept = ✅ Qəbul et
button-decline = ✖️ İmtina et
partners-accepted = Qəbul etdiniz. İndi siz və digər rəhbər bir-birinizin əlaqə məlumatlarına maliksiniz.
partners-declined = İmtina etdiniz. Digər QHT-yə nəzakətlə bildirildi.
partner-request = 🤝 <b>{ $from }</b> <b>{ $to }</b> ilə tanış olmaq istəyir (QHT evi). Qəbul etsəniz, hər ikiniz bir-birinizin əlaqə məlumatlarını alacaqsınız.
partner-contact = 🤝 İndi <b>{ $name }</b> ilə əlaqədəsiniz. Rəhbərinə yazın: { $leader }
partner-declined = <b>{ $name }</b> bu dəfə tanışlıq sorğunuzu qəbul etmədi.
error-already-partners = QHT-ləriniz artıq əlaqədədir.
error-already-requested = QHT-ləriniz arasında cavab gözləyən sorğu artıq var.
error-already-answered = Bu sorğuya artıq cavab verilib.
error-partner-limit = Bu gün icazə verilən sayda ({ $limit }) sorğu göndərmisiniz. Zəhmət olmasa sabah yenidən cəhd edin.
partners-not-verified = QHT-niz məsul şəxslər tərəfindən təsdiqləndikdən sonra tərəfdaş axtara bilərsiniz.

## QHT evi: əhatə
cmd-coverage = Şəhristan və sahəyə görə QHT xəritəsi
coverage-title = 🗺 { $counties } şəhristanda fəaliyyət sahəsinə görə təsdiqlənmiş QHT-lər ({ $fields } sahə).
coverage-gaps = Ən böyük boşluqlar (heç bir QHT yoxdur):
coverage-gap = • { $field }: { $total } şəhristandan { $count }-də yoxdur ({ $counties })
coverage-youth = Şəhristanlar üzrə gənclər QHT-ləri: { $counts }
coverage-youth-none = • { $counties } ərazisində hələ gənclər QHT-si yoxdur: yenilərini təşviq etmək üçün yer.
coverage-crowded = Ən sıx olanlar (bir şəhristanda bir sahədə ən azı { $threshold } QHT — əlaqələndirmə lazımdır):
coverage-none-crowded = • yoxdur
coverage-crowded-cell = • { $county }, { $field }: { $count } QHT
button-excel = 📊 Excel faylı
coverage-chart-title = Sahə və şəhristana görə təsdiqlənmiş QHT-lər
coverage-legend-gap = QHT yoxdur (boşluq)
coverage-legend-crowded = { $threshold } və ya çox (sıx)
coverage-sheet = Əhatə
coverage-corner = Fəaliyyət sahəsi

## QHT evi: təkrarlar
cmd-duplicates = İki dəfə qeydiyyatdan keçmiş ola biləcək QHT-lər
duplicates-none = Sizin ərazidə iki dəfə qeydiyyatdan keçmiş kimi görünən QHT yoxdur.
duplicates-list = { $count } cüt QHT iki dəfə qeydiyyatdan keçmiş eyni təşkilat ola bilər ({ $shown } göstərilir). «Birləşdir» köhnə qeydi saxlayır və üzvləri köçürür; «Təkrar deyil» bu cütü həmişəlik gizlədir.
duplicates-similar-name = 🔁 Eyni şəhristanda çox oxşar adlar:
duplicates-same-phone = 🔁 Eyni əlaqə telefonu:
button-merge = 🔗 Birləşdir (köhnəni saxla)
button-not-duplicate = ✋ Təkrar deyil
button-yes-merge = Bəli, birləşdir
duplicates-merged = <b>{ $name }</b> ilə birləşdirildi; { $members } nəfər ora üzv kimi köçürüldü.
duplicates-dismissed = Qeyd edildi: bu cüt bir daha təklif olunmayacaq.
ngo-merged = QHT-niz iki dəfə qeydiyyatdan keçmiş kimi müəyyən edildi və <b>{ $name }</b> ilə birləşdirildi; indi siz onun üzvüsünüz. Səhv olduğunu düşünürsünüzsə, şəhristanınızın məsul şəxsləri ilə əlaqə saxlayın.

## Təlim ehtiyacları
cmd-needs = Təlim ehtiyacı sorğuları və hesabatlar
cmd-needs_open = Təlim ehtiyacı sorğusu açmaq
cmd-needs_topics = Təlim mövzuları
cmd-survey = QHT-nizin təlim ehtiyaclarını bildirin
menu-needs = 📚 Təlim ehtiyacları
menu-survey = 📝 Təlim ehtiyacı sorğusu
pillar-KNOWLEDGE = İxtisas bilikləri
pillar-EXPERIENCE = Təcrübə mübadiləsi
pillar-ON_THE_JOB = Davamlı iş başında təlim
priority-HIGH = Yüksək
priority-MEDIUM = Orta
priority-LOW = Aşağı
format-IN_PERSON = Əyani
format-ONLINE = Onlayn
format-EITHER = Fərqi yoxdur
weekday-0 = Şənbə
weekday-1 = Bazar
weekday-2 = Bazar ertəsi
weekday-3 = Çərşənbə axşamı
weekday-4 = Çərşənbə
weekday-5 = Cümə axşamı
time-morning = Səhər
time-afternoon = Günorta
time-evening = Axşam
button-skip = Keç
skipped = Keçildi
error-topic-limit = Siyahı doludur: sorğu daha çox mövzu göstərə bilməz.
error-duplicate-topic = Bu mövzu artıq siyahıdadır.
error-invalid-round = Sorğu açılmadı: son tarixi keçib. Tarixi yoxlayın və yenidən cəhd edin.
error-invalid-answer = Cavabın bir hissəsi artıq etibarlı deyil (bəlkə bir mövzu silinib). Zəhmət olmasa yenidən cavab verin.
error-needs-no-ngos = Bu rayonlarda hələ təsdiqlənmiş QHT yoxdur, soruşulacaq kimsə yoxdur.
error-needs-closed = Bu sorğu bağlanıb: cavablar artıq qəbul edilmir.
error-needs-not-invited = QHT-niz bu sorğuya dəvət olunmayıb.
invalid-date = Bu tarixi oxuya bilmirəm. Hicri-şəmsi təqvimi ilə il/ay/gün şəklində yazın, məsələn 1405/10/15.
invalid-deadline-past = Son tarix bu gün və ya sonra olmalıdır.
invalid-deadline-far = Son tarix ən çoxu { $days } gün sonra ola bilər.
invalid-attendees = 1-dən { $max }-ə qədər tam ədəd yazın.
needs-open-intro = <b>Yeni təlim ehtiyacı sorğusu</b>. Seçdiyiniz rayonlardakı bütün təsdiqlənmiş QHT-lərin rəhbərlərindən təlim ehtiyacları soruşulacaq. İstənilən vaxt dayandırmaq üçün /cancel göndərin.
needs-ask-title = Sorğunun adı (məsələn "Təlim ehtiyacları, payız 1405"):
needs-ask-deadline = Son tarix, hicri-şəmsi təqvimi ilə (il/ay/gün), məsələn { $example }. Cavablar həmin günün sonuna qədər qəbul edilir.
needs-ask-scope = Sorğu hansı rayonları əhatə edir?
needs-all-counties = Bütün { $count } rayon
needs-some-counties = Özüm seçim
needs-ask-counties = Rayonları seçin (mötərizədə təsdiqlənmiş QHT-lərin sayı):
needs-open-summary = <b>Açmazdan əvvəl sorğunu yoxlayın</b>

    Ad: { $title }
    Son tarix: { $deadline }
    Rayonlar: { $counties }
    Dəvət olunacaq QHT-lər: { $ngos }
button-edit-title = ✏️ Ad
button-edit-deadline = ✏️ Son tarix
button-edit-counties = ✏️ Rayonlar
needs-opened = <b>{ $title }</b> sorğusu açıldı. { $invited } QHT dəvət olunur; cavab verməyən rəhbərlərə son tarixdən əvvəl xatırlatma göndəriləcək.
button-needs-report = 📊 Hesabat
button-needs-open = ➕ Sorğu açmaq
button-needs-topics = 📚 Mövzular
needs-rounds = Təlim ehtiyacı sorğuları (🟢 açıq, ⚪️ bağlı). Hesabat üçün birini seçin:
needs-no-rounds = Sizin ərazinizdə hələ təlim ehtiyacı sorğusu açılmayıb.
needs-invitation = 📚 <b>{ $title }</b>

    Dövlət QHT-lərin ehtiyacına uyğun təlimlər təşkil etmək istəyir. Zəhmət olmasa { $deadline } tarixinə qədər <b>{ $name }</b> üçün hansı təlimlərin lazım olduğunu bildirin. Təxminən iki dəqiqə çəkir.
needs-reminder = ⏰ Xatırlatma: <b>{ $name }</b> hələ <b>{ $title }</b> üçün təlim ehtiyaclarını bildirməyib. Cavablar { $deadline } tarixinə qədər qəbul edilir.
needs-reminder-last = ⏰ Son gün: <b>{ $title }</b> üçün cavablar bu günün sonuna qədər ({ $deadline }) qəbul edilir. <b>{ $name }</b> hələ cavab verməyib.
button-answer-survey = 📝 Sorğunu cavablandırmaq
needs-closed = <b>{ $title }</b> sorğusunun son tarixi çatdı və o bağlandı: { $invited } QHT-dən { $answered } cavab verdi.
needs-close-confirm = <b>{ $title }</b> indi bağlansın? Cavab verməyən QHT-lər artıq cavab verə bilməyəcək.
button-needs-close = 🔒 İndi bağlamaq
button-needs-close-yes = Bəli, bağlansın
needs-closed-now = <b>{ $title }</b> sorğusu bağlandı.
needs-status-open = 🟢 { $deadline } tarixinə qədər açıq
needs-status-closed = ⚪️ { $date } tarixində bağlanıb
needs-response = Cavablar: { $invited } QHT-dən { $answered } ({ $rate })
needs-county-response = • { $county }: { $invited } QHT-dən { $answered } ({ $rate })
needs-topics-heading = <b>Tələbə görə mövzular</b> (prioritet yüksək = 3, orta = 2, aşağı = 1):
needs-topic-line = { $topic } — tələb { $demand } · { $ngos } QHT · { $people } nəfər
needs-county-topic = { $topic } — tələb { $demand } · { $people } nəfər
needs-no-answers = Hələ cavab yoxdur.
needs-formats-heading = Üstünlük verilən forma
needs-days-heading = Uyğun günlər (QHT sayı)
needs-times-heading = Uyğun saatlar (QHT sayı)
needs-out-of = Cavab verən { $answered } QHT-dən.
needs-other-heading = Siyahıda olmayan ehtiyaclar
needs-no-other = Yoxdur.
needs-plan-intro = Ən çox tələb olunan mövzular üçün təlimin ən çox tələbə çatacağı yerlər:
needs-plan-county = { $county } (tələb { $demand }, { $people } nəfər)
report-more-in-excel = … və Excel faylında daha { $count } sətir.
button-needs-overview = Xülasə
button-needs-county = Rayonlara görə
button-needs-field = Sahələrə görə
button-needs-when = Forma və vaxt
button-needs-other = Digər ehtiyaclar
button-needs-plan = Təkliflər
button-chart = 🖼 Qrafik
button-csv = 📄 CSV
needs-chart-title = Təlim mövzuları tələbə görə, rayonlar üzrə
needs-chart-subtitle = { $invited } QHT-dən { $answered } cavab verdi
needs-chart-caption = { $title }
needs-sheet-answers = Cavablar
needs-sheet-demand = Mövzular üzrə tələb
needs-sheet-response = Rayonlar üzrə cavab
needs-col-ngo = QHT
needs-col-county = Rayon
needs-col-fields = Fəaliyyət sahələri
needs-col-topic = Mövzu
needs-col-pillar = İstiqamət
needs-col-priority = Prioritet
needs-col-format = Forma
needs-col-people = Nəfər
needs-col-days = Günlər
needs-col-times = Saatlar
needs-col-other = Digər ehtiyac
needs-col-answered = Cavab tarixi
needs-col-ngos = QHT-lər
needs-col-demand = Tələb
needs-col-invited = Dəvət olunub
needs-col-rate = Cavab nisbəti (%)
needs-topics-list = Üç istiqamət üzrə <b>təlim mövzuları</b>:
button-add-topic = ➕ Mövzu əlavə etmək
topic-ask-pillar = Yeni mövzu hansı istiqamətə aiddir?
topic-ask-fa = Mövzunun farsca adı:
topic-ask-az = Azərbaycanca adı (və ya farsca adın göstərilməsi üçün "Keç"):
topic-ask-en = İngiliscə adı (və ya farsca adın göstərilməsi üçün "Keç"):
topic-added = <b>{ $name }</b> mövzusu siyahıya əlavə olundu; rəhbərlər artıq onu seçə bilər.
survey-none = Hazırda QHT-niz üçün açıq təlim ehtiyacı sorğusu yoxdur.
survey-rounds = QHT-niz üçün açıq təlim ehtiyacı sorğuları:
survey-round-open = 📝 <b>{ $title }</b> — hələ cavab verilməyib, { $deadline } tarixinə qədər
survey-round-answered = ✅ <b>{ $title }</b> — cavab verilib; { $deadline } tarixinə qədər dəyişə bilərsiniz
survey-intro = 📚 <b>{ $name }</b> üçün <b>{ $title }</b>. Cavablar { $deadline } tarixinə qədər qəbul edilir. Dayandırmaq üçün /cancel göndərin; təsdiq etməyincə heç nə saxlanmır.
survey-intro-again = 📚 <b>{ $title }</b>: <b>{ $name }</b> QHT-nin cavabı budur. İstənilən hissəni düymələrlə dəyişin, sonra təsdiq edin. { $deadline } tarixinə qədər dəyişə bilərsiniz.
survey-ask-topics = QHT-nizin hansı mövzularda təlimə ehtiyacı var? 1-dən { $max }-ə qədər seçin.
survey-ask-priority = <b>{ $topic }</b> sizin üçün nə qədər vacibdir?
survey-ask-format = Hansı formaya üstünlük verirsiniz?
survey-ask-attendees = QHT-nizdən neçə nəfər iştirak edəcək? (1-dən { $max }-ə qədər)
survey-ask-days = Hansı günlər sizə uyğundur? (bir və ya bir neçə)
survey-ask-times = Günün hansı saatları uyğundur?
survey-ask-other = Siyahıda olmayan başqa təlim ehtiyacınız var? Yazın ({ $max } simvola qədər) və ya "Keç" düyməsini basın.
survey-summary = <b>Cavabınız</b>

    Mövzular:
    { $topics }
    Forma: { $format }
    İştirakçı sayı: { $attendees }
    Günlər: { $days }
    Saatlar: { $times }
    Digər ehtiyac: { $other }
button-edit-survey-topics = ✏️ Mövzular
button-edit-survey-priorities = ✏️ Prioritetlər
button-edit-survey-format = ✏️ Forma
button-edit-survey-attendees = ✏️ Nəfər
button-edit-survey-days = ✏️ Günlər
button-edit-survey-times = ✏️ Saatlar
button-edit-survey-other = ✏️ Digər ehtiyac
survey-saved = Təşəkkür edirik! <b>{ $name }</b> QHT-nin təlim ehtiyacları qeydə alındı. { $deadline } tarixinə qədər /survey ilə dəyişə bilərsiniz.
survey-updated = <b>{ $name }</b> QHT-nin cavabı yeniləndi. { $deadline } tarixinə qədər /survey ilə dəyişə bilərsiniz.
survey-cancelled-kept = Əvvəlki cavabınız olduğu kimi qaldı.

## Kütləvi mesajlar
cmd-broadcast = QHT-lərə mesaj göndərmək
cmd-broadcasts = Son və planlaşdırılmış kütləvi mesajlar
cmd-settings = Parametrləriniz (kütləvi mesajlar)
menu-broadcasts = 📣 Kütləvi mesajlar
audience-LEADERS = Yalnız rəhbərlər
audience-LEADERS_AND_MEMBERS = Rəhbərlər və üzvlər
broadcast-ask-message = <b>Yeni kütləvi mesaj</b>. Mesajı çatmalı olduğu kimi göndərin: mətn (formatla), və ya izahlı şəkil ya sənəd. Dayandırmaq üçün /cancel göndərin.
broadcast-ask-audience = Kimlər alsın?
broadcast-ask-essential = Vacibdirmi? Kütləvi mesajları səssizə qoyan üzvlər vacib mesajları da alır.
broadcast-normal = Adi
broadcast-essential = Vacib: hamıya, səssiz olsa da
broadcast-essential-short = vacib
broadcast-ask-filter = Hansı QHT-lər?
broadcast-to-all = Bütün təsdiqlənmiş QHT-lər
broadcast-to-county = Rayonlara görə
broadcast-to-field = Fəaliyyət sahəsinə görə
broadcast-to-youth = Yalnız gənclər QHT-ləri
broadcast-ask-counties = Rayonları seçin:
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
    QHT-lər: { $filter }
    Nə vaxt: { $when }
    İndiki alıcılar: { $total }
    { $byCounty }
broadcast-nobody = Bu seçimlərə uyğun kimsə yoxdur. Alıcıları və ya QHT-ləri dəyişin.
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
broadcast-col-telegram-id = Telegram id
broadcast-col-county = Rayon
broadcast-col-status = Vəziyyət
broadcast-col-error = Xəta
delivery-FAILED = Uğursuz
delivery-UNREACHABLE = Əlçatmaz (botu bloklayıb)
error-broadcast-in-past = Kütləvi mesajın vaxtı keçib; başqa vaxt seçin.
error-broadcast-state = Kütləvi mesaj artıq bunun mümkün olduğu vəziyyətdə deyil.
settings-unmuted = 🔔 Məmurların QHT-nizə kütləvi mesajlarını alırsınız. Görüş dəvətləri və xatırlatmalar hər halda sizə çatır.
settings-muted = 🔕 Kütləvi mesajlar səssizdədir: yalnız vacib olanları, görüş dəvətlərini və xatırlatmaları alırsınız.
button-mute = 🔕 Kütləvi mesajları səssizə qoymaq
button-unmute = 🔔 Kütləvi mesajları yenidən almaq
settings-leader-note = QHT rəhbəri kimi məmurların rəhbərlərə göndərdiyi kütləvi mesajları həmişə alırsınız.

## Görüşlər
cmd-meetings = Dəvət olunduğunuz və ya keçirdiyiniz görüşlər
cmd-meeting_new = Problem yönümlü görüş planlaşdırmaq
button-new-meeting = ➕ Yeni görüş
meetings-upcoming = Ərazinizdə qarşıdakı görüşlər:
meetings-none = Ərazinizdə planlaşdırılmış görüş yoxdur.
meetings-invited = Dəvət olunduğunuz görüşlər:
meetings-no-invitations = Hazırda görüş dəvətiniz yoxdur.
meeting-new-intro = <b>Yeni problem yönümlü görüş</b>. Rayonun QHT-ləri dəvət olunur və dəvətnamədən cavab verir. Dayandırmaq üçün /cancel göndərin.
meeting-ask-county = Hansı rayonda?
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
outcome-ask-note = Bu barədə qeyd (kim, nə, nə vaxta qədər), və ya «Keç»:
outcome-recorded = Nəticə qeydə alındı.

## Rüblük fəaliyyət göstəriciləri
cmd-kpi = Fəaliyyət göstəriciləri: hər rübdə QHT-lərlə görüşlər
kpi-season = { $quarter ->
    [1] Yaz
    [2] Yay
    [3] Payız
   *[4] Qış
} { $year }
kpi-title = 📈 <b>QHT-lərlə əməkdaşlıq — { $quarter }</b>
kpi-period = { $from } - { $to }
kpi-in-progress = Rüb davam edir: rəqəmlər { $today } tarixinə qədərdir.
kpi-target = Rübün görüşünü keçirən rayonlar: { $total } rayondan { $met }
kpi-all-counties = Bütün rayonlar
kpi-county-met = ✅ <b>{ $county }</b>: { $held } görüş keçirilib (tələb: { $required })
kpi-county-missed = ❌ <b>{ $county }</b>: { $held } görüş keçirilib (tələb: { $required })
kpi-upcoming = , { $count } görüş qarşıdadır
kpi-reach = Dəvət olunan QHT { $invited } · qəbul edən { $accepted } · iştirak edən { $present } (iştirak { $rate }) · iştirakçı şəxslər { $people }
kpi-agenda = Gündəlik məsələləri { $raised } · həll olunan { $resolved }
kpi-needs = Təlim ehtiyacları sorğusu: { $invited } QHT-dən { $answered } cavab verib ({ $rate })
kpi-no-needs = Bu rübdə təlim ehtiyacları sorğusu açılmayıb.
kpi-definitions = <i>Vaxtı çatmış və ləğv edilməmiş görüş keçirilmiş sayılır. Hər QHT rübdə bir dəfə sayılır; iştirak = iştirak edən QHT ÷ dəvət olunan QHT.</i>
button-kpi = 📈 Göstəricilər
button-kpi-previous = ◀ Əvvəlki rüb
button-kpi-next = Sonrakı rüb ▶
kpi-chart-title = QHT-lərlə əməkdaşlıq — { $quarter }
kpi-chart-legend = Yaşıl: rayon tələb olunan { $required } görüşü keçirib; qırmızı: keçirməyib.
kpi-col-county = Rayon
kpi-col-held = Keçirilmiş görüş
kpi-col-invited = Dəvət olunan QHT
kpi-col-accepted = Qəbul edən
kpi-col-present = İştirak edən
kpi-col-attendance = İştirak
kpi-col-agenda = Məsələlər
kpi-col-resolved = Həll olunan
kpi-col-needs = Sorğu cavabı
kpi-sheet-counties = Göstəricilər
kpi-sheet-meetings = Görüşlər
kpi-x-required = Tələb olunan görüş
kpi-x-held = Keçirilmiş görüş
kpi-x-upcoming = Qarşıdakı görüş
kpi-x-attendance = İştirak (%)
kpi-x-people = İştirakçı şəxslər
kpi-x-follow-up = İzlənəcək
kpi-x-referred = Yönləndirilmiş
kpi-x-needs-invited = Təlim ehtiyacı soruşulan QHT
kpi-x-needs-answered = Cavab verən QHT
kpi-x-needs-rate = Cavab nisbəti (%)
kpi-x-meeting = Görüş
kpi-x-starts = Tarix və saat
kpi-x-status = Vəziyyət
kpi-x-status-held = Keçirilib
kpi-x-status-upcoming = Qarşıdadır
quarter-nudge = 📅 { $counties } üçün { $quarter } dövrünə hələ QHT-lərlə görüş planlaşdırılmayıb. Hər rayon hər rübdə bir problem yönümlü görüş keçirir və bu, rayonun fəaliyyət göstəricilərində sayılır. İndi planlaşdırın:
quarter-missing = 📅 { $quarter }: { $count } rayonda hələ QHT-lərlə görüş planlaşdırılmayıb: { $counties }. Həmin rayonların məsulları xəbərdar edildi.
