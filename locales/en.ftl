## Samanyar — English. Every key here exists in fa.ftl and az.ftl too (a test checks it).

yes = Yes
no = No

## Start and help
start-greeting = Hello { $name }! I am Samanyar, the bridge between the province's NGOs and the government.
start-visitor = Here NGOs register, declare their training needs, take part in problem-centred meetings and hear from officials. To register your NGO press "Register my NGO"; to join an NGO, open the invite link its leader gave you.
start-member = You are a member of an NGO: you will get its news, meeting invitations and reminders here.
start-leader = You lead an NGO: manage its profile, members and invite link from the buttons below.
start-official = You are an official: review new NGOs and follow the NGOs of your area from here.
start-superadmin = You are a superadmin: you can appoint officials and do everything they can.
help-intro = What you can do here:
menu-register = 📝 Register my NGO
menu-my-ngo = 🏢 My NGO
menu-members = 👥 Members
menu-invite = 🔗 Invite link
menu-pending = 📥 NGOs awaiting review
menu-officials = 🛡 Officials
menu-profile = 👤 My profile
menu-language = 🌐 Language
menu-help = ❓ Help

cmd-start = Main menu
cmd-help = What I can do
cmd-register = Register an NGO
cmd-profile = Your profile and your NGO
cmd-leave = Leave an NGO
cmd-language = Change language
cmd-cancel = Stop what you are doing
cmd-invite = Your NGO's invite link
cmd-members = Your NGO's members
cmd-pending = NGOs awaiting review
cmd-officials = Appoint and remove officials

## Language
language-choose = Choose your language:
language-name-fa = فارسی
language-name-az = Azərbaycanca
language-name-en = English
language-set = From now on I will speak English with you.

## Conversations in general
cancelled = Stopped. Nothing was saved. Send /start for the menu.
nothing-to-cancel = There is nothing to stop. Send /start for the menu.
command-in-conversation = We are in the middle of a step. Answer the question above, or send /cancel to stop.
expected-text = Please type your answer as text.
expected-own-text = Please type the answer yourself rather than forwarding a message.
expected-buttons = Please choose with the buttons of the message above.
expected-contact = Please press the "Share my phone number" button below.
expected-person = Please pick the person with the button, or type their numeric Telegram id or @username.
stale-button = This button is no longer active.
button-during-conversation = First answer the question above, or send /cancel to stop it.
button-done = Done ({ $count } chosen)
button-confirm = ✅ Confirm
button-cancel = Cancel
button-share-contact = 📱 Share my phone number
button-yes-sure = Yes, I am sure
choose-at-least = Choose at least { $min }.
choose-at-most = You can choose at most { $max }.
invalid-too-short = That is too short: at least { $min } characters, please.
invalid-too-long = That is too long ({ $length } characters): at most { $max }, please.

## Registration
register-intro = <b>Registering your NGO</b>
    I will ask ten short questions. You can check everything at the end, and send /cancel at any time to stop.
ask-name = What is the NGO's full name?
ask-registration-number = What is its national registration number?
ask-authority = Which authority registered it? (for example: the provincial governor's office, the Ministry of Sport and Youth, the Welfare Organisation)
ask-province = Which province?
ask-county = In which county is the NGO based?
ask-fields = In which fields does it work? Choose up to { $max }, then press Done.
ask-founded = In which year was it founded? (Solar Hijri year, for example 1398; at most { $max })
ask-members = How many members does it have?
ask-youth = Is it a youth NGO?
ask-phone = Please share your phone number with the button below; officials will use it to contact the NGO.
ask-description = Describe the NGO's work in a few sentences (at most { $max } characters).
contact-not-own = That is someone else's contact. Please share your own number with the button.
contact-received = Thank you, I have your number.
invalid-name = A name needs letters. Please type the NGO's name.
invalid-registration-number = A registration number has 3 to 20 letters and digits, at least one of them a digit. Please type it again.
invalid-year = Please type a Solar Hijri year between { $min } and { $max }, for example 1398.
invalid-member-count = Please type a whole number between 1 and { $max }.
register-summary = <b>Please check your NGO's details</b>
    Press a field to change it, or Confirm to send it for review.
edit-name = ✏️ Name
edit-registrationNumber = ✏️ Registration no.
edit-registeringAuthority = ✏️ Authority
edit-countyId = ✏️ County
edit-fieldIds = ✏️ Fields
edit-foundedYear = ✏️ Year founded
edit-memberCount = ✏️ Members
edit-isYouth = ✏️ Youth NGO
edit-contactPhone = ✏️ Phone
edit-description = ✏️ Description
register-done = Thank you! <b>{ $name }</b> is registered and waits for review by the officials of its county. I will tell you as soon as they decide.
register-already-leads = You already lead { $name }. A person can lead only one NGO.
register-already-leads-short = You already lead an NGO; see /profile.

ngo-field-registration-number = Registration no.: { $value }
ngo-field-authority = Registered by: { $value }
ngo-field-county = County: { $value }
ngo-field-fields = Fields: { $value }
ngo-field-founded = Founded: { $value }
ngo-field-members = Members: { $value }
ngo-field-youth = Youth NGO: { $value }
ngo-field-phone = Phone: { $value }
ngo-field-description = About: { $value }
ngo-status-pending = Status: awaiting review (since { $date })
ngo-status-verified = Status: ✅ verified (on { $date })
ngo-status-rejected = Status: rejected (on { $date })

## Review by officials
review-new = 📥 <b>A new NGO awaits review</b> (registered by { $leader })
review-list = { $count } NGOs await review:
review-none = No NGO awaits review in your area.
button-approve = ✅ Approve
button-reject = ❌ Reject
review-approved-toast = Approved.
review-approved = ✅ <b>{ $name }</b> is verified. Its leader has been told.
review-ask-reason = Why is <b>{ $name }</b> rejected? The leader will read your reason.
review-rejected = <b>{ $name }</b> is rejected. Its leader has been told the reason.
ngo-approved = ✅ Good news: <b>{ $name }</b> is verified!
    Share this link with your members so they can join:
    { $link }
ngo-rejected = Your registration of <b>{ $name }</b> was not accepted.
    Reason: { $reason }
    You can correct it and register again with /register.

## Membership
button-join = ✅ Join
button-no-thanks = No, thanks
join-offer = You have been invited to join this NGO:
join-declined = All right, you did not join.
join-done = Welcome! You are now a member of <b>{ $name }</b>.
member-joined = 👋 { $member } joined <b>{ $name }</b>.
invite-link = Invite link of <b>{ $name }</b>. Whoever opens it can join as a member:
    { $link }
invite-not-yet = Your NGO can invite members once officials have verified it.
invite-rotated = New link made; the old one no longer works.
button-rotate-link = 🔄 New link
button-members = 👥 Members
members-list = Members of <b>{ $name }</b>: { $count } (page { $page } of { $pages }). Press a name to manage them.
members-none = <b>{ $name }</b> has no members yet. Share your invite link (/invite).
member-actions = What do you want to do with { $member }?
button-remove-member = Remove from the NGO
button-make-leader = Make leader
confirm-remove-member = Remove this member from your NGO?
confirm-lead-member = Hand leadership of your NGO to this member? You will stay on as a member.
member-removed-done = The member was removed.
member-removed = You are no longer a member of <b>{ $name }</b>; its leader removed you.
leadership-handed = Leadership of <b>{ $name }</b> is handed over. You are now a member.
leadership-received = You are now the leader of <b>{ $name }</b>. Please share your phone number as the NGO's contact: /profile, then ✏️ Phone. See /members for the members.
leave-choose = Which NGO do you want to leave?
leave-confirm = Leave this NGO?
leave-done = You left the NGO.
leave-none = You are not a member of any NGO.
leave-leader = You lead your NGO: hand leadership to a member first (/members), then you can leave.

## Profile and personal data
profile-title = 👤 <b>Your data</b>
profile-name = Name: { $value }
profile-username = Username: { $value }
profile-language = Language: { $value }
profile-ngos = Member of: { $value }
profile-saved = Saved.
profile-saved-review-again = Saved. Because the name, registration number or county changed, the officials of the county will review the NGO again; I will tell you when they decide.
button-delete-me = 🗑 Delete my data
button-yes-delete = Yes, delete everything
delete-confirm = This deletes your data from Samanyar: your name, your memberships and any role. It cannot be undone. Continue?
delete-done = Your data is deleted. If you write to me again, I will only know your Telegram name.

## Officials
officials-list = 🛡 <b>Officials</b>
officials-none = There are no officials yet.
button-add-official = ➕ Add an official
button-pick-person = 👤 Pick the person
scope-province = Whole province of { $province }
grant-ask-person = Who should become an official? Pick them with the button, or type their numeric Telegram id or @username. (They must have started this bot.)
grant-person-unknown = I do not know that person yet. Ask them to send /start to this bot, then try again.
grant-person-found = Person: <b>{ $name }</b>
grant-ask-scope = Which area will they be responsible for?
grant-done = <b>{ $name }</b> is now an official.
confirm-revoke = Remove this official's role?
official-revoked-done = { $name } is no longer an official.
official-granted = 🛡 You are now an official in Samanyar. Send /start to see what you can do.
official-revoked = Your official role in Samanyar has ended.

## Refusals and faults
error-forbidden = You are not allowed to do this.
error-not-found = I cannot find that any more.
error-already-leads = You already lead an NGO; a person can lead only one.
error-invalid-ngo = Some of the NGO's details are not valid (too long or too short). Please edit them and confirm again.
error-duplicate-registration-number = An NGO with this registration number is already registered. If it is yours, contact the officials of your county.
error-duplicate-name = An NGO with this name is already registered in this county. If it is yours, contact the officials of your county.
error-already-reviewed = Another official has already reviewed this NGO.
error-review-changed = The NGO's data changed after this card was sent, so nothing was done. Here is the card as it is now.
error-not-verified = This NGO is not verified yet, so it cannot take members.
error-invite-invalid = This invite link does not work (it may have been replaced). Ask the NGO's leader for a new one.
error-already-member = You are already a member of this NGO.
error-is-leader = You lead this NGO; hand leadership to a member first.
error-not-member = That person is not a member (any more).
error-not-leader = Only an NGO's leader can do this.
error-person-unknown = I do not know that person; they must send /start to this bot first.
error-self = You cannot do that to yourself.
error-member-leads-another = That member already leads another NGO, and a person can lead only one.
error-own-ngo = You cannot review an NGO you registered or lead; another official will.
error-try-again = Something went wrong on our side. Please try again shortly.
confirm-failed = Something went wrong on our side while saving. Your answers are kept: press "Confirm" below again in a moment. Nothing will be saved twice.
save-failed = Something went wrong on our side while saving. What you typed is kept: press "Try again" in a moment.
button-try-again = 🔁 Try again
rate-limited = You are sending messages too fast. Please wait a few seconds.
private-only = I work only in private chats. Please write to me directly.
fallback-text = I did not understand that. Send /start for the menu or /help for what I can do.
fallback-unknown-command = I do not know that command. Send /help for the list.
fallback-sticker = Nice sticker! I only understand text and buttons, though. Send /start for the menu.
fallback-forwarded = I do not need forwarded messages. Send /start for the menu.
fallback-other = I cannot use that here. Send /start for the menu.

## House of NGOs: directory
cmd-directory = Find NGOs (House of NGOs)
menu-directory = 🏛 NGO directory
directory-intro = 🏛 <b>House of NGOs directory</b>
    Find verified NGOs of the province:
button-dir-county = 📍 By county
button-dir-field = 🎯 By field
button-dir-name = 🔎 By name
button-dir-all = 📋 All
directory-choose-county = Which county?
directory-choose-field = Which field of activity?
directory-ask-name = Type the name, or part of it:
directory-results = { $count } NGOs found (page { $page } of { $pages }). Press one to see its card.
directory-none = No verified NGO matches. Try another search: /directory
directory-expired = This search has expired. Search again with /directory.
directory-forbidden = The directory is open to officials and to the people of verified NGOs.
button-contact = ✉️ Contact
directory-contact = You can write to { $leader }, leader of <b>{ $name }</b>.
directory-contact-closed = This NGO's leader has not opened contact through the directory.
button-contact-open = 🔓 Directory contact: open
button-contact-closed = 🔒 Directory contact: closed
contact-now-open = Other NGOs can now see how to reach you in the directory.
contact-now-closed = Other NGOs no longer see how to reach you in the directory.

## House of NGOs: partners
cmd-partners = Find partner NGOs
menu-partners = 🤝 Find partners
partners-none = No verified NGO in the province shares your fields of activity yet.
partners-list = { $count } NGOs share your fields of activity (page { $page } of { $pages }), nearest first:
    📍 same county · 🧭 neighbouring county · 🗺 elsewhere in the province. Press one to see it and ask to get in touch.
partners-nearness-county = 📍 In your county.
partners-nearness-neighbour = 🧭 In a neighbouring county.
partners-nearness-province = 🗺 Elsewhere in the province.
button-ask-partner = 🤝 Ask to get in touch
partners-sent = Your request was sent. You can send { $remaining } more today.
button-accept = ✅ Accept
button-decline = ✖️ Decline
partners-accepted = Accepted. You and the other leader now have each other's contact.
partners-declined = Declined. The other NGO has been told politely.
partner-request = 🤝 <b>{ $from }</b> would like to get in touch with <b>{ $to }</b> (House of NGOs). If you accept, you will both get each other's contact.
partner-contact = 🤝 You are now in touch with <b>{ $name }</b>. Write to its leader: { $leader }
partner-declined = <b>{ $name }</b> declined your request to get in touch this time.
error-already-partners = Your NGOs are already in touch.
error-already-requested = A request between your NGOs is already waiting for an answer.
error-already-answered = This request has already been answered.
error-partner-limit = You have sent as many requests as allowed today ({ $limit }). Please try again tomorrow.
partners-not-verified = Your NGO can look for partners once officials have verified it.

## House of NGOs: coverage
cmd-coverage = Map of NGOs by county and field
coverage-title = 🗺 Verified NGOs by field of activity in { $counties } counties ({ $fields } fields).
coverage-gaps = Largest gaps (no NGO at all):
coverage-gap = • { $field }: none in { $count } of { $total } counties ({ $counties })
coverage-youth = Youth NGOs per county: { $counts }
coverage-youth-none = • No youth NGO yet in { $counties }: a place to encourage new ones.
coverage-crowded = Most crowded (at least { $threshold } NGOs on one field in one county — worth coordinating):
coverage-none-crowded = • none
coverage-crowded-cell = • { $county }, { $field }: { $count } NGOs
button-excel = 📊 Excel file
coverage-chart-title = Verified NGOs by field and county
coverage-legend-gap = no NGO (gap)
coverage-legend-crowded = { $threshold } or more (crowded)
coverage-sheet = Coverage
coverage-corner = Field of activity

## House of NGOs: duplicates
cmd-duplicates = NGOs that may be registered twice
duplicates-none = No NGOs in your area look registered twice.
duplicates-list = { $count } pairs of NGOs may be the same organisation registered twice (showing { $shown }). Merge keeps the older record and moves the members; Not a duplicate hides the pair for good.
duplicates-similar-name = 🔁 Very similar names in the same county:
duplicates-same-phone = 🔁 The same contact phone:
button-merge = 🔗 Merge (keep the older)
button-not-duplicate = ✋ Not a duplicate
button-yes-merge = Yes, merge them
duplicates-merged = Merged into <b>{ $name }</b>; { $members } people moved to it as members.
duplicates-dismissed = Noted: this pair will not be proposed again.
ngo-merged = Your NGO was found to be registered twice and has been merged into <b>{ $name }</b>, where you are now a member. Contact the officials of your county if this is a mistake.

## Training needs
cmd-needs = Training-needs rounds and reports
cmd-needs_open = Open a training-needs round
cmd-needs_topics = Training topics
cmd-survey = Declare your NGO's training needs
menu-needs = 📚 Training needs
menu-survey = 📝 Training needs survey
pillar-KNOWLEDGE = Specialised knowledge
pillar-EXPERIENCE = Exchange of experience
pillar-ON_THE_JOB = Continuous on-the-job training
priority-HIGH = High
priority-MEDIUM = Medium
priority-LOW = Low
format-IN_PERSON = In person
format-ONLINE = Online
format-EITHER = Either
weekday-0 = Saturday
weekday-1 = Sunday
weekday-2 = Monday
weekday-3 = Tuesday
weekday-4 = Wednesday
weekday-5 = Thursday
time-morning = Morning
time-afternoon = Afternoon
time-evening = Evening
button-skip = Skip
skipped = Skipped
error-topic-limit = The catalogue is full: the survey cannot show more topics.
error-duplicate-topic = This topic is already in the catalogue.
error-invalid-round = The round could not be opened: its deadline has passed. Check the date and try again.
error-invalid-answer = Something in the answer is no longer valid (a topic may have been removed). Please answer again.
error-needs-no-ngos = There is no verified NGO in these counties yet, so there is nobody to ask.
error-needs-closed = This round is closed: answers are no longer accepted.
error-needs-not-invited = Your NGO is not invited to this round.
invalid-date = That is not a date I can read. Type it in the Solar Hijri calendar as year/month/day, e.g. 1405/10/15.
invalid-deadline-past = The deadline must be today or later.
invalid-deadline-far = The deadline can be at most { $days } days away.
invalid-attendees = Type a whole number from 1 to { $max }.
needs-open-intro = <b>New training-needs round</b>. The leaders of every verified NGO in the counties you choose will be asked for their training needs. Send /cancel at any time to stop.
needs-ask-title = Title of the round (e.g. "Training needs, autumn 1405"):
needs-ask-deadline = Deadline, in the Solar Hijri calendar (year/month/day), e.g. { $example }. Answers are accepted until the end of that day.
needs-ask-scope = Which counties does the round cover?
needs-all-counties = All { $count } counties
needs-some-counties = Let me choose
needs-ask-counties = Choose the counties (the number of verified NGOs is in brackets):
needs-open-summary = <b>Check the round before opening it</b>

    Title: { $title }
    Deadline: { $deadline }
    Counties: { $counties }
    NGOs to invite: { $ngos }
button-edit-title = ✏️ Title
button-edit-deadline = ✏️ Deadline
button-edit-counties = ✏️ Counties
needs-opened = The round <b>{ $title }</b> is open. { $invited ->
        [one] 1 NGO is
       *[other] { $invited } NGOs are
    } being invited; leaders who have not answered get reminders before the deadline.
button-needs-report = 📊 Report
button-needs-open = ➕ Open a round
button-needs-topics = 📚 Topics
needs-rounds = Training-needs rounds (🟢 open, ⚪️ closed). Choose one for its report:
needs-no-rounds = No training-needs round has been opened in your area yet.
needs-invitation = 📚 <b>{ $title }</b>

    The government wants to arrange training that matches what NGOs need. Please tell us what <b>{ $name }</b> needs to learn, by { $deadline }. It takes about two minutes.
needs-reminder = ⏰ Reminder: <b>{ $name }</b> has not yet declared its training needs for <b>{ $title }</b>. Answers are accepted until { $deadline }.
needs-reminder-last = ⏰ Last day: answers for <b>{ $title }</b> are accepted until the end of today ({ $deadline }). <b>{ $name }</b> has not answered yet.
button-answer-survey = 📝 Answer the survey
needs-closed = The round <b>{ $title }</b> has reached its deadline and is closed: { $answered } of { $invited } NGOs answered.
needs-close-confirm = Close <b>{ $title }</b> now? NGOs that have not answered will no longer be able to.
button-needs-close = 🔒 Close now
button-needs-close-yes = Yes, close it
needs-closed-now = The round <b>{ $title }</b> is closed.
needs-status-open = 🟢 Open until { $deadline }
needs-status-closed = ⚪️ Closed on { $date }
needs-response = Answered: { $answered } of { $invited } NGOs ({ $rate })
needs-county-response = • { $county }: { $answered } of { $invited } ({ $rate })
needs-topics-heading = <b>Topics by demand</b> (priority high = 3, medium = 2, low = 1):
needs-topic-line = { $topic } — demand { $demand } · { $ngos ->
        [one] 1 NGO
       *[other] { $ngos } NGOs
    } · { $people ->
        [one] 1 person
       *[other] { $people } people
    }
needs-county-topic = { $topic } — demand { $demand } · { $people } people
needs-no-answers = No answers yet.
needs-formats-heading = Preferred format
needs-days-heading = Days that suit (NGOs)
needs-times-heading = Times that suit (NGOs)
needs-out-of = Out of { $answered } NGOs that answered.
needs-other-heading = Needs not in the catalogue
needs-no-other = None.
needs-plan-intro = Where a training would reach the most demand, for the most demanded topics:
needs-plan-county = { $county } (demand { $demand }, { $people } people)
report-more-in-excel = … and { $count } more lines in the Excel file.
button-needs-overview = Overview
button-needs-county = By county
button-needs-field = By field
button-needs-when = Format and time
button-needs-other = Other needs
button-needs-plan = Suggestions
button-chart = 🖼 Chart
button-csv = 📄 CSV
needs-chart-title = Training topics by demand, by county
needs-chart-subtitle = { $answered } of { $invited } NGOs answered
needs-chart-caption = { $title }
needs-sheet-answers = Answers
needs-sheet-demand = Demand by topic
needs-sheet-response = Response by county
needs-col-ngo = NGO
needs-col-county = County
needs-col-fields = Fields of activity
needs-col-topic = Topic
needs-col-pillar = Pillar
needs-col-priority = Priority
needs-col-format = Format
needs-col-people = People
needs-col-days = Days
needs-col-times = Times
needs-col-other = Other need
needs-col-answered = Answered
needs-col-ngos = NGOs
needs-col-demand = Demand
needs-col-invited = Invited
needs-col-rate = Response rate (%)
needs-topics-list = <b>Training topics</b>, under the three pillars:
button-add-topic = ➕ Add a topic
topic-ask-pillar = Which pillar does the new topic belong to?
topic-ask-fa = Name of the topic in Persian:
topic-ask-az = Name in Azerbaijani (or Skip to show the Persian name):
topic-ask-en = Name in English (or Skip to show the Persian name):
topic-added = The topic <b>{ $name }</b> is in the catalogue; leaders can choose it from now on.
survey-none = There is no open training-needs round for your NGO right now.
survey-rounds = Training-needs rounds open to your NGO:
survey-round-open = 📝 <b>{ $title }</b> — not answered yet, until { $deadline }
survey-round-answered = ✅ <b>{ $title }</b> — answered; you can change it until { $deadline }
survey-intro = 📚 <b>{ $title }</b> for <b>{ $name }</b>. Answers are accepted until { $deadline }. Send /cancel to stop; nothing is saved until you confirm.
survey-intro-again = 📚 <b>{ $title }</b>: here is the answer of <b>{ $name }</b>. Change any part with the buttons, then confirm. You can change it until { $deadline }.
survey-ask-topics = Which topics does your NGO need training in? Choose 1 to { $max }.
survey-ask-priority = How important is <b>{ $topic }</b> for you?
survey-ask-format = Which format do you prefer?
survey-ask-attendees = How many of your NGO's people would attend? (1 to { $max })
survey-ask-days = Which days suit you? (choose one or more)
survey-ask-times = Which times of day suit you?
survey-ask-other = Any other training need not in the list? Type it (up to { $max } characters), or Skip.
survey-summary = <b>Your answer</b>

    Topics:
    { $topics }
    Format: { $format }
    People attending: { $attendees }
    Days: { $days }
    Times: { $times }
    Other need: { $other }
button-edit-survey-topics = ✏️ Topics
button-edit-survey-priorities = ✏️ Priorities
button-edit-survey-format = ✏️ Format
button-edit-survey-attendees = ✏️ People
button-edit-survey-days = ✏️ Days
button-edit-survey-times = ✏️ Times
button-edit-survey-other = ✏️ Other need
survey-saved = Thank you! The training needs of <b>{ $name }</b> are recorded. You can change them until { $deadline } with /survey.
survey-updated = The answer of <b>{ $name }</b> is updated. You can change it until { $deadline } with /survey.
survey-cancelled-kept = Your earlier answer is kept as it was.

## Broadcasts
cmd-broadcast = Send a message to NGOs
cmd-broadcasts = Recent and scheduled broadcasts
cmd-settings = Your settings (broadcasts)
menu-broadcasts = 📣 Broadcasts
audience-LEADERS = Leaders only
audience-LEADERS_AND_MEMBERS = Leaders and members
broadcast-ask-message = <b>New broadcast</b>. Send the message exactly as it should arrive: text (with formatting), or a photo or document with a caption. Send /cancel to stop.
broadcast-ask-audience = Who should get it?
broadcast-ask-essential = Is it essential? Members who muted broadcasts get essential ones too.
broadcast-normal = Normal
broadcast-essential = Essential: to everyone, muted or not
broadcast-essential-short = essential
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
    NGOs: { $filter }
    When: { $when }
    Recipients now: { $total }
    { $byCounty }
broadcast-nobody = Nobody matches these choices. Change the audience or the NGOs.
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
broadcast-col-telegram-id = Telegram id
broadcast-col-county = County
broadcast-col-status = Status
broadcast-col-error = Error
delivery-FAILED = Failed
delivery-UNREACHABLE = Unreachable (blocked the bot)
error-broadcast-in-past = The time of the broadcast has passed; choose another.
error-broadcast-state = The broadcast is no longer in a state where this can be done.
settings-unmuted = 🔔 You get the broadcasts of officials to your NGO. Meeting invitations and reminders reach you either way.
settings-muted = 🔕 Broadcasts are muted: you get only essential ones, and meeting invitations and reminders.
button-mute = 🔕 Mute broadcasts
button-unmute = 🔔 Get broadcasts again
settings-leader-note = As the leader of an NGO you always get the broadcasts officials send to leaders.

## Meetings
cmd-meetings = Meetings you are invited to or hold
cmd-meeting_new = Schedule a problem-centred meeting
button-new-meeting = ➕ New meeting
meetings-upcoming = Upcoming meetings in your area:
meetings-none = No meeting is scheduled in your area.
meetings-invited = Meetings you are invited to:
meetings-no-invitations = You have no meeting invitations right now.
meeting-new-intro = <b>New problem-centred meeting</b>. The NGOs of the county are invited and answer from the invitation. Send /cancel to stop.
meeting-ask-county = In which county?
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
outcome-ask-note = A note on it (who does what, by when), or Skip:
outcome-recorded = The outcome is recorded.

## Performance indicators (KPIs) per quarter
cmd-kpi = Performance indicators: meetings with NGOs per quarter
kpi-season = { $quarter ->
    [1] Spring
    [2] Summer
    [3] Autumn
   *[4] Winter
} { $year }
kpi-title = 📈 <b>Interaction with NGOs — { $quarter }</b>
kpi-period = { $from } to { $to }
kpi-in-progress = The quarter is under way: figures as of { $today }.
kpi-target = Counties that held their meeting of the quarter: { $met } of { $total }
kpi-all-counties = All counties
kpi-county-met = ✅ <b>{ $county }</b>: { $held } { $held ->
    [one] meeting
   *[other] meetings
} held (required: { $required })
kpi-county-missed = ❌ <b>{ $county }</b>: { $held } { $held ->
    [one] meeting
   *[other] meetings
} held (required: { $required })
kpi-upcoming = , { $count } still to come
kpi-reach = NGOs invited { $invited } · accepted { $accepted } · present { $present } (attendance { $rate }) · people present { $people }
kpi-agenda = Agenda items raised { $raised } · resolved { $resolved }
kpi-needs = Training-needs survey: { $answered } of { $invited } NGOs answered ({ $rate })
kpi-no-needs = No training-needs round was opened this quarter.
kpi-definitions = <i>A meeting counts as held once it has started, unless cancelled. Each NGO counts once per quarter; attendance = NGOs present ÷ NGOs invited.</i>
button-kpi = 📈 Indicators
button-kpi-previous = ◀ Earlier quarter
button-kpi-next = Later quarter ▶
kpi-chart-title = Interaction with NGOs — { $quarter }
kpi-chart-legend = Green: the county held its { $required } required meeting; red: it did not.
kpi-col-county = County
kpi-col-held = Meetings held
kpi-col-invited = NGOs invited
kpi-col-accepted = Accepted
kpi-col-present = Present
kpi-col-attendance = Attendance
kpi-col-agenda = Agenda items
kpi-col-resolved = Resolved
kpi-col-needs = Needs answered
kpi-sheet-counties = Indicators
kpi-sheet-meetings = Meetings
kpi-x-required = Meetings required
kpi-x-held = Meetings held
kpi-x-upcoming = Meetings to come
kpi-x-attendance = Attendance (%)
kpi-x-people = People present
kpi-x-follow-up = Follow-up
kpi-x-referred = Referred
kpi-x-needs-invited = NGOs asked for training needs
kpi-x-needs-answered = NGOs that answered
kpi-x-needs-rate = Response rate (%)
kpi-x-meeting = Meeting
kpi-x-starts = Date and time
kpi-x-status = Status
kpi-x-status-held = Held
kpi-x-status-upcoming = To come
quarter-nudge = 📅 No meeting with NGOs is scheduled in { $counties } for { $quarter } yet. Each county holds one problem-centred meeting a quarter, and it counts in the county's performance indicators. Schedule it now:
quarter-missing = 📅 { $quarter }: { $count ->
    [one] one county has
   *[other] { $count } counties have
} no meeting with NGOs scheduled yet: { $counties }. Their county officials have been reminded.
