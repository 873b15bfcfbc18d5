## Şəhristan əlavə etmək (/county_add, baş inzibatçılar)
county-ask-name-fa = Şəhristanın fars dilində adı nədir?
county-ask-name-az = Azərbaycan dilində (latın əlifbası ilə) adı?
county-ask-name-en = İngilis dilində adı?
county-ask-neighbours = Əyalətin hansı şəhristanları ilə həmsərhəddir? Onları basın və ya adlarını yazın, sonra «Hazırdır» (heç biri olmaya da bilər).
county-added = ✅ { $county } artıq { $province } əyalətinin şəhristanıdır.
