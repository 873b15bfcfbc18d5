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
error-duplicate-registration-number = An NGO with this registration number is already registered. If it is yours, contact the officials of your county.
error-duplicate-name = An NGO with this name is already registered in this county. If it is yours, contact the officials of your county.
error-already-reviewed = Another official has already reviewed this NGO.
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
