## House of NGOs: partners
cmd-partners = Find partner NGOs
menu-partners = 🤝 Find partners
partners-none = No verified NGO in the province shares your fields of activity yet.
partners-list = { $count ->
    [one] One NGO shares
   *[other] { $count } NGOs share
} your fields of activity (page { $page } of { $pages }), nearest first:
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
error-partners-not-verified = Your NGO can look for partners once officials have verified it.
