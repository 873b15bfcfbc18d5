## House of NGOs: duplicates
cmd-duplicates = NGOs that may be registered twice
duplicates-none = No NGOs in your area look registered twice.
duplicates-list = { $count ->
    [one] One pair of NGOs
   *[other] { $count } pairs of NGOs
} may be the same organisation registered twice (showing { $shown }). Merge keeps the older record and moves the members; Not a duplicate hides the pair for good.
duplicates-similar-name = 🔁 Very similar names in the same county:
duplicates-same-phone = 🔁 The same contact phone:
button-merge = 🔗 Merge (keep the older)
button-not-duplicate = ✋ Not a duplicate
button-yes-merge = Yes, merge them
duplicates-merged = Merged into <b>{ $name }</b>; { $members ->
    [0] nobody was moved
    [one] one person moved
   *[other] { $members } people moved
} to it as members.
duplicates-dismissed = Noted: this pair will not be proposed again.
ngo-merged = Your NGO was found to be registered twice and has been merged into <b>{ $name }</b>, where you are now a member. Contact the officials of your county if this is a mistake.
