## Samanyar — Azərbaycanca. locales/az/ qovluğundakı hər açar locales/en/ və locales/fa/ qovluqlarının eyni adlı faylında da var (bir test bunu yoxlayır).

yes = Bəli
no = Xeyr

## Ümumi söhbət qaydaları
cancelled = Dayandırıldı. Heç nə yadda saxlanmadı. Menyu üçün /start göndərin.
nothing-to-cancel = Dayandırılacaq heç nə yoxdur. Menyu üçün /start göndərin.
command-in-conversation = Bir addımın ortasındayıq. Yuxarıdakı suala cavab verin və ya dayandırmaq üçün /cancel göndərin.
expected-text = Zəhmət olmasa, cavabınızı mətn şəklində yazın.
expected-own-text = Zəhmət olmasa, mesaj yönləndirmək əvəzinə cavabı özünüz yazın.
expected-buttons = Zəhmət olmasa, yuxarıdakı mesajın düymələri ilə seçin.
expected-contact = Zəhmət olmasa, aşağıdakı «Telefon nömrəmi paylaş» düyməsini basın və ya nömrənizi yazın.
expected-buttons-or-name = Zəhmət olmasa, yuxarıdakı mesajın düymələri ilə seçin və ya adı düymələrdən birində yazıldığı kimi yazın.
choice-not-found = { $count ->
    [one] Bu adı tanımıram. Yuxarıdakı düymələrdən birini basın və ya adı düymədə yazıldığı kimi yazın.
   *[other] Bu adlardan birini tanımıram. Yuxarıdakı düymələri basın və ya adları düymələrdə yazıldığı kimi, vergüllə ayıraraq yazın.
}
invalid-gregorian-date = Bu, miladi tarixə oxşayır: { $suggestion } nəzərdə tuturdunuz? Onu götürmək üçün düyməni basın və ya tarixi hicri-şəmsi təqvimi ilə yazın.
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
choices-page = Səhifə { $page }
