## npm run doctor: the test message to superadmins
doctor-test-link = bu
doctor-test-message = 🩺 Samanyardan sınaq: bu söz <b>qalın</b> olmalıdır, { $link } isə keçid. Bunun yerinə teqlər görürsünüzsə, bu messencer formatı oxumur.
