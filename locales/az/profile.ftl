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
