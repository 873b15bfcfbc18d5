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
