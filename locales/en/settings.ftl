## Settings: whether broadcasts that are not essential reach the person
cmd-settings = Your settings (broadcasts)
settings-unmuted = 🔔 You get the broadcasts of officials to your NGO. Meeting invitations and reminders reach you either way.
settings-muted = 🔕 Broadcasts are muted: you get only essential ones, and meeting invitations and reminders.
button-mute = 🔕 Mute broadcasts
button-unmute = 🔔 Get broadcasts again
settings-leader-note = As the leader of an NGO you always get the broadcasts officials send to leaders.
