## npm run doctor: the test message to superadmins
doctor-test-link = this
doctor-test-message = 🩺 A test from Samanyar: this word should be <b>bold</b>, and { $link } a link. If you see tags instead, this messenger does not read formatting.
