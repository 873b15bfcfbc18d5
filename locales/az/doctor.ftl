## npm run doctor: the test message to superadmins
doctor-test-message = 🩺 Samanyardan sınaq: bu söz <b>qalın</b> olmalıdır, <a href="{ $link }">bu</a> isə keçid. Bunun yerinə teqlər görürsünüzsə, bu messencer formatı oxumur.
