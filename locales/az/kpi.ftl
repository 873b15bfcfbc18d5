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
kpi-target = Rübün görüşünü keçirən şəhristanlar: { $total } şəhristandan { $met }
kpi-all-counties = Bütün şəhristanlar
kpi-county-met = ✅ <b>{ $county }</b>: { $held } görüş keçirilib (tələb: { $required })
kpi-county-missed = ❌ <b>{ $county }</b>: { $held } görüş keçirilib (tələb: { $required })
kpi-upcoming = , { $count } görüş qarşıdadır
kpi-reach = Dəvət olunan QHT { $invited } · qəbul edən { $accepted } · iştirak edən { $present } (iştirak { $rate }) · iştirakçı şəxslər { $people }
kpi-agenda = Gündəlik məsələləri { $raised } · həll olunan { $resolved }
kpi-needs = Təlim ehtiyacları sorğusu: { $invited } QHT-dən { $answered } cavab verib ({ $rate })
kpi-no-needs = Bu rübdə təlim ehtiyacları sorğusu açılmayıb.
kpi-needs-not-asked = Təlim ehtiyacları sorğusu: bu rüb onun QHT-lərindən heç biri soruşulmayıb
kpi-definitions = <i>Vaxtı çatmış və ləğv edilməmiş görüş keçirilmiş sayılır. Hər QHT rübdə bir dəfə sayılır; iştirak = iştirak edən QHT ÷ dəvət olunan QHT.</i>
button-kpi = 📈 Göstəricilər
button-kpi-previous = Əvvəlki rüb
button-kpi-next = Sonrakı rüb
kpi-chart-title = QHT-lərlə əməkdaşlıq — { $quarter }
kpi-chart-legend = Yaşıl: şəhristan tələb olunan { $required } görüşü keçirib; qırmızı: keçirməyib.
kpi-col-county = Şəhristan
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
quarter-nudge = 📅 { $counties } üçün { $quarter } dövrünə hələ QHT-lərlə görüş planlaşdırılmayıb. Hər şəhristan hər rübdə bir problem yönümlü görüş keçirir və bu, şəhristanın fəaliyyət göstəricilərində sayılır. İndi planlaşdırın:
quarter-missing = 📅 { $quarter }: { $count } şəhristanda hələ QHT-lərlə görüş planlaşdırılmayıb: { $counties }. Həmin şəhristanların məsulları xəbərdar edildi.
## Əyalətlərin müqayisəsi (milli məsullar və superadminlər, "bütün əyalətlər")
kpi-all-provinces = Bütün əyalətlər
kpi-province-met = ✅ <b>{ $province }</b>: bütün { $counties } şəhristan görüşünü keçirib ({ $held } görüş keçirilib)
kpi-province-missed = ❌ <b>{ $province }</b>: { $counties } şəhristandan { $met } görüşünü keçirib ({ $held } görüş keçirilib)
kpi-col-province = Əyalət
kpi-col-counties-met = Hədəfə çatan şəhristanlar
kpi-counties-met-of = { $total } şəhristandan { $met }
kpi-held-of = { $required } görüşdən { $held }
kpi-provinces-legend = Yaşıl: əyalətin bütün şəhristanları tələb olunan { $required } görüşü keçirib; qırmızı: bəziləri keçirməyib. Keçirilmiş görüşlər hər şəhristana bir görüşə qarşı.
kpi-sheet-provinces = Əyalətlər
kpi-x-counties = Şəhristanlar
kpi-x-counties-met = Hədəfə çatan şəhristanlar
kpi-x-resolved-rate = Həll olunan məsələlər (%)
