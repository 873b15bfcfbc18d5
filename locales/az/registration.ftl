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
