## Samanyar — English. Every key in locales/en/ exists in the same file of locales/fa/ and locales/az/ too (a test checks it).

yes = Yes
no = No

## Conversations in general
cancelled = Stopped. Nothing was saved. Send /start for the menu.
nothing-to-cancel = There is nothing to stop. Send /start for the menu.
command-in-conversation = We are in the middle of a step. Answer the question above, or send /cancel to stop.
expected-text = Please type your answer as text.
expected-own-text = Please type the answer yourself rather than forwarding a message.
expected-buttons = Please choose with the buttons of the message above.
expected-contact = Please press the "Share my phone number" button below, or type your number.
expected-buttons-or-name = Please choose with the buttons of the message above, or type a name as it is written on one of them.
choice-not-found = { $count ->
    [one] I do not know that name. Press one of the buttons above, or type the name as it is written on it.
   *[other] I do not know one of those names. Press the buttons above, or type the names as they are written on them, separated by commas.
}
invalid-gregorian-date = That looks like a Gregorian date: did you mean { $suggestion }? Press the button to take it, or type the date in the Solar Hijri calendar.
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
# ◀/▶ under buttons that come in pages: the page a press shows
choices-page = Page { $page }
