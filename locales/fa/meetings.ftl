## نشست‌ها
cmd-meetings = نشست‌هایی که به آن‌ها دعوت شده‌اید یا برگزار می‌کنید
cmd-meeting_new = برنامه‌ریزی نشست مسئله‌محور
button-new-meeting = ➕ نشست تازه
meetings-upcoming = نشست‌های پیش رو در حوزه شما:
meetings-none = هیچ نشستی در حوزه شما برنامه‌ریزی نشده است.
meetings-invited = نشست‌هایی که به آن‌ها دعوت شده‌اید:
meetings-no-invitations = اکنون دعوت‌نامه‌ای برای نشست ندارید.
meeting-new-intro = <b>نشست مسئله‌محور تازه</b>. سمن‌های شهرستان دعوت می‌شوند و از همان دعوت‌نامه پاسخ می‌دهند. برای توقف /cancel بفرستید.
meeting-ask-county = در کدام شهرستان؟ آن را بزنید، یا نامش را بنویسید.
meeting-nobody-to-invite = هنوز کسی برای دعوت نیست: هیچ سمنی در { $counties ->
    [one] شهرستان
   *[other] شهرستان‌های
} شما تأیید نشده است. پس از تأیید سمن‌ها (/pending) می‌توان نشست گذاشت.
meeting-county-empty = { $county } هنوز سمن تأییدشده‌ای ندارد، پس کسی از آن‌جا را نمی‌توان دعوت کرد. شهرستان دیگری را انتخاب کنید.
meeting-ask-title = عنوان نشست:
meeting-ask-theme = مسئله‌ای که نشست بر آن متمرکز است (تا { $max } نویسه):
meeting-ask-time = تاریخ و ساعت به تقویم هجری شمسی و وقت تهران، مثلاً { $example }:
meeting-ask-venue = کجا؟ (نام و نشانی محل)
meeting-ask-location = موقعیت محل را بفرستید (📎 ← موقعیت) تا دعوت‌شدگان نقشه داشته باشند، یا «رد شدن» را بزنید.
meeting-ask-ngos = کدام سمن‌های شهرستان دعوت شوند؟
meeting-all-ngos = همه سمن‌های تأییدشده
meeting-ask-members = چه کسانی دعوت شوند؟
meeting-summary = <b>نشست را بررسی کنید</b>
    شهرستان: { $county }
    عنوان: { $title }
    مسئله: { $theme }
    زمان: { $at }
    محل: { $venue }
    سمن‌ها: { $ngos }
    دعوت‌شدگان: { $who }
    دعوت‌نامه‌ها: { $invitedPeople } نفر از { $invitedNgos } سمن
button-edit-meeting-title = ✏️ عنوان
button-edit-meeting-theme = ✏️ مسئله
button-edit-meeting-time = ✏️ زمان
button-edit-meeting-venue = ✏️ محل
button-edit-meeting-invitees = ✏️ دعوت‌شدگان
button-edit-meeting-county = ✏️ شهرستان
meeting-created = نشست <b>{ $title }</b> برنامه‌ریزی شد؛ { $invited } دعوت‌نامه در راه است.
error-invalid-meeting = زمان نشست گذشته است یا جزئیاتش کامل نیست.
error-meeting-no-ngos = هیچ سمن تأییدشده‌ای جور نیست: کسی برای دعوت نیست.
error-meeting-not-invited = شما به این نشست دعوت نشده‌اید.
error-meeting-left-ngo = شما دیگر عضو سمنی که این دعوت برای آن بود نیستید، پس نمی‌توانید از طرف آن پاسخ دهید یا کاری انجام دهید.
error-meeting-cancelled = این نشست لغو شده است.
error-meeting-started = این نشست آغاز شده است: پاسخ‌ها بسته است.
error-check-in-over = زمان ثبت حضور این نشست گذشته است: ثبت حضور سه ساعت پس از آغاز نشست بسته می‌شود.
invalid-headcount = یک عدد صحیح از ۱ تا { $max } بنویسید.
meeting-card = 🗓 <b>{ $title }</b> — { $county }
    مسئله: { $theme }
    زمان: { $at }
    محل: { $venue }
meeting-invited = شما از سوی <b>{ $name }</b> دعوت شده‌اید:
meeting-answer-none = می‌آیید؟ با دکمه‌ها پاسخ دهید.
meeting-answer-YES = پاسخ شما: ✅ شرکت می‌کنم.
meeting-answer-NO = پاسخ شما: ❌ نمی‌توانم شرکت کنم.
meeting-answer-ngo = پاسخ { $name }: ✅ با { $count } نفر شرکت می‌کند.
meeting-answer-until = تا آغاز نشست می‌توانید آن را تغییر دهید.
meeting-answer-recorded = پاسخ ثبت شد.
button-attend = ✅ شرکت می‌کنم
button-not-attend = ❌ نمی‌توانم شرکت کنم
button-answer-for-ngo = 👥 پاسخ از سوی سمن
button-map = 📍 نقشه
meeting-ask-headcount = چند نفر از سمن شما می‌آیند؟ (۱ تا { $max })
meeting-moved = 🕒 <b>زمان نشست تغییر کرد.</b>
meeting-called-off = ✖️ <b>این نشست لغو شد.</b>
meeting-counts = دعوت‌شده: { $invited } · می‌آیند: { $yes } · نمی‌آیند: { $no } · بی‌پاسخ: { $unanswered } · نفرات اعلام‌شده از سوی مدیران: { $headcount }
button-reschedule = 🕒 تغییر زمان
button-cancel-meeting = ✖️ لغو نشست
meeting-cancel-confirm = <b>{ $title }</b> لغو شود؟ به همه دعوت‌شدگان خبر داده می‌شود.
button-yes-cancel-meeting = بله، لغو شود
meeting-cancelled-done = <b>{ $title }</b> لغو شد؛ به دعوت‌شدگان خبر داده می‌شود.
meeting-rescheduled-done = <b>{ $title }</b> اکنون در { $at } برگزار می‌شود؛ به دعوت‌شدگان خبر داده می‌شود.
meeting-reminder = ⏰ <b>یادآوری</b>
menu-meetings = 🗓 نشست‌ها
agenda-title = 📋 <b>دستور کار { $title }</b>: مسئله‌هایی که سمن‌ها می‌خواهند بررسی شود
agenda-empty = هنوز مسئله‌ای افزوده نشده است.
list-more = … و { $count } مورد دیگر.
list-not-shown = { $count } مورد را نمی‌توان اینجا نشان داد.
agenda-ask-text = نشست چه مسئله‌ای را بررسی کند؟ یک مسئله، در چند جمله (تا { $max } نویسه):
agenda-ask-field = مربوط به کدام حوزه فعالیت است؟
agenda-added = مسئله به دستور کار افزوده شد.
button-add-agenda = 📝 افزودن مسئله
button-agenda = 📋 دستور کار
error-agenda-full = سمن شما به اندازه ظرفیت یک نشست (۵) مسئله افزوده است.
button-check-in = 🔑 شروع حضور و غیاب
check-in-code = کد حضور: <b>{ $code }</b>
    آن را در سالن نشان دهید: شرکت‌کنندگان تا { $until } این شش رقم را برای ربات می‌فرستند. کسانی را که تلگرام در دسترس ندارند می‌توان از فهرست حاضر زد.
button-end-check-in = ⏹ پایان حضور و غیاب
check-in-ended = حضور و غیاب <b>{ $title }</b> بسته شد و کد آن دیگر کار نمی‌کند. حاضر: { $present } از { $invited }.
button-mark-present = ✅ ثبت حضور
present-list = حاضر: { $present } از { $invited }. برای ثبت حضور روی نام بزنید.
checked-in = ✅ حضور شما در <b>{ $title }</b> ثبت شد. خوش آمدید!
check-in-unusable = این کدی نیست که بتوانید برای ثبت حضور به کار ببرید. رقم‌هایی را که در سالن نشان داده شده بررسی کنید: کد تنها تا وقتی کار می‌کند که حضور و غیاب نشست باز است.
check-in-wait = کدهای نادرست بسیاری فرستاده‌اید. از { $at } می‌توانید دوباره تلاش کنید.
cmd-attendance = حضور و غیاب یک نشست، با خروجی
attendance-choose = یک نشست را برگزینید:
list-more-inline = { $count } مورد دیگر
attendance-view = 📋 <b>{ $title }</b> — { $at }
    دعوت‌شده: { $invited } · پذیرفته: { $yes } · نپذیرفته: { $no } · بی‌پاسخ: { $unanswered } · حاضر: { $present }

    ✅ پذیرفته: { $yesNames }
    ❌ نپذیرفته: { $noNames }
    ❔ بی‌پاسخ: { $unansweredNames }
    🙋 حاضر: { $presentNames }
attendance-col-name = نام
attendance-col-username = نام کاربری
attendance-col-ngo = سمن
attendance-col-role = نقش
attendance-col-answer = پاسخ
attendance-col-people = نفرات (پاسخ مدیر)
attendance-col-present = حضور
attendance-leader = مدیر
attendance-member = عضو
attendance-answer-YES = شرکت می‌کند
attendance-answer-NO = شرکت نمی‌کند
attendance-sheet = حضور و غیاب
outcome-RESOLVED = ✅ حل شد
outcome-FOLLOW_UP = 🔁 پیگیری
outcome-REFERRED = ↪️ ارجاع شد
outcome-ask = نشست دربارهٔ این مسئله چه کرد؟
    «{ $problem }»
outcome-ask-note = یادداشتی درباره آن (چه کسی، چه کاری، تا کی)، یا «رد شدن»:
outcome-recorded = نتیجه ثبت شد.
