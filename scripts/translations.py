"""French, Arabic and English versions of the shipped free text (institute names and
cities, agreement titles and partners, catalogue sources), written for Jazari Atlas.

Only translations we are sure of: a name without an established rendering in a language
(a brand, an acronym) is left out, and the dashboard falls back to the text as published,
marked with its language.
"""

from __future__ import annotations

# institute_id -> {column_lang: text}
INSTITUTES = {
    "JZ-GON": {
        "name_fr": "Institut Jazari (Guelmim-Oued Noun)",
        "name_ar": "معهد الجزري (كلميم - واد نون)",
        "name_en": "Jazari Institute (Guelmim-Oued Noun)",
    },
    "JZ-NAD": {
        "name_fr": "Institut Jazari de Nador",
        "name_ar": "معهد الجزري بالناظور",
        "name_en": "Jazari Institute, Nador",
        "city_fr": "Nador",
        "city_ar": "الناظور",
        "city_en": "Nador",
    },
    "JZ-DAK": {
        "name_fr": "Institut Jazari pour l'intelligence artificielle et la transition "
        "énergétique (Dakhla)",
        "name_ar": "معهد الجزري للذكاء الاصطناعي والانتقال الطاقي (الداخلة)",
        "name_en": "Jazari Institute for AI and the Energy Transition (Dakhla)",
        "city_fr": "Dakhla",
        "city_ar": "الداخلة",
        "city_en": "Dakhla",
    },
    "JZ-ROOT": {
        "name_fr": "JAZARI ROOT (Jazari Root / Racine)",
        "name_en": "JAZARI ROOT (federating hub)",
        "city_fr": "Rabat",
        "city_ar": "الرباط",
        "city_en": "Rabat",
    },
    "JZ-ROOT-LAB": {
        "name_fr": "Laboratoire R&D Mistral AI & MTNRA (hébergé à JAZARI ROOT)",
        "name_en": "Mistral AI & ministry R&D lab (at JAZARI ROOT)",
        "city_fr": "Rabat",
        "city_ar": "الرباط",
        "city_en": "Rabat",
    },
    "JZ-FES": {
        "name_fr": "JAZARI Industrie X.0 (Institut Al-Jazari pour l'Industrie)",
        "name_ar": "معهد الجزري للصناعة (JAZARI Industrie X.0)",
        "name_en": "JAZARI Industry X.0 (Al-Jazari Institute for Industry)",
        "city_fr": "Fès",
        "city_ar": "فاس",
        "city_en": "Fez",
    },
}
# An institute whose host city no source states.
CITY_NOT_STATED = {"city_fr": "Non précisée", "city_ar": "غير محددة", "city_en": "Not stated"}

# The illustrative planned institutes: one per region with none reported, named by city.
CITIES = {
    "Tanger": ("طنجة", "Tangier"),
    "Béni Mellal": ("بني ملال", "Beni Mellal"),
    "Casablanca": ("الدار البيضاء", "Casablanca"),
    "Marrakech": ("مراكش", "Marrakesh"),
    "Errachidia": ("الرشيدية", "Errachidia"),
    "Agadir": ("أكادير", "Agadir"),
    "Laâyoune": ("العيون", "Laayoune"),
    "Guelmim": ("كلميم", "Guelmim"),
    "Oujda": ("وجدة", "Oujda"),
    "Fès": ("فاس", "Fez"),
    "Rabat": ("الرباط", "Rabat"),
    "Dakhla": ("الداخلة", "Dakhla"),
}


def planned_institute(city: str) -> dict[str, str]:
    arabic, english = CITIES[city]
    return {
        "name_fr": f"Institut Jazari — {city} (prévu)",
        "name_ar": f"معهد الجزري — {arabic} (مرتقب)",
        "name_en": f"Jazari Institute — {english} (planned)",
        "city_fr": city,
        "city_ar": arabic,
        "city_en": english,
    }


# Agreement titles, by position in scripts/reference/cooperation_facts.csv (1 = first row);
# the English is the reference file's own summary.
TITLES = {
    1: (
        "Le ministère et l’entreprise française d’IA générative se sont accordés pour coopérer "
        "sur les compétences en IA, la recherche appliquée, les startups et l’usage responsable.",
        "اتفقت الوزارة والشركة الفرنسية المتخصصة في الذكاء الاصطناعي التوليدي على التعاون في "
        "مجالات مهارات الذكاء الاصطناعي والبحث التطبيقي والمقاولات الناشئة والاستخدام المسؤول.",
    ),
    2: (
        "Annonce d’un laboratoire de recherche commun entre Mistral AI et le ministère, hébergé "
        "à Jazari Root, pour co-développer des prototypes d’IA.",
        "الإعلان عن مختبر بحث مشترك بين Mistral AI والوزارة، يحتضنه JAZARI ROOT، لتطوير نماذج "
        "أولية للذكاء الاصطناعي بشكل مشترك.",
    ),
    3: (
        "Le Maroc et les États-Unis ont porté ensemble la première résolution de l’Assemblée "
        "générale des Nations unies sur une IA sûre et digne de confiance au service du "
        "développement.",
        "قاد المغرب والولايات المتحدة معًا أول قرار للجمعية العامة للأمم المتحدة بشأن ذكاء "
        "اصطناعي آمن وجدير بالثقة في خدمة التنمية.",
    ),
    4: (
        "Les ambassadeurs du Maroc et des États-Unis auprès de l’ONU ont lancé à New York le "
        "Groupe des amis de l’IA pour le développement durable.",
        "أطلق سفيرا المغرب والولايات المتحدة لدى الأمم المتحدة في نيويورك مجموعة أصدقاء الذكاء "
        "الاصطناعي من أجل التنمية المستدامة.",
    ),
    5: (
        "La ministre du Numérique a rencontré à Washington les responsables des politiques cyber "
        "et IA du Département d’État pour approfondir la coopération en IA.",
        "التقت الوزيرة المكلفة بالانتقال الرقمي في واشنطن بمسؤولي سياسات الأمن السيبراني والذكاء "
        "الاصطناعي بوزارة الخارجية الأمريكية لتعميق التعاون في مجال الذكاء الاصطناعي.",
    ),
    6: (
        "Le ministère et le PNUD ont signé une déclaration d’intention pour créer au Maroc un "
        "hub arabo-africain sur l’IA et le numérique pour le développement durable.",
        "وقّعت الوزارة وبرنامج الأمم المتحدة الإنمائي إعلان نوايا لإحداث مركز عربي إفريقي "
        "للذكاء الاصطناعي والرقمنة من أجل التنمية المستدامة يحتضنه المغرب.",
    ),
    7: (
        "La Conférence générale de l’UNESCO a approuvé l’AI Movement de l’UM6P comme centre de "
        "catégorie 2 de l’UNESCO.",
        "صادق المؤتمر العام لليونسكو على اعتماد AI Movement التابع لجامعة محمد السادس متعددة "
        "التخصصات التقنية مركزًا من الفئة الثانية لليونسكو.",
    ),
    8: (
        "L’UNESCO et le ministère ont lancé le rapport d’évaluation de l’état de préparation du "
        "Maroc à l’IA, le premier achevé en Afrique et dans les États arabes.",
        "أطلقت اليونسكو والوزارة تقرير تقييم جاهزية المغرب للذكاء الاصطناعي، وهو الأول الذي "
        "يُستكمل في إفريقيا والدول العربية.",
    ),
    9: (
        "Le Maroc s’est engagé à mettre en œuvre tôt la Recommandation de l’UNESCO sur l’éthique "
        "de l’IA et a constitué un comité national de pilotage.",
        "التزم المغرب بالتنفيذ المبكر لتوصية اليونسكو بشأن أخلاقيات الذكاء الاصطناعي وشكّل لجنة "
        "وطنية للقيادة.",
    ),
    10: (
        "Un forum de haut niveau coorganisé par l’AI Movement de l’UM6P et l’UNESCO a adopté la "
        "Déclaration de Rabat sur l’IA pour l’Afrique.",
        "اعتمد منتدى رفيع المستوى نظمه AI Movement التابع لجامعة محمد السادس متعددة التخصصات "
        "التقنية واليونسكو إعلان الرباط بشأن الذكاء الاصطناعي من أجل إفريقيا.",
    ),
    11: (
        "Le Maroc et l’Arabie saoudite ont signé un protocole d’accord sur la transformation "
        "numérique de l’administration lors du Forum sur la gouvernance de l’internet à Riyad.",
        "وقّع المغرب والمملكة العربية السعودية مذكرة تفاهم بشأن التحول الرقمي الحكومي على هامش "
        "منتدى حوكمة الإنترنت بالرياض.",
    ),
    12: (
        "Le Maroc et Djibouti ont convenu de partager leur expérience des politiques publiques "
        "numériques, sous le suivi d’un comité mixte de coordination.",
        "اتفق المغرب وجيبوتي على تبادل الخبرات في مجال السياسات العمومية الرقمية، تحت إشراف "
        "لجنة تنسيق مشتركة.",
    ),
    13: (
        "Les ministres des Affaires étrangères ont signé un accord sur les TIC couvrant la "
        "stratégie, la régulation, l’éducation numérique et les bonnes pratiques "
        "d’administration électronique.",
        "وقّع وزيرا الخارجية اتفاقًا في مجال تكنولوجيا المعلومات والاتصال يشمل الاستراتيجية "
        "والتقنين والتعليم الرقمي والممارسات الفضلى في الإدارة الإلكترونية.",
    ),
    14: (
        "Les ministres marocain et égyptien du Numérique ont convenu par visioconférence de "
        "bâtir un partenariat stratégique sur l’IA.",
        "اتفق الوزيران المغربي والمصري المكلفان بالرقمنة عبر تقنية التناظر المرئي على بناء "
        "شراكة استراتيجية في مجال الذكاء الاصطناعي.",
    ),
    15: (
        "Lors d’une visite royale à Abou Dhabi, les deux pays ont échangé des protocoles "
        "d’accord couvrant notamment les centres de données.",
        "خلال زيارة ملكية إلى أبوظبي، تبادل البلدان مذكرات تفاهم شملت قطاعاتها مراكز البيانات.",
    ),
    16: (
        "Parmi les accords signés lors de la visite d’État du président Macron figurait un "
        "accord de coopération sur l’intelligence artificielle.",
        "من بين الاتفاقيات الموقعة خلال زيارة الدولة التي قام بها الرئيس ماكرون، اتفاقية "
        "للتعاون في مجال الذكاء الاصطناعي.",
    ),
    17: (
        "Le forum Maroc-Estonie e-Connect, à l’UM6P, a exploré la coopération en administration "
        "électronique, en présence du ministre estonien des Affaires étrangères.",
        "بحث منتدى e-Connect المغربي الإستوني بجامعة محمد السادس متعددة التخصصات التقنية "
        "التعاون في مجال الإدارة الإلكترونية، بحضور وزير الخارجية الإستوني.",
    ),
    18: (
        "Le ministère de l’Enseignement supérieur et Huawei Maroc ont signé un protocole "
        "d’accord sur la formation numérique, la recherche et l’employabilité des jeunes.",
        "وقّعت وزارة التعليم العالي وهواوي المغرب مذكرة تفاهم في مجالات التكوين الرقمي والبحث "
        "وقابلية تشغيل الشباب.",
    ),
    19: (
        "Un consortium mené par Naver a annoncé au Maroc un centre de données d’IA alimenté par "
        "les énergies renouvelables, de 40 MW au départ et jusqu’à 500 MW.",
        "أعلن تحالف تقوده Naver عن مركز بيانات للذكاء الاصطناعي بالمغرب يعمل بالطاقات "
        "المتجددة، بقدرة أولية تبلغ 40 ميغاواط قابلة للتوسيع إلى 500 ميغاواط.",
    ),
    20: (
        "IAI et l’Université internationale de Rabat ont convenu de créer un centre "
        "d’excellence en aéronautique et en IA.",
        "اتفقت IAI والجامعة الدولية للرباط على إحداث مركز تميز في الطيران والذكاء الاصطناعي.",
    ),
    21: (
        "Le Maroc a signé à Riyad la charte fondatrice de l’Organisation de coopération "
        "numérique, devenant son neuvième État membre.",
        "وقّع المغرب بالرياض الميثاق التأسيسي لمنظمة التعاون الرقمي، ليصبح الدولة العضو "
        "التاسعة فيها.",
    ),
    22: (
        "Le Maroc a été réélu, avec le plus de voix, au comité exécutif de l’Organisation de "
        "coopération numérique pour 2026, lors de son assemblée générale au Koweït.",
        "أعيد انتخاب المغرب، بأكبر عدد من الأصوات، عضوا في اللجنة التنفيذية لمنظمة التعاون "
        "الرقمي لسنة 2026، خلال جمعيتها العامة بالكويت.",
    ),
    23: (
        "Le directeur de l’Agence de développement du digital a été élu président du conseil "
        "des agences africaines des technologies de l’information de Smart Africa.",
        "انتُخب مدير وكالة التنمية الرقمية رئيسًا لمجلس الوكالات الإفريقية لتكنولوجيا المعلومات "
        "التابع لتحالف Smart Africa.",
    ),
    24: (
        "Rabat a accueilli les travaux du conseil des agences africaines des technologies de "
        "l’information (CAITA) de Smart Africa, dont le Maroc est membre depuis décembre 2019.",
        "احتضنت الرباط أشغال مجلس الوكالات الإفريقية لتكنولوجيا المعلومات (CAITA) التابع "
        "لتحالف Smart Africa، الذي يعد المغرب عضوا فيه منذ دجنبر 2019.",
    ),
    25: (
        "L’UE a annoncé 1,6 milliard d’euros de dons pour la transition verte et numérique du "
        "Maroc au titre de Global Gateway.",
        "أعلن الاتحاد الأوروبي عن منح بقيمة 1,6 مليار يورو لدعم الانتقال الأخضر والرقمي بالمغرب "
        "في إطار مبادرة البوابة العالمية.",
    ),
    26: (
        "Le centre panafricain d’administration CAFRAD a assisté au lancement du réseau Jazari "
        "et s’est engagé à diffuser le modèle marocain en Afrique.",
        "حضر المركز الإفريقي للتدريب والبحث الإداري من أجل التنمية (كافراد) إطلاق شبكة الجزري "
        "والتزم بنشر النموذج المغربي في إفريقيا.",
    ),
}

# Partners that are not countries (countries are named by CLDR, through Babel).
PARTNERS = {
    "UNDP": {
        "partner_name_fr": "PNUD",
        "partner_name_ar": "برنامج الأمم المتحدة الإنمائي",
        "partner_name_en": "UNDP",
    },
    "UNESCO": {
        "partner_name_fr": "UNESCO",
        "partner_name_ar": "اليونسكو",
        "partner_name_en": "UNESCO",
    },
    "Digital Cooperation Organization (DCO)": {
        "partner_name_fr": "Organisation de coopération numérique (DCO)",
        "partner_name_ar": "منظمة التعاون الرقمي",
        "partner_name_en": "Digital Cooperation Organization (DCO)",
    },
    "European Union": {
        "partner_name_fr": "Union européenne",
        "partner_name_ar": "الاتحاد الأوروبي",
        "partner_name_en": "European Union",
    },
    "CAFRAD": {
        "partner_name_fr": "CAFRAD",
        "partner_name_en": "CAFRAD",
        "partner_name_ar": "المركز الإفريقي للتدريب والبحث الإداري من أجل التنمية (كافراد)",
    },
}

# Catalogue sources: (fr, ar, en).
SOURCES = {
    "HCP — RGPH 2024": (
        "HCP — RGPH 2024",
        "المندوبية السامية للتخطيط — الإحصاء العام للسكان والسكنى 2024",
        "HCP — 2024 General Population and Housing Census",
    ),
    "HCP — comptes régionaux": (
        "HCP — comptes régionaux",
        "المندوبية السامية للتخطيط — الحسابات الجهوية",
        "HCP — regional accounts",
    ),
    "Ministère de l'Enseignement supérieur": (
        "Ministère de l'Enseignement supérieur",
        "وزارة التعليم العالي والبحث العلمي والابتكار",
        "Ministry of Higher Education",
    ),
    "UN DESA — E-Government Survey": (
        "DAES de l’ONU — Enquête sur l’administration en ligne",
        "إدارة الشؤون الاقتصادية والاجتماعية بالأمم المتحدة — مسح الحكومة الإلكترونية",
        "UN DESA — E-Government Survey",
    ),
    "Maroc Digital 2030": ("Maroc Digital 2030", "المغرب الرقمي 2030", "Digital Morocco 2030"),
    "Ministère de la Transition numérique (MTNRA)": (
        "Ministère de la Transition numérique (MTNRA)",
        "الوزارة المنتدبة المكلفة بالانتقال الرقمي وإصلاح الإدارة",
        "Ministry of Digital Transition (MTNRA)",
    ),
    "Jazari Atlas — valeurs illustratives (scripts/build_sample_data.py)": (
        "Jazari Atlas — valeurs illustratives (scripts/build_sample_data.py)",
        "Jazari Atlas — قيم توضيحية (scripts/build_sample_data.py)",
        "Jazari Atlas — illustrative values (scripts/build_sample_data.py)",
    ),
}
