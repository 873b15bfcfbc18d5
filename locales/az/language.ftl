## Dil
language-choose = Dilinizi seçin:
language-name-fa = فارسی
language-name-az = Azərbaycanca
language-name-en = English
language-set = Bundan sonra sizinlə azərbaycanca danışacağam.
