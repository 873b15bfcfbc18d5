## Language
language-choose = Choose your language:
language-name-fa = فارسی
language-name-az = Azərbaycanca
language-name-en = English
language-set = From now on I will speak English with you.
