## Broadcasts
cmd-broadcast = Send a message to NGOs
cmd-broadcasts = Recent and scheduled broadcasts
menu-broadcasts = 📣 Broadcasts
audience-LEADERS = Leaders only
audience-LEADERS_AND_MEMBERS = Leaders and members
broadcast-ask-message = <b>New broadcast</b>. Send the message exactly as it should arrive: text (with formatting), or a photo or document with a caption. Send /cancel to stop.
broadcast-ask-audience = Who should get it?
broadcast-ask-essential = Is it essential? Members who muted broadcasts get essential ones too.
broadcast-normal = Normal
broadcast-essential = Essential: to everyone, muted or not
broadcast-ask-filter = Which NGOs?
broadcast-to-all = All verified NGOs
broadcast-to-county = By county
broadcast-to-field = By field of activity
broadcast-to-youth = Youth NGOs only
broadcast-ask-counties = Choose the counties:
broadcast-ask-fields = Choose the fields of activity:
broadcast-ask-when = When should it be sent?
broadcast-now = Now
broadcast-later = Later
broadcast-ask-time = Date and time in the Solar Hijri calendar, Tehran time, e.g. { $example }:
invalid-date-time = I cannot read that. Type the date and time as year/month/day hour:minute, e.g. 1405/09/20 10:30.
invalid-time-past = That time has passed. Choose a time in the future.
invalid-time-far = A broadcast can be scheduled at most { $days } days ahead.
invalid-meeting-time-far = A meeting can be scheduled at most { $days } days ahead.
broadcast-preview-intro = This is exactly what they will get:
broadcast-summary = <b>Check the broadcast</b>
    To: { $audience }
    Kind: { $kind }
    NGOs: { $filter }
    When: { $when }
    Recipients now: { $total }
    { $byCounty }
broadcast-kind-essential = ❗ Essential: every member gets it, even those who muted broadcasts
broadcast-kind-normal = Normal: members who muted broadcasts do not get it
broadcast-kind-normal-leaders = Normal (leaders get every broadcast)
broadcast-nobody = Nobody matches these choices. Change the audience or the NGOs.
broadcast-nobody-in-area = There is nobody to send to yet: no NGO in your area is verified. Broadcasts reach NGOs once officials approve them (/pending).
button-edit-audience = ✏️ Audience
button-edit-recipients = ✏️ NGOs
button-edit-when = ✏️ Time
button-cancel-broadcast = ✖️ Cancel broadcast
button-pause = ⏸ Pause
button-resume = ▶️ Resume
button-failed-list = 📄 Not delivered (CSV)
button-new-broadcast = ➕ New broadcast
broadcast-no-text = (photo or document)
broadcast-status-SCHEDULED = 🕒 Scheduled for { $at }
broadcast-status-SENDING = 🚀 Sending…
broadcast-status-PAUSED = ⏸ Paused
broadcast-status-DONE = ✅ Finished
broadcast-status-CANCELLED = ✖️ Cancelled
broadcast-counts = Sent: { $sent } · Failed: { $failed } · Unreachable: { $unreachable } · Left: { $left }
broadcast-messenger-counts = • { $messenger }: sent { $sent } · not delivered { $missed } · left { $left }
broadcast-cancelled-count = Not sent (cancelled): { $count }
broadcast-eta = About { $time } to go.
broadcast-took = It took { $time }.
duration-minutes = { $minutes } min { $seconds } s
duration-seconds = { $seconds } s
broadcast-paused = Paused.
broadcast-resumed = Resumed.
broadcast-cancelled = Cancelled.
broadcasts-list = Recent and scheduled broadcasts (🕒 scheduled, 🚀 sending, ⏸ paused, ✅ finished, ✖️ cancelled):
broadcasts-none = No broadcast has been sent in your area yet.
broadcast-col-name = Name
broadcast-col-username = Username
broadcast-col-messenger = Messenger
broadcast-col-user-id = User id on the messenger
messenger-TELEGRAM = Telegram
messenger-BALE = Bale
broadcast-col-county = County
broadcast-col-status = Status
broadcast-col-error = Error
delivery-FAILED = Failed
delivery-UNREACHABLE = Unreachable (blocked the bot)
error-broadcast-in-past = The time of the broadcast has passed; choose another.
error-broadcast-state = The broadcast is no longer in a state where this can be done.
