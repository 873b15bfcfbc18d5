## Meetings
cmd-meetings = Meetings you are invited to or hold
cmd-meeting_new = Schedule a problem-centred meeting
button-new-meeting = ➕ New meeting
meetings-upcoming = Upcoming meetings in your area:
meetings-none = No meeting is scheduled in your area.
meetings-invited = Meetings you are invited to:
meetings-no-invitations = You have no meeting invitations right now.
meeting-new-intro = <b>New problem-centred meeting</b>. The NGOs of the county are invited and answer from the invitation. Send /cancel to stop.
meeting-ask-county = In which county? Press it, or type its name.
meeting-nobody-to-invite = There is nobody to invite yet: no NGO in your { $counties ->
    [one] county
   *[other] counties
} is verified. Meetings can be scheduled once NGOs are approved (/pending).
meeting-county-empty = { $county } has no verified NGO yet, so nobody there can be invited. Choose another county.
meeting-ask-title = Title of the meeting:
meeting-ask-theme = The problem it is centred on (up to { $max } characters):
meeting-ask-time = Date and time, in the Solar Hijri calendar and Tehran time, e.g. { $example }:
meeting-ask-venue = Where? (the venue's name and address)
meeting-ask-location = Share the venue's location (📎 → Location) so invitees get a map, or Skip.
meeting-ask-ngos = Which NGOs of the county are invited?
meeting-all-ngos = All verified NGOs
meeting-ask-members = Who is invited?
meeting-summary = <b>Check the meeting</b>
    County: { $county }
    Title: { $title }
    Problem: { $theme }
    When: { $at }
    Where: { $venue }
    NGOs: { $ngos }
    Invited: { $who }
    Invitations: { $invitedPeople ->
        [one] 1 person
       *[other] { $invitedPeople } people
    } of { $invitedNgos ->
        [one] 1 NGO
       *[other] { $invitedNgos } NGOs
    }
button-edit-meeting-title = ✏️ Title
button-edit-meeting-theme = ✏️ Problem
button-edit-meeting-time = ✏️ Time
button-edit-meeting-venue = ✏️ Venue
button-edit-meeting-invitees = ✏️ Invitees
button-edit-meeting-county = ✏️ County
meeting-created = The meeting <b>{ $title }</b> is scheduled; { $invited ->
        [one] 1 invitation is
       *[other] { $invited } invitations are
    } on their way.
error-invalid-meeting = The meeting's time has passed or its details are incomplete.
error-meeting-no-ngos = No verified NGO matches: there is nobody to invite.
error-meeting-not-invited = You are not invited to this meeting.
error-meeting-left-ngo = You are no longer in the NGO this invitation was for, so you cannot answer or act for it.
error-meeting-cancelled = This meeting was called off.
error-meeting-started = This meeting has already started: answers are closed.
error-check-in-over = Check-in for this meeting is over: it closes three hours after the meeting's start.
invalid-headcount = Type a whole number from 1 to { $max }.
meeting-card = 🗓 <b>{ $title }</b> — { $county }
    Problem: { $theme }
    When: { $at }
    Where: { $venue }
meeting-invited = You are invited, through <b>{ $name }</b>:
meeting-answer-none = Will you come? Answer with the buttons.
meeting-answer-YES = Your answer: ✅ I will attend.
meeting-answer-NO = Your answer: ❌ I cannot attend.
meeting-answer-ngo = The answer of { $name }: ✅ attending with { $count } people.
meeting-answer-until = You can change it until the meeting starts.
meeting-answer-recorded = Answer recorded.
button-attend = ✅ I will attend
button-not-attend = ❌ I cannot attend
button-answer-for-ngo = 👥 Answer for the NGO
button-map = 📍 Map
meeting-ask-headcount = How many people of your NGO will come? (1 to { $max })
meeting-moved = 🕒 <b>The meeting has a new time.</b>
meeting-called-off = ✖️ <b>This meeting is called off.</b>
meeting-counts = Invited: { $invited } · Attending: { $yes } · Not attending: { $no } · No answer: { $unanswered } · People announced by leaders: { $headcount }
button-reschedule = 🕒 Reschedule
button-cancel-meeting = ✖️ Cancel meeting
meeting-cancel-confirm = Call off <b>{ $title }</b>? Everyone invited will be told.
button-yes-cancel-meeting = Yes, call it off
meeting-cancelled-done = <b>{ $title }</b> is called off; the invitees are being told.
meeting-rescheduled-done = <b>{ $title }</b> now takes place { $at }; the invitees are being told.
meeting-reminder = ⏰ <b>Reminder</b>
menu-meetings = 🗓 Meetings
agenda-title = 📋 <b>Agenda of { $title }</b>: the problems NGOs want discussed
agenda-empty = No problem has been added yet.
list-more = … and { $count } more.
list-not-shown = { $count } of them could not be shown here.
agenda-ask-text = Which problem should the meeting discuss? One problem, in a few sentences (up to { $max } characters):
agenda-ask-field = Which field of activity is it about?
agenda-added = The problem is on the agenda.
button-add-agenda = 📝 Add a problem
button-agenda = 📋 Agenda
error-agenda-full = Your NGO has added as many problems as one meeting takes (5).
button-check-in = 🔑 Start check-in
check-in-code = Check-in code: <b>{ $code }</b>
    Show it in the room: attendees send these six digits to the bot until { $until }. People without Telegram at hand can be marked present from the list.
button-end-check-in = ⏹ End check-in
check-in-ended = Check-in for <b>{ $title }</b> is closed: its code no longer works. Present: { $present } of { $invited }.
button-mark-present = ✅ Mark present
present-list = Present: { $present } of { $invited }. Press a name to mark them present.
checked-in = ✅ You are checked in at <b>{ $title }</b>. Welcome!
check-in-unusable = That is not a check-in code you can use. Check the digits shown in the room: a code works only while the meeting's check-in is open.
check-in-wait = Too many codes that could not be used. You can try again from { $at }.
cmd-attendance = Attendance of a meeting, with exports
attendance-choose = Choose a meeting:
list-more-inline = { $count } more
attendance-view = 📋 <b>{ $title }</b> — { $at }
    Invited: { $invited } · Accepted: { $yes } · Declined: { $no } · No answer: { $unanswered } · Present: { $present }

    ✅ Accepted: { $yesNames }
    ❌ Declined: { $noNames }
    ❔ No answer: { $unansweredNames }
    🙋 Present: { $presentNames }
attendance-col-name = Name
attendance-col-username = Username
attendance-col-ngo = NGO
attendance-col-role = Role
attendance-col-answer = Answer
attendance-col-people = People (leader's answer)
attendance-col-present = Present
attendance-leader = Leader
attendance-member = Member
attendance-answer-YES = Attending
attendance-answer-NO = Not attending
attendance-sheet = Attendance
outcome-RESOLVED = ✅ Resolved
outcome-FOLLOW_UP = 🔁 Follow-up
outcome-REFERRED = ↪️ Referred
outcome-ask = What did the meeting do about this problem?
    «{ $problem }»
outcome-ask-note = A note on it (who does what, by when), or Skip:
outcome-recorded = The outcome is recorded.
