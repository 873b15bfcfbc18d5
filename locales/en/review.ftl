## Review by officials
review-new = 📥 <b>A new NGO awaits review</b> (sent in by { $leader })
review-list = { $count ->
    [one] One NGO awaits
   *[other] { $count } NGOs await
} review:
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
review-done-by-you-VERIFIED = You approved this NGO on { $at }.
review-done-by-you-REJECTED = You rejected this NGO on { $at }.
review-done-by-you-MERGED = You merged this NGO into another record on { $at }.
review-done-by-other-VERIFIED = { $name } approved this NGO on { $at }.
review-done-by-other-REJECTED = { $name } rejected this NGO on { $at }.
review-done-by-other-MERGED = { $name } merged this NGO into another record on { $at }.
