## Choosing the province of a report or list (national officials and superadmins)
pick-province = Which province? Or all provinces?
button-all-provinces = 🌐 All provinces
