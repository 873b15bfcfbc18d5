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
error-needs-no-ngos = Bu şəhristanlarda hələ təsdiqlənmiş QHT yoxdur, soruşulacaq kimsə yoxdur.
error-needs-closed = Bu sorğu bağlanıb: cavablar artıq qəbul edilmir.
error-needs-not-invited = QHT-niz bu sorğuya dəvət olunmayıb.
invalid-date = Bu tarixi oxuya bilmirəm. Hicri-şəmsi təqvimi ilə il/ay/gün şəklində yazın, məsələn 1405/10/15.
invalid-deadline-past = Son tarix bu gün və ya sonra olmalıdır.
invalid-deadline-far = Son tarix ən çoxu { $days } gün sonra ola bilər.
invalid-attendees = 1-dən { $max }-ə qədər tam ədəd yazın.
needs-open-intro = <b>Yeni təlim ehtiyacı sorğusu</b>. Seçdiyiniz şəhristanlardakı bütün təsdiqlənmiş QHT-lərin rəhbərlərindən təlim ehtiyacları soruşulacaq. İstənilən vaxt dayandırmaq üçün /cancel göndərin.
needs-ask-title = Sorğunun adı (məsələn "Təlim ehtiyacları, payız 1405"):
needs-ask-deadline = Son tarix, hicri-şəmsi təqvimi ilə (il/ay/gün), məsələn { $example }. Cavablar həmin günün sonuna qədər qəbul edilir.
needs-ask-scope = Sorğu hansı şəhristanları əhatə edir?
needs-all-counties = { $count ->
    [one] Yeganə şəhristan
   *[other] Bütün { $count } şəhristan
}
needs-some-counties = Özüm seçim
needs-ask-counties = Şəhristanları seçin (mötərizədə təsdiqlənmiş QHT-lərin sayı):
needs-open-summary = <b>Açmazdan əvvəl sorğunu yoxlayın</b>

    Ad: { $title }
    Son tarix: { $deadline }
    Şəhristanlar: { $counties }
    Dəvət olunacaq QHT-lər: { $ngos }
button-edit-title = ✏️ Ad
button-edit-deadline = ✏️ Son tarix
button-edit-counties = ✏️ Şəhristanlar
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
button-needs-county = Şəhristanlara görə
button-needs-field = Sahələrə görə
button-needs-when = Forma və vaxt
button-needs-other = Digər ehtiyaclar
button-needs-plan = Təkliflər
button-chart = 🖼 Qrafik
button-csv = 📄 CSV
needs-chart-title = Təlim mövzuları tələbə görə, şəhristanlar üzrə
needs-chart-subtitle = { $title }: { $invited } QHT-dən { $answered } cavab verdi
needs-chart-caption = { $title }
needs-sheet-answers = Cavablar
needs-sheet-demand = Mövzular üzrə tələb
needs-sheet-response = Şəhristanlar üzrə cavab
needs-col-ngo = QHT
needs-col-county = Şəhristan
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
