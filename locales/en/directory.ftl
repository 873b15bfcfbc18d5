## House of NGOs: directory
cmd-directory = Find NGOs (House of NGOs)
menu-directory = 🏛 NGO directory
directory-intro = 🏛 <b>House of NGOs directory</b>
    Find verified NGOs of the province:
directory-intro-province = 🏛 <b>House of NGOs directory</b>
    Find verified NGOs of { $province }:
directory-intro-all = 🏛 <b>House of NGOs directory</b>
    Find verified NGOs of all provinces:
button-dir-county = 📍 By county
button-dir-field = 🎯 By field
button-dir-name = 🔎 By name
button-dir-all = 📋 All
directory-choose-county = Which county? Press it, or type its name.
directory-choose-field = Which field of activity? Press it, or type its name.
directory-ask-name = Type the name, or part of it:
directory-results = { $count ->
    [one] One NGO
   *[other] { $count } NGOs
} found (page { $page } of { $pages }). Press one to see its card.
directory-none = No verified NGO matches. Try another search: /directory
directory-expired = This search has expired. Search again with /directory.
error-directory-closed = The directory is open to officials and to the people of verified NGOs.
button-contact = ✉️ Contact
directory-contact = You can write to { $leader }, leader of <b>{ $name }</b>.
directory-contact-closed = This NGO's leader has not opened contact through the directory.
button-contact-open = 🔓 Directory contact: open
button-contact-closed = 🔒 Directory contact: closed
contact-now-open = Other NGOs can now see how to reach you in the directory.
contact-now-closed = Other NGOs no longer see how to reach you in the directory.
