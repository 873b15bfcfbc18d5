## زبان
language-choose = زبان خود را انتخاب کنید:
language-name-fa = فارسی
language-name-az = Azərbaycanca
language-name-en = English
language-set = از این پس با شما فارسی صحبت می‌کنم.
