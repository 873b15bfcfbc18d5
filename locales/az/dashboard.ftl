## Məmurların veb paneli: botda /dashboard və onun səhifələri
cmd-dashboard = Veb panel: göstəricilər, QHT-lər və əhatə brauzerdə
cmd-dashboard_logout = Veb paneldən hər yerdə çıxmaq
menu-dashboard = 📊 Panel
dashboard-link-message = 📊 <b>Panel</b>: rübün göstəriciləri, baxılmalı QHT-lər və əhatə xəritəsi, iş masanızda.
    Giriş düyməsi yalnız bir dəfə və 10 dəqiqə ərzində işləyir; sonra sessiya 8 saat açıq qalır. Onu heç kimə göndərməyin.
button-dashboard-browser = 🖥 Brauzerdə açmaq
button-dashboard-mini-app = 📊 Burada açmaq
dashboard-not-set-up = Veb panel bu serverdə hələ qurulmayıb (DASHBOARD_URL).
dashboard-logged-out = { $count ->
    [0] Paneldə açıq sessiyanız yox idi.
    [one] Paneldəki sessiyanız bağlandı.
   *[other] Paneldəki { $count } sessiyanız bağlandı.
}
dashboard-title = Samanyar paneli
dashboard-nav-indicators = Göstəricilər
dashboard-nav-ngos = QHT-lər
dashboard-nav-broadcasts = Kütləvi mesajlar
dashboard-nav-meetings = Görüşlər
dashboard-meetings-upcoming = Qarşıdakılar ({ $count })
dashboard-meetings-past = Son keçmiş görüşlər ({ $count })
dashboard-meetings-none = Yoxdur.
dashboard-calendar = Təqvim
dashboard-month-previous = Əvvəlki ay
dashboard-month-next = Sonrakı ay
dashboard-calendar-today = bu gün
dashboard-meeting-when = Vaxt
dashboard-meeting-venue = Yer
dashboard-meeting-cancelled = ləğv edilib
dashboard-meeting-answers = Dəvət olunub: { $invited } · gələcək: { $yes } · gəlməyəcək: { $no } · cavabsız: { $unanswered } · gözlənilən adam: { $headcount }
dashboard-nav-coverage = Əhatə
dashboard-sign-out = Çıxış
dashboard-how-to-sign-in = Daxil olmaq üçün Samanyar botuna /dashboard göndərin və verdiyi düyməni basın.
dashboard-back = Panelə qayıtmaq
dashboard-signed-in = Daxil oldunuz: paneli açın.
dashboard-signed-out = Paneldən çıxdınız.
dashboard-mini-app-opening = Panel açılır…
dashboard-too-many-attempts = Bu ünvandan həddən çox giriş cəhdi olub. On dəqiqə gözləyin və yenidən cəhd edin.
dashboard-link-invalid = Bu giriş keçidi artıq istifadə olunub və ya 10 dəqiqədən köhnədir.
dashboard-officials-only = Panel yalnız məmurlar üçündür.
dashboard-mini-app-invalid = Messencerdən giriş yoxlanıla bilmədi və ya bir gündən köhnədir. Paneli bağlayın və botdan yenidən açın.
dashboard-sign-in = Daxil olmamısınız və ya sessiyanız bitib.
dashboard-form-expired = Bu formanın vaxtı keçib. Geri qayıdın, səhifəni yeniləyin və yenidən cəhd edin.
dashboard-not-found = Belə səhifə yoxdur.
dashboard-unavailable = Panel hazırda cavab verə bilmir. Bir azdan yenidən cəhd edin.
dashboard-excel = ⬇ Excel
dashboard-map = Şəhristanların xəritəsi: { $indicator }
dashboard-trend = Son dörd rüb: { $county }
dashboard-kpi-definitions = Başlamış və ləğv edilməmiş görüş keçirilmiş sayılır. Hər QHT rübdə bir dəfə sayılır; iştirak = iştirak edən QHT-lər ÷ dəvət olunan QHT-lər. Hər şəhristan rübdə bir görüş keçirməlidir (✅ keçirilib, ❌ hələ yox).
dashboard-ngo-county = Şəhristan
dashboard-ngo-fields = Fəaliyyət sahələri
dashboard-ngo-registration = Qeydiyyat nömrəsi
dashboard-ngo-members = Üzvlər
dashboard-ngo-youth = gənclər QHT-si
dashboard-ngo-leader = Rəhbər
dashboard-reject-reason = Rədd etmə səbəbi
dashboard-all-fields = Bütün sahələr
dashboard-filter-youth = Gənclər QHT-ləri
dashboard-youth-any = Bütün QHT-lər
dashboard-youth-only = Yalnız gənclər QHT-ləri
dashboard-youth-not = Gənclər QHT-si olmayanlar
dashboard-filter-status = Vəziyyət
dashboard-filter = Göstər
dashboard-page = Səhifə { $page } / { $pages }
dashboard-page-previous = ◀ Əvvəlki
dashboard-page-next = Növbəti ▶
dashboard-approved = QHT təsdiqləndi; rəhbərinə xəbər verilir.
dashboard-rejected = QHT rədd edildi; səbəbi rəhbərinə bildirilir.
dashboard-pending = Baxılmağı gözləyənlər ({ $count })
dashboard-directory = QHT-lərin kataloqu ({ $count })
dashboard-coverage-legend = Hər şəhristan və sahə üzrə təsdiqlənmiş QHT-lər. Qırıq xətli xanada heç bir QHT yoxdur (boşluq); { $crowded } və ya daha çox QHT olan xana sıxdır. QHT-lərini görmək üçün xananı seçin.
dashboard-cell = { $county } şəhristanında { $field }: { $count } QHT
dashboard-cell-all = Hamısı kataloqda
dashboard-nav-needs = Təlim ehtiyacları
dashboard-needs-rounds = Sorğular (🟢 açıq, ⚪️ bağlı)
dashboard-needs-rate = Cavab nisbəti
dashboard-needs-demand = Tələb: mövzunu istəyən QHT-lərin ona verdiyi prioritetlərin cəmi (yüksək 3, orta 2, aşağı 1).
public-title = { $province } ostanında QHT-lər və dövlət
public-intro = Ostan hökumətinin QHT-lərlə işi, hər şəhristan üzrə rəqəmlərlə. Burada yalnız saylar dərc olunur: heç bir QHT-nin və ya şəxsin adı çəkilmir.
public-language-fa = فارسی
public-language-az = Azərbaycanca
public-language-en = English
public-ngos = Şəhristan və fəaliyyət sahəsi üzrə təsdiqlənmiş QHT-lər
public-meetings = Hər şəhristanda keçirilmiş problemyönlü görüşlər
public-meetings-target = Hər şəhristan rübdə QHT-ləri ilə { $required ->
    [one] bir görüş
   *[other] { $required } görüş
} keçirməlidir (✅ keçirilib, ❌ hələ yox).
public-needs = Təlim ehtiyacları: { $from } ilə { $to } arasında açılmış sorğulara dəvət olunan QHT-lərin cavabı
dashboard-duplicates = Ehtimal olunan təkrarlar ({ $count })
dashboard-status-PENDING = yoxlanış gözləyir
dashboard-status-VERIFIED = təsdiqlənib
dashboard-status-REJECTED = rədd edilib
dashboard-merge-confirm = Bu ikisi birləşdirilsin? Köhnə qeyd saxlanılır; yenisi bağlanır və üzvləri köhnəyə köçür. Bunu burada geri qaytarmaq olmur.
dashboard-merged = Birləşdirildi: köhnə qeyd saxlanıldı və üzvlər ona köçdü; yeni qeydin rəhbərinə xəbər verilir.
dashboard-meeting-present = iştirak edən: { $present }
dashboard-meeting-agenda = Gündəlik və nəticələr

## The province shown (national officials and superadmins)
dashboard-province = Əyalət:
dashboard-province-show = Göstər
