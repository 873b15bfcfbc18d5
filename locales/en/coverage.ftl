## House of NGOs: coverage
cmd-coverage = Map of NGOs by county and field
coverage-title = 🗺 Verified NGOs by field of activity in { $counties } counties ({ $fields } fields).
coverage-empty = No verified NGO in your area yet ({ $counties } { $counties ->
    [one] county
   *[other] counties
}), so there is no coverage to map. It fills in as officials approve NGOs (/pending).
coverage-gaps = Largest gaps (no NGO at all):
coverage-gap = • { $field }: none in { $count } of { $total } counties ({ $counties })
coverage-youth = Youth NGOs per county: { $counts }
coverage-youth-none = • No youth NGO yet in { $counties }: a place to encourage new ones.
coverage-crowded = Most crowded (at least { $threshold } NGOs on one field in one county — worth coordinating):
coverage-none-crowded = • none
coverage-crowded-cell = • { $county }, { $field }: { $count } NGOs
button-excel = 📊 Excel file
coverage-chart-title = Verified NGOs by field and county
coverage-legend-gap = no NGO (gap)
coverage-legend-crowded = { $threshold } or more (crowded)
coverage-sheet = Coverage
coverage-corner = Field of activity
