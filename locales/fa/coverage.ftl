## خانه سمن‌ها: پراکندگی
cmd-coverage = نقشه سمن‌ها به تفکیک شهرستان و حوزه
coverage-title = 🗺 سمن‌های تأییدشده به تفکیک حوزه فعالیت در { $counties } شهرستان ({ $fields } حوزه).
coverage-empty = هنوز هیچ سمن تأییدشده‌ای در حوزهٔ شما ({ $counties } شهرستان) نیست، پس نقشه‌ای برای پوشش نیست. با تأیید سمن‌ها به دست مسئولان (/pending) پر می‌شود.
coverage-gaps = بزرگ‌ترین خلأها (بدون هیچ سمن):
coverage-gap = • { $field }: در { $count } شهرستان از { $total } شهرستان هیچ سمنی نیست ({ $counties })
coverage-youth = سمن‌های جوانان در هر شهرستان: { $counts }
coverage-youth-none = • هنوز هیچ سمن جوانان در { $counties } نیست: جایی برای تشویق به تأسیس سمن‌های تازه.
coverage-crowded = پرتراکم‌ترین‌ها (دست‌کم { $threshold } سمن در یک حوزه و یک شهرستان — نیازمند هماهنگی):
coverage-none-crowded = • هیچ
coverage-crowded-cell = • { $county }، { $field }: { $count } سمن
button-excel = 📊 فایل اکسل
coverage-chart-title = سمن‌های تأییدشده به تفکیک حوزه و شهرستان
coverage-legend-gap = خلأ: بدون هیچ سمن
coverage-legend-crowded = پرتراکم: { $threshold } سمن یا بیشتر
coverage-sheet = پراکندگی
coverage-corner = حوزه فعالیت
