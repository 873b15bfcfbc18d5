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
kpi-needs = Training-needs survey: { $answered } of { $invited } { $invited ->
    [one] NGO
   *[other] NGOs
} answered ({ $rate })
kpi-no-needs = No training-needs round was opened this quarter.
kpi-needs-not-asked = Training-needs survey: none of its NGOs was asked this quarter
kpi-definitions = <i>A meeting counts as held once it has started, unless cancelled. Each NGO counts once per quarter; attendance = NGOs present ÷ NGOs invited.</i>
button-kpi = 📈 Indicators
button-kpi-previous = Earlier quarter
button-kpi-next = Later quarter
kpi-chart-title = Interaction with NGOs — { $quarter }
kpi-chart-legend = Green: the county held its { $required } required { $required ->
    [one] meeting
   *[other] meetings
}; red: it did not.
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
## Provinces compared (national officials and superadmins, "all provinces")
kpi-all-provinces = All provinces
kpi-province-met = ✅ <b>{ $province }</b>: all { $counties } { $counties ->
    [one] county
   *[other] counties
} held their meeting ({ $held } { $held ->
    [one] meeting
   *[other] meetings
} held)
kpi-province-missed = ❌ <b>{ $province }</b>: { $met } of { $counties } { $counties ->
    [one] county
   *[other] counties
} held their meeting ({ $held } { $held ->
    [one] meeting
   *[other] meetings
} held)
kpi-col-province = Province
kpi-col-counties-met = Counties on target
kpi-counties-met-of = { $met } of { $total }
kpi-held-of = { $held } of { $required }
kpi-provinces-legend = Green: every county of the province held its { $required } required { $required ->
    [one] meeting
   *[other] meetings
}; red: some did not. Meetings held against one per county.
kpi-sheet-provinces = Provinces
kpi-x-counties = Counties
kpi-x-counties-met = Counties on target
kpi-x-resolved-rate = Agenda items resolved (%)
