## npm run doctor: the test message to superadmins
doctor-test-link = این
doctor-test-message = 🩺 پیام آزمایشی سامانیار: این واژه باید <b>پررنگ</b> باشد و { $link } یک پیوند. اگر به جای آن برچسب‌ها را می‌بینید، این پیام‌رسان قالب‌بندی را نمی‌خواند.
