extension GazetteerData {
    /// Demonyms and national adjectives. Columns: ISO code (empty for peoples without a
    /// state: Kurdish, Arab), canonical adjective first, then other spellings (`|`-separated).
    /// The canonical adjective names state actors ("Iraqi Army", "US Intelligence").
    static let demonyms: String = #"""
    AF	Afghan|Afghani
    AL	Albanian
    DZ	Algerian
    AO	Angolan
    AR	Argentine|Argentinian
    AM	Armenian
    AU	Australian
    AT	Austrian
    AZ	Azerbaijani|Azeri
    BH	Bahraini
    BD	Bangladeshi
    BY	Belarusian|Belarussian
    BE	Belgian
    BJ	Beninese
    BA	Bosnian
    BR	Brazilian
    GB	British|UK|U.K.|English|Scottish|Welsh
    BG	Bulgarian
    BF	Burkinabe|Burkinabè
    BI	Burundian
    KH	Cambodian
    CM	Cameroonian
    CA	Canadian
    CF	Central African
    TD	Chadian
    CL	Chilean
    CN	Chinese
    CO	Colombian
    CD	Congolese
    HR	Croatian
    CU	Cuban
    CY	Cypriot
    CZ	Czech
    DK	Danish
    DJ	Djiboutian
    NL	Dutch
    EG	Egyptian
    AE	Emirati
    ER	Eritrean
    EE	Estonian
    ET	Ethiopian
    FI	Finnish
    FR	French
    GE	Georgian
    DE	German
    GH	Ghanaian
    GR	Greek
    GT	Guatemalan
    GN	Guinean
    HT	Haitian
    HU	Hungarian
    IN	Indian
    ID	Indonesian
    IR	Iranian|Persian
    IQ	Iraqi
    IE	Irish
    IL	Israeli
    IT	Italian
    CI	Ivorian
    JP	Japanese
    JO	Jordanian
    KZ	Kazakh|Kazakhstani
    KE	Kenyan
    XK	Kosovar
    KW	Kuwaiti
    KG	Kyrgyz
    LV	Latvian
    LB	Lebanese
    LY	Libyan
    LT	Lithuanian
    MY	Malaysian
    ML	Malian
    MR	Mauritanian
    MX	Mexican
    MD	Moldovan
    MN	Mongolian
    ME	Montenegrin
    MA	Moroccan
    MZ	Mozambican
    MM	Myanmar|Burmese
    NP	Nepali|Nepalese
    NZ	New Zealand
    NI	Nicaraguan
    NE	Nigerien
    NG	Nigerian
    KP	North Korean
    MK	Macedonian|North Macedonian
    NO	Norwegian
    OM	Omani
    PK	Pakistani
    PS	Palestinian
    PA	Panamanian
    PE	Peruvian
    PH	Filipino|Philippine
    PL	Polish
    PT	Portuguese
    QA	Qatari
    RO	Romanian
    RU	Russian
    RW	Rwandan
    SA	Saudi|Saudi Arabian
    SN	Senegalese
    RS	Serbian
    SL	Sierra Leonean
    SG	Singaporean
    SK	Slovak
    SI	Slovenian
    SO	Somali|Somalian
    ZA	South African
    KR	South Korean
    SS	South Sudanese
    ES	Spanish
    LK	Sri Lankan
    SD	Sudanese
    SE	Swedish
    CH	Swiss
    SY	Syrian
    TW	Taiwanese
    TJ	Tajik
    TZ	Tanzanian
    TH	Thai
    TN	Tunisian
    TR	Turkish
    TM	Turkmenistani
    UG	Ugandan
    UA	Ukrainian
    US	US|U.S.|American|USA
    UZ	Uzbek
    VE	Venezuelan
    VN	Vietnamese
    YE	Yemeni|Yemenite
    ZM	Zambian
    ZW	Zimbabwean
     	Kurdish
     	Arab
     	Western
     	Sunni
     	Shia|Shiite|Shi'ite
     	Turkmen
     	Yazidi
     	Baloch|Balochi
     	Pashtun
     	Tuareg
     	Druze
    """#
}
