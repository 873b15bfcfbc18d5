## Hesabatın və ya siyahının əyalətini seçmək (milli məsullar və superadminlər)
pick-province = Hansı əyalət? Yoxsa bütün əyalətlər?
button-all-provinces = 🌐 Bütün əyalətlər
