## QHT evi: kataloq
cmd-directory = QHT-ləri tap (QHT evi)
menu-directory = 🏛 QHT kataloqu
directory-intro = 🏛 <b>QHT evinin kataloqu</b>
    Əyalətin təsdiqlənmiş QHT-lərini tapın:
directory-intro-province = 🏛 <b>QHT evinin kataloqu</b>
    { $province } — təsdiqlənmiş QHT-ləri tapın:
directory-intro-all = 🏛 <b>QHT evinin kataloqu</b>
    Bütün əyalətlərin təsdiqlənmiş QHT-lərini tapın:
button-dir-county = 📍 Şəhristana görə
button-dir-field = 🎯 Fəaliyyət sahəsinə görə
button-dir-name = 🔎 Ada görə
button-dir-all = 📋 Hamısı
directory-choose-county = Hansı şəhristan? Onu basın və ya adını yazın.
directory-choose-field = Hansı fəaliyyət sahəsi? Onu basın və ya adını yazın.
directory-ask-name = Adı və ya onun bir hissəsini yazın:
directory-results = { $count } QHT tapıldı (səhifə { $page } / { $pages }). Kartını görmək üçün birini seçin.
directory-none = Heç bir təsdiqlənmiş QHT tapılmadı. Başqa axtarış edin: /directory
directory-expired = Bu axtarışın vaxtı bitib. /directory ilə yenidən axtarın.
error-directory-closed = Kataloq məsul şəxslər və təsdiqlənmiş QHT-lərin üzvləri üçün açıqdır.
button-contact = ✉️ Əlaqə
directory-contact = <b>{ $name }</b> təşkilatının rəhbəri { $leader } ilə yazışa bilərsiniz.
directory-contact-closed = Bu QHT-nin rəhbəri kataloq vasitəsilə əlaqəni açmayıb.
button-contact-open = 🔓 Kataloqda əlaqə: açıq
button-contact-closed = 🔒 Kataloqda əlaqə: bağlı
contact-now-open = İndi digər QHT-lər kataloqda sizinlə necə əlaqə saxlayacaqlarını görür.
contact-now-closed = Artıq digər QHT-lər kataloqda sizinlə əlaqə yolunu görmür.
