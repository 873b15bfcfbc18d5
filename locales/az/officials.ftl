## Məsul şəxslər
officials-list = 🛡 <b>Məsul şəxslər</b>
officials-none = Hələ heç bir məsul şəxs yoxdur.
button-add-official = ➕ Məsul şəxs əlavə et
button-pick-person = 👤 Şəxsi seç
scope-province = Bütün { $province } əyaləti
scope-national = 🌐 Bütün əyalətlər (milli məsul)
grant-ask-person = Kim məsul şəxs olsun? Onu düymə ilə seçin və ya rəqəmli Telegram ID-sini yaxud istifadəçi adını (@ ilə) yazın. (O, bu botu artıq başlatmış olmalıdır.)
grant-person-unknown = Bu şəxsi hələ tanımıram. Ondan bu bota /start göndərməsini xahiş edin, sonra yenidən cəhd edin.
grant-person-found = Şəxs: <b>{ $name }</b>
grant-ask-scope = Hansı əraziyə məsul olacaq?
grant-done = <b>{ $name }</b> artıq məsul şəxsdir.
confirm-revoke = Bu şəxsin məsul şəxs səlahiyyəti ləğv edilsin?
official-revoked-done = { $name } artıq məsul şəxs deyil.
official-granted = 🛡 Artıq Samanyar sistemində məsul şəxssiniz. Nələr edə biləcəyinizi görmək üçün /start göndərin.
official-revoked = Samanyar sistemində məsul şəxs səlahiyyətiniz başa çatdı.
