## QHT evi: əhatə
cmd-coverage = Şəhristan və sahəyə görə QHT xəritəsi
coverage-title = 🗺 { $counties } şəhristanda fəaliyyət sahəsinə görə təsdiqlənmiş QHT-lər ({ $fields } sahə).
coverage-empty = Sizin ərazidə ({ $counties } şəhristan) hələ təsdiqlənmiş QHT yoxdur, ona görə xəritəyə salınacaq əhatə yoxdur. Məsul şəxslər QHT-ləri təsdiq etdikcə (/pending) dolacaq.
coverage-gaps = Ən böyük boşluqlar (heç bir QHT yoxdur):
coverage-gap = • { $field }: { $total } şəhristandan { $count }-də yoxdur ({ $counties })
coverage-youth = Şəhristanlar üzrə gənclər QHT-ləri: { $counts }
coverage-youth-none = • { $counties } ərazisində hələ gənclər QHT-si yoxdur: yenilərini təşviq etmək üçün yer.
coverage-crowded = Ən sıx olanlar (bir şəhristanda bir sahədə ən azı { $threshold } QHT — əlaqələndirmə lazımdır):
coverage-none-crowded = • yoxdur
coverage-crowded-cell = • { $county }, { $field }: { $count } QHT
button-excel = 📊 Excel faylı
coverage-chart-title = Sahə və şəhristana görə təsdiqlənmiş QHT-lər
coverage-legend-gap = QHT yoxdur (boşluq)
coverage-legend-crowded = { $threshold } və ya çox (sıx)
coverage-sheet = Əhatə
coverage-corner = Fəaliyyət sahəsi
