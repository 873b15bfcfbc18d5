## Adding a county (/county_add, superadmins)
county-ask-name-fa = What is the county's name in Persian?
county-ask-name-az = Its name in Azerbaijani (Latin script)?
county-ask-name-en = Its name in English?
county-ask-neighbours = Which counties of the province does it border? Press them or type their names, then Done (none is fine).
county-added = ✅ { $county } is now a county of { $province }.
