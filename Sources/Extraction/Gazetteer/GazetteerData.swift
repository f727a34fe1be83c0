/// The gazetteer's data: the generated GeoNames table (`GazetteerData+Generated.swift`) plus
/// the hand-written tables below. Everything here is data; `Gazetteer` is the engine.
///
/// Hand tables are tab-separated raw strings so that they read like the generated one and can
/// be edited without touching Swift syntax. Lines starting with `#` are comments.
enum GazetteerData {
    /// Conflict-zone places and the spellings news uses for them.
    ///
    /// Columns: canonical name, country, latitude, longitude, kind, population, aliases
    /// (`|`-separated). A generated GeoNames place in the same country within about 50 km whose
    /// name or alternate name equals one of these spellings is merged into this entry, so
    /// "Al Mawsil", "Mosul" and "al-Mawsil" all give the one canonical "Mosul". A population of
    /// 0 takes the merged GeoNames population.
    static let places: String = #"""
    # Iraq
    Mosul	IQ	36.34	43.13	city	0	Mosul|al-Mawsil|Al Mawsil|Mawsil|Mossul
    Hawija	IQ	35.33	43.78	town	60000	Hawija|Havice|al-Hawija|Al Hawija|Huwaija|Hawijah|al-Hawijah|Hweija|Huwayjah|al-Huwayjah
    Kirkuk	IQ	35.47	44.39	city	0	Kirkuk|Kerkuk|Karkuk
    Fallujah	IQ	33.35	43.78	city	0	Fallujah|Falluja|al-Fallujah|al-Falluja|Faluja|Felluce
    Ramadi	IQ	33.42	43.30	city	0	Ramadi|al-Ramadi|Ar Ramadi|ar-Ramadi
    Tikrit	IQ	34.61	43.68	city	0	Tikrit|Tekrit
    Baiji	IQ	34.93	43.49	town	0	Baiji|Bayji|Beiji
    Samarra	IQ	34.20	43.87	city	0	Samarra|Samarrah
    Baqubah	IQ	33.75	44.64	city	0	Baqubah|Baquba|Ba'qubah|Baqouba
    Tal Afar	IQ	36.38	42.45	town	0	Tal Afar|Tal Afer|Tall Afar|Telafer|Tel Afar
    Sinjar	IQ	36.32	41.88	town	0	Sinjar|Shingal
    Qayyarah	IQ	35.80	43.29	town	20000	Qayyarah|Qayyara|Qayara|al-Qayyarah|Qaiyara
    Bashiqa	IQ	36.45	43.35	town	30000	Bashiqa|Bashiqa|Bashika|Bachiqa
    Bartella	IQ	36.35	43.38	town	20000	Bartella|Bartalla|Bartilla
    Qaraqosh	IQ	36.27	43.38	town	50000	Qaraqosh|Bakhdida|Hamdaniya|al-Hamdaniya
    Haditha	IQ	34.14	42.38	town	0	Haditha|Hadithah
    Al-Qaim	IQ	34.37	41.09	town	0	al-Qaim|Al Qaim|Al-Qa'im|Qaim
    Rutba	IQ	33.04	40.28	town	0	Rutba|Rutbah|ar-Rutba
    Hit	IQ	33.64	42.83	town	0	Hit|Heet
    Anah	IQ	34.37	41.99	town	25000	Anah
    Rawa	IQ	34.47	41.92	town	20000	Rawa|Rawah
    Erbil	IQ	36.19	44.01	city	0	Erbil|Arbil|Irbil|Hewler|Hawler
    Sulaymaniyah	IQ	35.56	45.44	city	0	Sulaymaniyah|Sulaimaniya|Sulaymaniya|Slemani|Suleimaniyah
    Baghdad	IQ	33.34	44.40	city	0	Baghdad
    Basra	IQ	30.51	47.78	city	0	Basra|Basrah|al-Basra
    Najaf	IQ	32.03	44.35	city	0	Najaf|an-Najaf
    Karbala	IQ	32.62	44.02	city	0	Karbala|Kerbala
    Nasiriyah	IQ	31.05	46.26	city	0	Nasiriyah|Nasiriya
    # Syria
    Deir ez-Zor	SY	35.34	40.14	city	0	Deir ez-Zor|Deir al-Zour|Deir al-Zor|Dayr az Zawr|Dayr az-Zawr|Deir Ezzor|Deir Ezzour|Deir el-Zor|Deir Azzor|Deir ez Zor|Deirezzor
    Raqqa	SY	35.95	39.01	city	0	Raqqa|Ar-Raqqah|Ar Raqqah|Rakka|Raqqah|al-Raqqa|ar-Raqqa
    Aleppo	SY	36.20	37.16	city	0	Aleppo|Halab
    Palmyra	SY	34.56	38.28	town	0	Palmyra|Tadmur|Tadmor
    Idlib	SY	35.93	36.63	city	0	Idlib|Idleb
    Damascus	SY	33.51	36.29	city	0	Damascus|Dimashq
    Homs	SY	34.73	36.72	city	0	Homs|Hims
    Hama	SY	35.13	36.75	city	0	Hama|Hamah
    Latakia	SY	35.52	35.79	city	0	Latakia|Lattakia|Latakiya|al-Ladhiqiyah
    Kobani	SY	36.89	38.35	town	45000	Kobani|Kobane|Ayn al-Arab|Ain al-Arab
    Manbij	SY	36.53	37.95	city	0	Manbij|Menbij
    Al-Bab	SY	36.37	37.52	city	0	al-Bab|Al Bab
    Afrin	SY	36.51	36.87	town	0	Afrin|Efrin
    Daraa	SY	32.62	36.10	city	0	Daraa|Deraa|Dar'a
    Douma	SY	33.57	36.40	city	0	Douma|Duma
    Al-Mayadin	SY	35.02	40.45	town	0	al-Mayadin|Mayadin|Al Mayadin|Mayadeen
    Abu Kamal	SY	34.45	40.92	town	0	Abu Kamal|Albu Kamal|Bukamal|al-Bukamal
    Tabqa	SY	35.84	38.55	town	0	Tabqa|al-Thawrah|al-Tabqa
    Baghouz	SY	34.46	40.95	village	10000	Baghouz|al-Baghouz|Al Baghuz|Baghuz|al-Baghuz|Baghouz Fawqani
    Maarat al-Numan	SY	35.65	36.67	town	0	Maarat al-Numan|Maaret al-Numan|Ma'arrat al-Nu'man|Maarat al-Nuaman|Maarat al-Numaan
    Saraqib	SY	35.86	36.80	town	0	Saraqib
    Khan Shaykhun	SY	35.44	36.65	town	0	Khan Shaykhun|Khan Sheikhoun|Khan Shaykhoun
    Qamishli	SY	37.05	41.23	city	0	Qamishli|Qamishlo|Kamishli|al-Qamishli
    Hasakah	SY	36.50	40.75	city	0	Hasakah|al-Hasakah|Hasaka|Hassakeh
    # Ukraine and Russia
    Kyiv	UA	50.45	30.52	city	0	Kyiv|Kiev|Kijev
    Kharkiv	UA	49.98	36.25	city	0	Kharkiv|Kharkov
    Mariupol	UA	47.10	37.55	city	0	Mariupol|Mariupil
    Bakhmut	UA	48.59	38.00	city	0	Bakhmut|Artemivsk|Artyomovsk
    Donetsk	UA	48.02	37.80	city	0	Donetsk
    Luhansk	UA	48.57	39.32	city	0	Luhansk|Lugansk
    Odesa	UA	46.48	30.73	city	0	Odesa|Odessa
    Zaporizhzhia	UA	47.82	35.19	city	0	Zaporizhzhia|Zaporizhia|Zaporozhye|Zaporizhzhya
    Kherson	UA	46.64	32.62	city	0	Kherson
    Mykolaiv	UA	46.98	31.99	city	0	Mykolaiv|Nikolaev|Nikolayev
    Dnipro	UA	48.47	35.04	city	0	Dnipro|Dnipropetrovsk|Dnepropetrovsk
    Avdiivka	UA	48.14	37.74	town	0	Avdiivka|Avdeyevka|Avdiyivka
    Sievierodonetsk	UA	48.95	38.49	city	0	Sievierodonetsk|Severodonetsk|Siverskodonetsk
    Lysychansk	UA	48.90	38.43	city	0	Lysychansk|Lisichansk
    Kramatorsk	UA	48.72	37.56	city	0	Kramatorsk
    Sloviansk	UA	48.85	37.61	city	0	Sloviansk|Slavyansk|Slovyansk
    Pokrovsk	UA	48.28	37.18	town	0	Pokrovsk|Krasnoarmeysk
    Izium	UA	49.21	37.26	town	0	Izium|Izyum
    Melitopol	UA	46.85	35.37	city	0	Melitopol
    Sevastopol	UA	44.60	33.52	city	0	Sevastopol|Sebastopol
    Lviv	UA	49.84	24.03	city	0	Lviv|Lvov|Lwow
    Belgorod	RU	50.61	36.58	city	0	Belgorod
    Kursk	RU	51.73	36.19	city	0	Kursk
    # Libya
    Sirte	LY	31.21	16.59	city	0	Sirte|Surt|Sirt
    Misrata	LY	32.38	15.09	city	0	Misrata|Misurata|Misratah
    Benghazi	LY	32.12	20.07	city	0	Benghazi|Bengasi
    Derna	LY	32.77	22.64	city	0	Derna|Darnah
    Tobruk	LY	32.08	23.98	city	0	Tobruk|Tubruq
    # Yemen
    Sanaa	YE	15.35	44.21	city	0	Sanaa|Sana'a|Sana
    Hodeidah	YE	14.80	42.95	city	0	Hodeidah|Hudaydah|al-Hudaydah|Hodeida|Al Hudaydah
    Aden	YE	12.78	45.04	city	0	Aden
    Marib	YE	15.46	45.33	city	0	Marib|Ma'rib
    Taiz	YE	13.58	44.02	city	0	Taiz|Ta'izz|Taizz
    Mukalla	YE	14.54	49.12	city	0	Mukalla|al-Mukalla
    # Palestine, Israel, Lebanon
    Gaza	PS	31.50	34.47	city	0	Gaza
    # The city proper, a place of its own beside the Strip and the generic "Gaza".
    Gaza City	PS	31.52	34.45	city	590000	Gaza City
    Khan Younis	PS	31.34	34.31	city	0	Khan Younis|Khan Yunis|Khan Yunus|Khan Younes
    Rafah	PS	31.30	34.25	city	0	Rafah
    Jabalia	PS	31.53	34.48	city	0	Jabalia|Jabaliya|Jabalya
    Beit Lahiya	PS	31.55	34.50	town	0	Beit Lahiya|Beit Lahia|Beit Lahya|Bayt Lahiya|Bayt Lāhyā
    Deir al-Balah	PS	31.42	34.35	city	0	Deir al-Balah|Deir el-Balah
    Jenin	PS	32.46	35.30	city	0	Jenin
    Nablus	PS	32.22	35.25	city	0	Nablus
    Beirut	LB	33.89	35.50	city	0	Beirut|Beyrouth
    Bethlehem	PS	31.70	35.20	city	0	Bethlehem
    Hebron	PS	31.53	35.10	city	0	Hebron|al-Khalil
    Ramallah	PS	31.90	35.20	city	0	Ramallah
    Tyre	LB	33.27	35.20	city	0	Tyre|Sour
    # Afghanistan and Pakistan
    Kandahar	AF	31.61	65.71	city	0	Kandahar|Qandahar
    Kunduz	AF	36.73	68.86	city	0	Kunduz|Konduz|Qunduz
    Lashkar Gah	AF	31.59	64.37	city	0	Lashkar Gah|Lashkargah
    Kabul	AF	34.53	69.17	city	0	Kabul
    Jalalabad	AF	34.43	70.45	city	0	Jalalabad
    Mazar-i-Sharif	AF	36.71	67.11	city	0	Mazar-i-Sharif|Mazar-e-Sharif|Mazar-e Sharif
    Herat	AF	34.35	62.20	city	0	Herat
    Qala-i-Naw	AF	34.98	63.13	town	0	Qala-i-Naw|Qala i Naw|Qalay-I-Naw|Qal'ah-ye Now|Qala-e-Naw
    # Pakistan's former tribal areas, below GeoNames' city threshold
    North Waziristan	PK	32.95	70.05	region	540000	North Waziristan|North Wazirstan
    South Waziristan	PK	32.30	69.60	region	680000	South Waziristan|South Wazirstan
    Miranshah	PK	33.00	70.07	town	15000	Miranshah|Miram Shah|Miramshah|Miran Shah
    Mir Ali	PK	32.97	70.29	town	12000	Mir Ali|Mirali
    Wana	PK	32.30	69.57	town	20000	Wana
    Bajaur	PK	34.77	71.50	region	1100000	Bajaur|Bajaur Agency|Bajaur district
    # The southern Philippines: GeoNames lists Marawi only as "Marawi City"
    Marawi	PH	8.00	124.29	city	0	Marawi|Marawi City
    Mindanao	PH	7.50	125.00	region	0	Mindanao
    # Sri Lanka's Vanni, the last war's theater
    Kilinochchi	LK	9.38	80.40	town	100000	Kilinochchi|Kilinochi
    Mullaitivu	LK	9.27	80.81	town	20000	Mullaitivu|Mullaittivu
    Puthukkudiyiruppu	LK	9.32	80.70	town	15000	Puthukkudiyiruppu|Puthukudiyiruppu|Puthukkudiyirippu
    Vanni	LK	9.10	80.50	region	0	Vanni|Wanni
    # Africa
    Mogadishu	SO	2.04	45.34	city	0	Mogadishu|Muqdisho
    Kismayo	SO	-0.36	42.55	city	0	Kismayo|Kismaayo
    Timbuktu	ML	16.77	-3.01	town	0	Timbuktu|Tombouctou
    Gao	ML	16.27	-0.04	city	0	Gao
    Kidal	ML	18.44	1.41	town	0	Kidal
    Goma	CD	-1.68	29.23	city	0	Goma
    Bukavu	CD	-2.51	28.86	city	0	Bukavu
    Maiduguri	NG	11.85	13.16	city	0	Maiduguri
    Khartoum	SD	15.50	32.56	city	0	Khartoum
    El Fasher	SD	13.63	25.35	city	0	El Fasher|al-Fashir|Al Fashir|El-Fasher
    Omdurman	SD	15.64	32.48	city	0	Omdurman
    Mekelle	ET	13.50	39.47	city	0	Mekelle|Mekele|Makale
    Eastern Ghouta	SY	33.55	36.45	region	0	Eastern Ghouta|East Ghouta|Ghouta
    # The Caucasus
    Stepanakert	AZ	39.82	46.75	city	0	Stepanakert|Khankendi|Xankandi|Xankəndi
    Shusha	AZ	39.76	46.75	town	0	Shusha|Shushi
    # Military bases that news names as places
    Hmeimim	SY	35.41	35.95	other	0	Hmeimim|Khmeimim|Humaymim
    Incirlik	TR	37.00	35.43	other	0	Incirlik
    Bagram	AF	34.95	69.27	other	0	Bagram
    Ain al-Asad	IQ	33.80	42.44	other	0	Ain al-Asad|Ain al Asad|Al Asad
    Al Udeid	QA	25.12	51.32	other	0	Al Udeid|al-Udeid
    # Provinces, regions and territories
    Kirkuk province	IQ	35.40	44.30	region	0	Kirkuk province|Kirkuk Governorate|Kirkuk governorate
    Diyala province	IQ	33.90	45.00	region	0	Diyala province|Diyala Governorate|Diyala governorate|Diyala
    Anbar province	IQ	33.40	42.00	region	0	Anbar|al-Anbar|Al Anbar|Anbar province|Anbar Governorate
    Nineveh province	IQ	36.20	42.50	region	0	Nineveh|Ninawa|Nineveh province|Nineveh Governorate|Ninawa province|Nineveh Plains|Nineveh plain|Nineveh Plain
    Salahuddin province	IQ	34.50	43.50	region	0	Salahuddin|Salah al-Din|Saladin province|Salahuddin province|Salah ad-Din|Salah al-Din province
    Kurdistan Region	IQ	36.20	44.20	region	0	Kurdistan Region|Iraqi Kurdistan|Kurdistan Region of Iraq|Kurdistan region
    Deir ez-Zor province	SY	35.00	40.50	region	0	Deir ez-Zor province|Deir ez-Zor Governorate|Deir al-Zour province|Deir ez-Zor governorate
    Raqqa province	SY	35.80	38.90	region	0	Raqqa province|Raqqa Governorate|Raqqa governorate
    Idlib province	SY	35.80	36.60	region	0	Idlib province|Idlib Governorate|Idlib governorate|Idleb province
    Aleppo province	SY	36.20	37.40	region	0	Aleppo province|Aleppo Governorate|Aleppo governorate
    Golan Heights	SY	33.00	35.75	region	0	Golan Heights|Golan
    Rojava	SY	36.60	40.50	region	0	Rojava|Autonomous Administration of North and East Syria
    Donbas	UA	48.30	38.50	region	0	Donbas|Donbass
    Crimea	UA	45.30	34.40	region	0	Crimea|Crimean Peninsula|Crimean peninsula
    Donetsk region	UA	48.00	37.80	region	0	Donetsk region|Donetsk oblast|Donetsk Oblast|Donetsk province
    Luhansk region	UA	48.60	39.30	region	0	Luhansk region|Luhansk oblast|Luhansk Oblast|Lugansk region|Luhansk province
    Kharkiv region	UA	49.60	36.50	region	0	Kharkiv region|Kharkiv oblast|Kharkiv Oblast|Kharkiv province
    Zaporizhzhia region	UA	47.50	35.80	region	0	Zaporizhzhia region|Zaporizhzhia oblast|Zaporizhzhia Oblast
    Kherson region	UA	46.70	33.50	region	0	Kherson region|Kherson oblast|Kherson Oblast
    Kursk region	RU	51.50	36.00	region	0	Kursk region|Kursk oblast|Kursk Oblast
    Gaza Strip	PS	31.42	34.37	region	0	Gaza Strip|Gaza strip
    West Bank	PS	31.95	35.25	region	0	West Bank
    Sinai	EG	29.50	33.80	region	0	Sinai|Sinai Peninsula|North Sinai|Sinai peninsula
    Helmand	AF	31.00	64.00	region	0	Helmand|Helmand province|Helmand Province
    Kandahar province	AF	31.00	65.50	region	0	Kandahar province|Kandahar Province
    Kunduz province	AF	36.70	68.80	region	0	Kunduz province|Kunduz Province
    Darfur	SD	13.50	24.50	region	0	Darfur
    Kordofan	SD	12.50	29.50	region	0	Kordofan|Kurdufan
    Blue Nile	SD	11.00	34.00	region	0	Blue Nile state|Blue Nile State
    North Kivu	CD	-0.80	29.00	region	0	North Kivu
    South Kivu	CD	-3.00	28.30	region	0	South Kivu
    Ituri	CD	1.60	29.80	region	0	Ituri
    Tigray	ET	14.00	39.00	region	0	Tigray
    Amhara	ET	11.50	38.00	region	0	Amhara region|Amhara
    Borno	NG	11.50	13.00	region	0	Borno|Borno State|Borno state
    Cabo Delgado	MZ	-12.30	39.50	region	0	Cabo Delgado
    Puntland	SO	8.50	49.00	region	0	Puntland
    Hadramout	YE	15.90	49.00	region	0	Hadramout|Hadramaut|Hadhramaut
    Kashmir	IN	34.10	74.80	region	0	Kashmir
    Nagorno-Karabakh	AZ	39.90	46.70	region	0	Nagorno-Karabakh|Karabakh
    Transnistria	MD	47.20	29.40	region	0	Transnistria
    Northern Ireland	GB	54.60	-6.70	region	0	Northern Ireland
    Sahel	 	15.00	0.00	region	0	Sahel
    # Continents and world regions (no country). They also keep "America" in "Latin America"
    # from reading as the United States and "Asia" from reading as Asia, Philippines.
    Middle East	 	29.00	42.00	region	0	Middle East|Mideast
    Europe	 	50.00	15.00	region	0	Europe
    Asia	 	34.00	100.00	region	0	Asia
    Africa	 	2.00	20.00	region	0	Africa
    North Africa	 	27.00	10.00	region	0	North Africa
    West Africa	 	12.00	-3.00	region	0	West Africa
    East Africa	 	2.00	38.00	region	0	East Africa
    Horn of Africa	 	8.00	45.00	region	0	Horn of Africa
    Central Asia	 	43.00	65.00	region	0	Central Asia
    Southeast Asia	 	10.00	106.00	region	0	Southeast Asia|South-East Asia
    South Asia	 	23.00	78.00	region	0	South Asia
    Latin America	 	-5.00	-65.00	region	0	Latin America
    South America	 	-15.00	-60.00	region	0	South America
    North America	 	45.00	-100.00	region	0	North America
    Central America	 	14.00	-87.00	region	0	Central America
    Levant	 	34.00	36.50	region	0	Levant
    Caucasus	 	42.50	44.50	region	0	Caucasus|North Caucasus|South Caucasus
    Balkans	 	43.00	21.00	region	0	Balkans
    # "the Gulf" on its own is the Persian Gulf; the other gulfs are named in full.
    Persian Gulf	 	27.00	51.00	region	0	Persian Gulf|Arabian Gulf|Gulf
    Gulf of Aden	 	12.50	47.50	region	0	Gulf of Aden
    Gulf of Oman	 	24.50	58.50	region	0	Gulf of Oman
    Gulf of Guinea	 	2.00	4.00	region	0	Gulf of Guinea
    Gulf of Mexico	 	25.00	-90.00	region	0	Gulf of Mexico
    Gulf of Finland	 	60.00	26.50	region	0	Gulf of Finland
    Gulf of Suez	 	28.80	33.00	region	0	Gulf of Suez
    Gulf of Aqaba	 	28.75	34.75	region	0	Gulf of Aqaba
    Red Sea	 	20.00	38.50	region	0	Red Sea
    Black Sea	 	43.00	34.50	region	0	Black Sea
    Mediterranean Sea	 	35.00	18.00	region	0	Mediterranean Sea|Mediterranean
    Kurdistan	 	37.00	43.50	region	0	Kurdistan
    """#

    /// Extra names for countries (GeoNames gives one name each).
    /// Columns: ISO code, names (`|`-separated).
    static let countryAliases: String = #"""
    US	US|U.S.|USA|U.S.A.|United States of America|America
    GB	UK|U.K.|Britain|Great Britain
    PS	Palestine|Palestinian territories|Palestinian Territories|occupied Palestinian territories
    CD	DRC|DR Congo|D.R. Congo|Congo-Kinshasa|Congo
    CG	Congo-Brazzaville|Congo
    AE	UAE|U.A.E.|Emirates
    MM	Burma
    CI	Cote d'Ivoire|Côte d'Ivoire
    CZ	Czech Republic
    NL	Netherlands|Holland
    TR	Turkiye|Türkiye
    KR	Republic of Korea
    KP	DPRK
    SY	Syrian Arab Republic
    RU	Russian Federation
    MK	Macedonia
    TL	East Timor|Timor-Leste
    SZ	Swaziland
    CV	Cape Verde
    VA	Vatican City|Holy See
    """#

    /// Names that contain place names but are not places (newspapers, and — added at load
    /// time — every multi-word alias of a named actor: "Free Syrian Army", "Kurdistan Regional
    /// Government", "Jabhat Fateh al-Sham").
    static let notPlaces: [String] = [
        "Washington Post", "New York Times", "Los Angeles Times", "Jerusalem Post", "Moscow Times",
        "Tehran Times", "Kyiv Independent", "Kyiv Post", "Kyiv Independent", "Gulf News", "Arab News",
        "Baghdad Post", "Washington Times", "Washington Examiner", "Financial Times", "Times of Israel",
        "Syrian Observatory for Human Rights", "Syrian Observatory", "Kurdistan 24", "Iraqi News Agency",
        "Syrian Arab News Agency", "Saudi Press Agency", "Russia Today", "Voice of America",
        "Radio Free Europe", "Middle East Eye", "Middle East Monitor", "Iraqi Turkmen Front",
        "Syrian National Council", "Syrian National Coalition", "Aleppo Media Center",
        "Gulf Cooperation Council", "Gulf News Agency",
        "Manchester United", "Manchester City", "Real Madrid", "Atletico Madrid", "Paris Saint-Germain",
        "Inter Milan", "AC Milan", "Bayern Munich", "Borussia Dortmund", "Wall Street",
        // Generic district names: a part of the city the article is about ("the Old City" of Mosul),
        // which the operation detector resolves as "the … city" to that city.
        "Old City", "Old Town", "New City", "New Town", "City Centre", "City Center",
    ]

    /// Place names that are ordinary words and are never places on their own, whatever the
    /// context (months, function words, institutions). A longer name containing them still
    /// matches ("Police" is never Police in Poland; "Port of Spain" is fine).
    static let neverPlaces: [String] = [
        "of", "may", "march", "june", "july", "august", "police", "marine", "hope", "most", "man",
        "some", "surely", "union", "normal", "date", "many", "said", "will", "can", "does",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "april", "september", "october", "november", "december",
        "mission", "enterprise", "commonwealth", "confederation", "independence", "liberty",
        "unity", "victory", "justice", "progress", "freedom", "republic", "national", "federal",
        "general", "central", "university", "college", "army", "navy", "council", "president",
        "xinhua", "allah", "ramadan", "islam", "god", "un", "eu", "au", "ap", "afp",
    ]

    /// Place names that need evidence (a locative cue such as "in Nice", a country qualifier
    /// "Victoria, Canada", or a province word after them), in addition to the generated list of
    /// names that are ordinary English words ("nice", "reading", "mobile", "bath", "split").
    /// These are names that are also common given names or brands.
    static let needEvidence: [String] = [
        "victoria", "batman", "van", "florence", "eugene", "charlotte", "jackson", "lincoln",
        "marion", "austin", "aurora", "elizabeth", "chester", "clinton", "douglas", "hamilton",
        "madison", "houston", "dallas", "tyler", "sydney", "adelaide", "regina", "alexandria",
        "santiago", "salvador", "orlando", "raleigh", "charleston", "columbia", "lorain",
        "troy", "hit", "gao", "sana", "duma", "kent", "bristol", "luton", "hull", "preston",
        // Given names and surnames of people in the news that are also towns.
        "obama", "ali", "hassan", "omar", "abbas", "hussein", "ahmed", "mohammed", "muhammad",
        "karim", "hadi", "saleh", "salman", "khalid", "faisal", "abdullah", "hamid", "mahmoud",
        "kerry", "clinton", "johnson", "carter", "bush", "wilson", "milton", "morris", "marshall",
        "murray", "gordon", "howard", "lewis", "kennedy", "grant", "sherman", "lee", "may",
        // Brands and currencies.
        "toyota", "mercedes", "dinar", "rial", "lira", "peso", "franc", "mark", "nokia", "brent",
    ]

    /// Words before a name that mark it as a place.
    static let locativeCues: [String] = [
        "in", "at", "near", "from", "to", "into", "outside", "around", "across", "toward",
        "towards", "through", "via", "inside", "within", "nearby", "outskirts", "entered",
        "besieged", "retake", "recapture", "liberate", "captured", "seized", "shelled", "bombed",
        "struck", "hit", "reached", "left", "leave", "leaving", "entering", "northern", "southern",
        "eastern", "western", "central", "north", "south", "east", "west", "downtown",
    ]

    /// Nouns that, followed by "of", introduce a place ("the city of Reading").
    static let placeNouns: [String] = [
        "city", "town", "village", "province", "region", "district", "capital", "outskirts",
        "suburbs", "suburb", "streets", "port", "governorate", "oblast", "area", "centre",
        "center", "residents", "mayor", "governor", "liberation", "siege", "battle", "fall",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "kilometers", "kilometres", "km", "miles", "west", "heart", "part", "parts",
    ]

    /// Words after a name that turn it into a larger administrative area when no explicit
    /// entry exists ("Nineveh" + "province"); they may be lowercase.
    static let areaSuffixes: [String] = ["province", "governorate", "oblast", "region", "prefecture", "state"]

    /// Lowercase words allowed inside a name ("Deir ez-Zor", "Dayr az Zawr", "Gaza strip").
    static let particles: [String] = [
        "al", "el", "ad", "ag", "an", "ar", "as", "at", "az", "ash", "ez", "es", "ul", "de",
        "del", "la", "le", "les", "di", "da", "do", "dos", "das", "of", "the", "and", "bin",
        "ibn", "bani", "sur", "am", "im", "upon", "i", "e", "en", "y", "on", "au", "aux",
        "province", "governorate", "oblast", "region", "strip", "state", "plain", "plains",
        "peninsula", "city", "northern", "southern", "eastern", "western", "central",
        "northeastern", "northwestern", "southeastern", "southwestern", "north", "south",
        "east", "west",
    ]

    /// Arabic articles glued to a name by a hyphen ("al-Tabqa", "ar-Rutba"). A name after one
    /// is matched with the article included, even when the data spells it without.
    static let articles: [String] = ["al", "el", "ar", "as", "ad", "an", "az", "ash", "at", "ez", "es", "ed", "ul", "er", "et"]

    /// Titles before a name that make it a person ("President Jackson", "Mr. Lincoln").
    static let personTitles: [String] = [
        "president", "mr", "mrs", "ms", "miss", "dr", "gen", "general", "minister", "senator",
        "sen", "rep", "representative", "king", "queen", "prince", "princess", "sheikh",
        "ayatollah", "imam", "colonel", "col", "lt", "lieutenant", "major", "maj", "captain",
        "capt", "sergeant", "sgt", "commander", "spokesman", "spokeswoman", "secretary",
        "chancellor", "ambassador", "judge", "justice", "premier", "emir", "sultan", "pope",
        "brig", "brigadier", "admiral", "adm", "marshal", "analyst", "journalist", "reporter",
        "correspondent", "director", "envoy", "leader", "prosecutor", "lawyer", "professor",
        "prof", "rev", "reverend", "father", "mullah", "cleric", "gov", "mayor", "chief",
        "deputy", "officer", "sir", "lord", "lady", "dame", "saint", "st", "mp", "actor",
        "actress", "singer", "writer", "author", "coach", "striker", "player", "mister",
    ]

    /// Capitalized words that may follow a place name without making it a person's given name
    /// ("Kirkuk Governor", "Mosul Dam", "Washington Post"). Any other capitalized word right
    /// after a name that is not a place, demonym or month reads as a surname ("Paris Hilton").
    static let placeFollowers: [String] = [
        "province", "governorate", "governor", "region", "oblast", "district", "city", "dam",
        "airport", "airbase", "air", "base", "university", "international", "operations",
        "command", "council", "mayor", "police", "military", "front", "offensive", "operation",
        "street", "road", "highway", "square", "gate", "bridge", "river", "valley", "lake",
        "mountains", "mountain", "hills", "heights", "plain", "plains", "desert", "old",
        "stadium", "hospital", "mosque", "church", "cathedral", "museum", "port", "harbor",
        "harbour", "station", "refinery", "prison", "camp", "crossing", "checkpoint",
        "corridor", "axis", "sector", "pocket", "bay", "gulf", "sea", "coast", "island",
        "islands", "peninsula", "strait", "canal", "metro", "times", "post", "herald",
        "journal", "tribune", "news", "radio", "tv", "television", "agency", "center",
        "centre", "media", "municipality", "municipal", "embassy", "consulate", "club", "fc",
        "united", "olympic", "accords", "accord", "agreement", "protocol", "declaration",
        "convention", "summit", "conference", "process", "talks", "format", "memorandum",
        "treaty", "massacre", "battle", "siege", "campaign", "liberation", "authority",
        "regional", "government", "administration", "republic", "people", "state", "oil", "strip", "bank", "heights",
        "security", "defense", "defence", "ministry", "court", "parliament", "assembly",
        "office", "headquarters", "garrison", "brigade", "division", "corps", "regiment",
        "battalion", "army", "forces", "force", "national", "federal", "central", "old",
        "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "sunni", "shia", "shiite", "shi'ite", "christian", "christians", "arab", "arabs",
        "yazidi", "yazidis", "turkmen", "kurds", "is", "was", "will", "has", "had", "and", "or",
        "the", "on", "in", "at", "for", "to", "of", "by", "with", "from", "as", "but", "i",
        "district", "subdistrict", "county", "municipality", "area", "zone", "sector", "line",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "today", "tonight",
    ]

    /// Function words that, capitalized in mid-sentence near a name, show a title-cased
    /// headline ("Battle For Mosul Begins"), where capitalized neighbours are no evidence of a
    /// person's name.
    static let titleCaseCues: [String] = [
        "for", "of", "the", "in", "to", "on", "as", "at", "and", "by", "with", "from", "into",
        "toward", "towards", "after", "before", "over", "near", "against", "amid", "is", "are",
        "will", "be", "a", "an",
    ]

    /// Capitalized words that may stand right before a place name without making the pair a
    /// person's name ("Greater Damascus", "Old Mosul", "Battle For Mosul").
    static let placePremodifiers: [String] = [
        "in", "on", "at", "to", "from", "for", "of", "and", "or", "the", "a", "an", "near",
        "into", "outside", "around", "toward", "towards", "across", "through", "via",
        "between", "both", "with", "without", "against", "over", "under", "before", "after",
        "since", "during", "like", "as", "by", "than", "about", "beyond", "inside", "north",
        "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "greater", "old", "new", "upper", "lower", "inner", "outer", "downtown", "rural",
        "metropolitan", "northeast", "northwest", "southeast", "southwest", "northeastern",
        "northwestern", "southeastern", "southwestern", "free", "occupied", "liberated",
        "besieged", "battle", "siege", "fall", "liberation", "operation", "retake",
        "recapture", "liberate", "capture", "take", "free", "retaking", "capturing", "liberating",
        "saint", "st", "san", "santa", "port", "fort", "mount", "lake", "cape", "al", "el",
    ]

    /// Words after which a demonym-like name is a noun ("the US and …", "the UK has …").
    static let clauseWords: [String] = [
        "and", "or", "has", "had", "is", "was", "will", "would", "said", "says", "with", "for",
        "of", "as", "at", "by", "from", "but", "since", "after", "before", "could", "should",
        "may", "might", "must", "did", "does", "do", "are", "were", "been", "also", "which",
        "that", "who", "to", "in", "on", "into", "against", "over", "under", "between", "than",
        "about", "across", "through", "toward", "towards", "while", "when", "if", "because",
        "not", "never", "already", "still", "now", "then", "so", "yet", "nor", "can", "cannot",
    ]

    /// Direction adjectives that form regions with country names ("eastern Syria"). The
    /// region's point is the middle of the matching part of the bounding box of the country's
    /// cities (2nd–98th percentile): "eastern" = east third, latitude centre; "northeastern" =
    /// north-east ninth; "central" = the box centre.
    static let directions: [(word: String, northSouth: Int, eastWest: Int)] = [
        ("northern", 1, 0), ("southern", -1, 0), ("eastern", 0, 1), ("western", 0, -1),
        ("central", 0, 0), ("northeastern", 1, 1), ("north-eastern", 1, 1), ("northeast", 1, 1),
        ("north-east", 1, 1), ("northwestern", 1, -1), ("north-western", 1, -1),
        ("northwest", 1, -1), ("north-west", 1, -1), ("southeastern", -1, 1),
        ("south-eastern", -1, 1), ("southeast", -1, 1), ("south-east", -1, 1),
        ("southwestern", -1, -1), ("south-western", -1, -1), ("southwest", -1, -1),
        ("south-west", -1, -1),
    ]

    // MARK: Unlisted places (Gazetteer+Unlisted.swift)

    /// Geographic heads that belong to the name they follow ("the Hamrin mountains" → Hamrin Mountains).
    static let featureHeads: [String] = [
        "mountains", "mountain", "hills", "hill", "heights", "range", "river", "valley", "forest",
        "desert", "plain", "plains", "farms", "corridor", "gorge", "pass", "peninsula", "island",
        "islands", "lake", "marshes", "oasis", "strip",
    ]

    /// Administrative heads that make the name a region ("the Lower Shabelle region").
    static let areaHeads: [String] = [
        "region", "province", "district", "governorate", "oblast", "prefecture", "county",
        "subdistrict", "municipality", "raion", "krai", "state",
    ]

    /// Facility heads: the name alone names the place ("Kweires air base" → Kweires).
    static let facilityHeads: [String] = ["base", "airbase", "airfield", "airport", "garrison", "outpost"]

    /// Settlement nouns in apposition with "of" ("the village of Novodmytrivka") and the kind they give.
    static let settlementNouns: [(String, Place.Kind)] = [
        ("village", .village), ("villages", .village), ("hamlet", .village), ("settlement", .village),
        ("town", .town), ("towns", .town), ("city", .city), ("district", .region), ("region", .region),
        ("province", .region), ("governorate", .region), ("oblast", .region), ("neighbourhood", .other),
        ("neighborhood", .other), ("suburb", .other), ("camp", .other),
    ]

    /// Nouns of an appositive after a name that make it a place ("Adan Yabaal, a long-time
    /// al-Shabaab base"), and the kind they give.
    static let appositionNouns: [(String, Place.Kind)] = [
        ("town", .town), ("village", .village), ("city", .city), ("base", .other), ("stronghold", .other),
        ("garrison", .other), ("outpost", .other), ("port", .town), ("district", .region), ("region", .region),
        ("province", .region), ("settlement", .village), ("hamlet", .village), ("suburb", .other),
        ("enclave", .other), ("hub", .other), ("crossing", .other), ("airbase", .other), ("airport", .other),
    ]

    /// Capitalized heads followed by "of" and a name ("the Strait of Hormuz").
    static let ofHeads: [String] = ["strait", "straits", "gulf", "bay", "sea", "gulf", "isle", "cape"]

    /// Capitalized heads before a name ("Wadi Barada", "Jebel Akhdar", "Mount Sinjar").
    static let prefixHeads: [String] = ["wadi", "jebel", "jabal", "jabel", "mount", "lake", "ras"]

    /// Capitalized words that never begin or continue an unlisted place name.
    static let unlistedStoppers: [String] = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
        "i", "he", "she", "it", "we", "they", "in", "on", "at", "of", "for", "and", "or", "but",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "president", "minister", "general", "gen", "colonel",
        "spokesman", "commander", "mr", "mrs", "ms", "dr", "prime", "defence", "defense", "foreign",
        "interior", "security", "united", "nations", "council", "ministry", "army", "military",
        "navy", "air", "force", "forces", "police", "government", "national", "federal", "state",
        "islamic", "new", "old", "special", "joint", "operation", "operations", "command", "front",
        "party", "movement", "brigade", "brigades", "division", "corps", "group", "company",
        "capital", "city", "town", "village", "province", "region", "district", "when", "after",
        "before", "as", "if", "while", "since", "during", "last", "next", "early", "late",
        "mid", "local", "western", "eastern", "northern", "southern", "central", "near",
        "outside", "around", "from", "into", "across", "inside", "toward", "towards", "with",
    ]
}
