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
needs-all-counties = { $count ->
    [one] The only county
   *[other] All { $count } counties
}
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
needs-closed = The round <b>{ $title }</b> has reached its deadline and is closed: { $answered } of { $invited } { $invited ->
    [one] NGO
   *[other] NGOs
} answered.
needs-close-confirm = Close <b>{ $title }</b> now? NGOs that have not answered will no longer be able to.
button-needs-close = 🔒 Close now
button-needs-close-yes = Yes, close it
needs-closed-now = The round <b>{ $title }</b> is closed.
needs-status-open = 🟢 Open until { $deadline }
needs-status-closed = ⚪️ Closed on { $date }
needs-response = Answered: { $answered } of { $invited } { $invited ->
    [one] NGO
   *[other] NGOs
} ({ $rate })
needs-county-response = • { $county }: { $answered } of { $invited } ({ $rate })
needs-topics-heading = <b>Topics by demand</b> (priority high = 3, medium = 2, low = 1):
needs-topic-line = { $topic } — demand { $demand } · { $ngos ->
        [one] 1 NGO
       *[other] { $ngos } NGOs
    } · { $people ->
        [one] 1 person
       *[other] { $people } people
    }
needs-county-topic = { $topic } — demand { $demand } · { $people } { $people ->
    [one] person
   *[other] people
}
needs-no-answers = No answers yet.
needs-formats-heading = Preferred format
needs-days-heading = Days that suit (NGOs)
needs-times-heading = Times that suit (NGOs)
needs-out-of = Out of the { $answered ->
    [one] NGO
   *[other] { $answered } NGOs
} that answered.
needs-other-heading = Needs not in the catalogue
needs-no-other = None.
needs-plan-intro = Where a training would reach the most demand, for the most demanded topics:
needs-plan-county = { $county } (demand { $demand }, { $people } { $people ->
    [one] person
   *[other] people
})
report-more-in-excel = … and { $count } more { $count ->
    [one] line
   *[other] lines
} in the Excel file.
button-needs-overview = Overview
button-needs-county = By county
button-needs-field = By field
button-needs-when = Format and time
button-needs-other = Other needs
button-needs-plan = Suggestions
button-chart = 🖼 Chart
button-csv = 📄 CSV
needs-chart-title = Training topics by demand, by county
needs-chart-subtitle = { $title }: { $answered } of { $invited } { $invited ->
    [one] NGO
   *[other] NGOs
} answered
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
