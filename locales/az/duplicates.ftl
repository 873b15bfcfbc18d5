## QHT evi: təkrarlar
cmd-duplicates = İki dəfə qeydiyyatdan keçmiş ola biləcək QHT-lər
duplicates-none = Sizin ərazidə iki dəfə qeydiyyatdan keçmiş kimi görünən QHT yoxdur.
duplicates-list = { $count } cüt QHT iki dəfə qeydiyyatdan keçmiş eyni təşkilat ola bilər ({ $shown } göstərilir). «Birləşdir» köhnə qeydi saxlayır və üzvləri köçürür; «Təkrar deyil» bu cütü həmişəlik gizlədir.
duplicates-similar-name = 🔁 Eyni şəhristanda çox oxşar adlar:
duplicates-same-phone = 🔁 Eyni əlaqə telefonu:
button-merge = 🔗 Birləşdir (köhnəni saxla)
button-not-duplicate = ✋ Təkrar deyil
button-yes-merge = Bəli, birləşdir
duplicates-merged = <b>{ $name }</b> ilə birləşdirildi; { $members ->
    [0] heç kim köçürülmədi.
   *[other] { $members } nəfər ora üzv kimi köçürüldü.
}
duplicates-dismissed = Qeyd edildi: bu cüt bir daha təklif olunmayacaq.
ngo-merged = QHT-niz iki dəfə qeydiyyatdan keçmiş kimi müəyyən edildi və <b>{ $name }</b> ilə birləşdirildi; indi siz onun üzvüsünüz. Səhv olduğunu düşünürsünüzsə, şəhristanınızın məsul şəxsləri ilə əlaqə saxlayın.
