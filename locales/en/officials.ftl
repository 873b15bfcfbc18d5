## Officials
officials-list = 🛡 <b>Officials</b>
officials-none = There are no officials yet.
button-add-official = ➕ Add an official
button-pick-person = 👤 Pick the person
scope-province = Whole province of { $province }
scope-national = 🌐 Every province (national official)
grant-ask-person = Who should become an official? Pick them with the button, or type their numeric Telegram id or @username. (They must have started this bot.)
grant-person-unknown = I do not know that person yet. Ask them to send /start to this bot, then try again.
grant-person-found = Person: <b>{ $name }</b>
grant-ask-scope = Which area will they be responsible for?
grant-done = <b>{ $name }</b> is now an official.
confirm-revoke = Remove this official's role?
official-revoked-done = { $name } is no longer an official.
official-granted = 🛡 You are now an official in Samanyar. Send /start to see what you can do.
official-revoked = Your official role in Samanyar has ended.
