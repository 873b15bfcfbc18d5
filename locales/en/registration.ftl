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
ngo-field-authority = Registering authority: { $value }
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
