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
error-partners-not-verified = QHT-niz məsul şəxslər tərəfindən təsdiqləndikdən sonra tərəfdaş axtara bilərsiniz.
