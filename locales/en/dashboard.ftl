## The officials' web dashboard: /dashboard in the bot, and its pages
cmd-dashboard = Web dashboard: indicators, NGOs and coverage in the browser
cmd-dashboard_logout = Sign out of the web dashboard everywhere
menu-dashboard = 📊 Dashboard
dashboard-link-message = 📊 <b>The dashboard</b>: the quarter's indicators, the NGOs to review and the coverage map, at your desk.
    The sign-in button works once, within 10 minutes; the session then lasts 8 hours. Do not forward it.
button-dashboard-browser = 🖥 Open in the browser
button-dashboard-mini-app = 📊 Open here
dashboard-not-set-up = The web dashboard is not set up on this server yet (DASHBOARD_URL).
dashboard-logged-out = { $count ->
    [0] You had no dashboard session open.
    [one] Your dashboard session has ended.
   *[other] Your { $count } dashboard sessions have ended.
}
dashboard-title = Samanyar dashboard
dashboard-nav-indicators = Indicators
dashboard-nav-ngos = NGOs
dashboard-nav-broadcasts = Broadcasts
dashboard-nav-meetings = Meetings
dashboard-meetings-upcoming = To come ({ $count })
dashboard-meetings-past = Latest past meetings ({ $count })
dashboard-meetings-none = None.
dashboard-calendar = Calendar
dashboard-month-previous = Earlier month
dashboard-month-next = Later month
dashboard-calendar-today = today
dashboard-meeting-when = When
dashboard-meeting-venue = Venue
dashboard-meeting-cancelled = cancelled
dashboard-meeting-answers = Invited: { $invited } · coming: { $yes } · not coming: { $no } · no answer: { $unanswered } · people expected: { $headcount }
dashboard-nav-coverage = Coverage
dashboard-sign-out = Sign out
dashboard-how-to-sign-in = To sign in, send /dashboard to the Samanyar bot and press the button it gives you.
dashboard-back = Back to the dashboard
dashboard-signed-in = You are signed in: open the dashboard.
dashboard-signed-out = You have signed out of the dashboard.
dashboard-mini-app-opening = Opening the dashboard…
dashboard-too-many-attempts = Too many sign-in attempts from here. Please wait ten minutes and try again.
dashboard-link-invalid = This sign-in link has already been used or is older than 10 minutes.
dashboard-officials-only = The dashboard is for officials only.
dashboard-mini-app-invalid = The messenger's sign-in could not be checked, or is older than a day. Close the dashboard and open it again from the bot.
dashboard-sign-in = You are not signed in, or your session has ended.
dashboard-form-expired = This form has expired. Go back, reload the page and try again.
dashboard-not-found = There is no such page.
dashboard-unavailable = The dashboard cannot answer just now. Please try again shortly.
dashboard-excel = ⬇ Excel
dashboard-map = Map of the counties: { $indicator }
dashboard-trend = The last four quarters: { $county }
dashboard-kpi-definitions = A meeting counts as held once it has started, unless cancelled. Each NGO counts once per quarter; attendance = NGOs present ÷ NGOs invited. Each county is to hold one meeting a quarter (✅ held, ❌ not yet).
dashboard-ngo-county = County
dashboard-ngo-fields = Fields of activity
dashboard-ngo-registration = Registration number
dashboard-ngo-members = Members
dashboard-ngo-youth = youth NGO
dashboard-ngo-leader = Leader
dashboard-reject-reason = Reason for rejecting
dashboard-all-fields = All fields
dashboard-filter-youth = Youth NGOs
dashboard-youth-any = All NGOs
dashboard-youth-only = Youth NGOs only
dashboard-youth-not = Not youth NGOs
dashboard-filter-status = Status
dashboard-filter = Show
dashboard-page = Page { $page } of { $pages }
dashboard-page-previous = ◀ Previous
dashboard-page-next = Next ▶
dashboard-approved = The NGO is approved; its leader is being told.
dashboard-rejected = The NGO is rejected; its leader is being told the reason.
dashboard-pending = Waiting for review ({ $count })
dashboard-directory = Directory of NGOs ({ $count })
dashboard-coverage-legend = Verified NGOs per county and field. A dashed cell has none (a gap); a cell with { $crowded } or more is crowded. Choose a cell to see its NGOs.
dashboard-cell = { $field } in { $county }: { $count ->
    [one] one NGO
   *[other] { $count } NGOs
}
dashboard-cell-all = All of them in the directory
dashboard-nav-needs = Training needs
dashboard-needs-rounds = Rounds (🟢 open, ⚪️ closed)
dashboard-needs-rate = Response rate
dashboard-needs-demand = Demand: the sum over the NGOs asking for a topic of its priority (high 3, medium 2, low 1).
public-title = NGOs and the government in { $province }
public-intro = How the province's government works with its NGOs, in figures per county. Only counts are published here: no NGO or person is named.
public-language-fa = فارسی
public-language-az = Azərbaycanca
public-language-en = English
public-ngos = Verified NGOs per county and field of activity
public-meetings = Problem-centred meetings held per county
public-meetings-target = Each county is to hold { $required ->
    [one] one meeting
   *[other] { $required } meetings
} with its NGOs a quarter (✅ held, ❌ not yet).
public-needs = Training needs: response of the invited NGOs to the rounds opened from { $from } to { $to }
dashboard-duplicates = Likely duplicates ({ $count })
dashboard-status-PENDING = awaiting review
dashboard-status-VERIFIED = verified
dashboard-status-REJECTED = rejected
dashboard-merge-confirm = Merge these two? The older record is kept; the newer one is closed and its members move to the older one. This cannot be undone here.
dashboard-merged = Merged: the older record is kept and the members have moved to it; the newer one's leader is being told.
dashboard-meeting-present = present: { $present }
dashboard-meeting-agenda = Agenda and outcomes

## The province shown (national officials and superadmins)
dashboard-province = Province:
dashboard-province-show = Show
