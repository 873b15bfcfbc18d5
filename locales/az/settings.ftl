## Parametrlər: vacib olmayan kütləvi mesajların çatıb-çatmaması
cmd-settings = Parametrləriniz (kütləvi mesajlar)
settings-unmuted = 🔔 Məmurların QHT-nizə kütləvi mesajlarını alırsınız. Görüş dəvətləri və xatırlatmalar hər halda sizə çatır.
settings-muted = 🔕 Kütləvi mesajlar səssizdədir: yalnız vacib olanları, görüş dəvətlərini və xatırlatmaları alırsınız.
button-mute = 🔕 Kütləvi mesajları səssizə qoymaq
button-unmute = 🔔 Kütləvi mesajları yenidən almaq
settings-leader-note = QHT rəhbəri kimi məmurların rəhbərlərə göndərdiyi kütləvi mesajları həmişə alırsınız.
