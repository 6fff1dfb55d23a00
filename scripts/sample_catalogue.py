"""The shipped indicator catalogue (indicators.parquet), in French, Arabic and English.

Targets are the published national targets of Maroc Digital 2030 and of the "AI Made in
Morocco" strategy (scripts/reference/strategy_targets.csv); the sources are in each row.
"""

from __future__ import annotations

HCP_RGPH = "https://walaw.press/تتقدمهم_البيضاء.._هذا_عدد_السكان_بالجهات_حسب_إحصاء_2024/مقالات/GLRRRSQLWRXL"
MD2030 = "https://lnt.ma/la-strategie-maroc-digital-2030-officiellement-lancee/"
MD2030_EXPORTS = "https://fr.le360.ma/economie/la-strategie-digitale-du-maroc-devoilee_TUPRHDNFABBFLHYNSWHON72W3E/"
MD2030_RANK = "https://lematin.ma/nation/digital-morocco-2030-comment-le-gouvernement-compte-gagner-le-pari/244296/amp"
AIMM = "https://iafrica.com/morocco-launches-ai-made-in-morocco-strategy-targeting-10b-gdp-boost-by-2030/"
EGDI = "https://www.yabiladi.com/articles/details/154311/e-gouvernement-maroc-gagne-places-dans.html?utm_source=rss_yabiladi"
OXFORD = "https://maghress.com/fr/infomagazine/8452"
GDP_SHARES = "https://telquel.ma/instant-t/2024/09/04/voici-les-3-regions-qui-creent-le-plus-de-richesse-au-maroc_1891800"
UNIVERSITIES = "https://www.enssup.gov.ma/ar/enseignement-superieur-public-universitaires"
URBAN = "https://lnt.ma/rgph-2024-ou-vivent-les-37-millions-de-marocains-et-sous-quel-toit/"
# HCP's workbook of the RGPH 2024 indicators by region (17 December 2024), read in its
# open republication (the rows' own links).
HCP_RGPH_INDICATORS = "https://www.hcp.ma/file/242671/"
ONLINE_SERVICES = (
    "https://fr.le360.ma/societe/idarati-electronique-un-guichet-numerique-unique-"
    "pour-les-demarches-administratives_SSRTC3BA55C63I7FMXWJV7PPTQ/"
)

# Sectors of the adoption file (French, as a ministry would publish them).
SECTORS = (
    "Santé",
    "Éducation",
    "Justice",
    "Collectivités territoriales",
    "Finances publiques",
    "Agriculture",
    "Transport",
)

# Their names in Arabic and English (sector_ar, sector_en; our translations).
SECTOR_NAMES = {
    "Santé": {"ar": "الصحة", "en": "Health"},
    "Éducation": {"ar": "التعليم", "en": "Education"},
    "Justice": {"ar": "العدل", "en": "Justice"},
    "Collectivités territoriales": {"ar": "الجماعات الترابية", "en": "Local government"},
    "Finances publiques": {"ar": "المالية العمومية", "en": "Public finance"},
    "Agriculture": {"ar": "الفلاحة", "en": "Agriculture"},
    "Transport": {"ar": "النقل", "en": "Transport"},
}

ILLUSTRATIVE_SOURCE = "Jazari Atlas — valeurs illustratives (scripts/build_sample_data.py)"


def indicator(
    indicator_id,
    theme,
    unit,
    higher_is_better,
    labels,
    descriptions,
    source,
    source_url=None,
    illustrative=True,
    target_value=None,
    target_year=None,
    baseline_year=None,
):
    label_fr, label_ar, label_en = labels
    description_fr, description_ar, description_en = descriptions
    return {
        "indicator_id": indicator_id,
        "theme": theme,
        "label_fr": label_fr,
        "label_ar": label_ar,
        "label_en": label_en,
        "unit": unit,
        "higher_is_better": higher_is_better,
        "description_fr": description_fr,
        "description_ar": description_ar,
        "description_en": description_en,
        "source": source,
        "source_url": source_url,
        "illustrative": illustrative,
        "target_value": target_value,
        "target_year": target_year,
        # progress to the target is measured from the strategy's published baseline year
        "baseline_year": baseline_year,
    }


INDICATORS = [
    # --- context: published facts -------------------------------------------------------
    indicator(
        "population",
        "context",
        "persons",
        True,
        (
            "Population légale (RGPH 2024)",
            "السكان القانونيون (إحصاء 2024)",
            "Legal population (RGPH 2024)",
        ),
        (
            "Population légale au Recensement général de la population et de l'habitat 2024.",
            "عدد السكان القانونيين حسب الإحصاء العام للسكان والسكنى 2024.",
            "Legal population at the 2024 General Population and Housing Census.",
        ),
        "HCP — RGPH 2024",
        HCP_RGPH,
        illustrative=False,
    ),
    # --- context: the RGPH 2024's human capital, by region (HCP, published) ------------------
    indicator(
        "higher_education_share",
        "context",
        "%",
        True,
        (
            "Niveau d'études supérieur (RGPH 2024)",
            "المستوى الدراسي العالي (إحصاء 2024)",
            "Higher education level (RGPH 2024)",
        ),
        (
            "Part de la population ayant un niveau d'études supérieur, selon les indicateurs "
            "du RGPH 2024 par région (le HCP ne précise pas la population de référence).",
            "نسبة السكان ذوي المستوى الدراسي العالي، حسب مؤشرات إحصاء 2024 بالجهات (لا تحدد "
            "المندوبية السامية للتخطيط السكان المرجعيين).",
            "Share of the population with a higher-education level, from the RGPH 2024 "
            "indicators by region (HCP does not state the reference population).",
        ),
        "HCP — RGPH 2024",
        HCP_RGPH_INDICATORS,
        illustrative=False,
    ),
    indicator(
        "illiteracy_rate",
        "context",
        "%",
        False,
        (
            "Analphabétisme des 10 ans et plus (RGPH 2024)",
            "الأمية لدى 10 سنوات فما فوق (إحصاء 2024)",
            "Illiteracy, aged 10 and over (RGPH 2024)",
        ),
        (
            "Taux d'analphabétisme de la population âgée de 10 ans et plus (RGPH 2024).",
            "معدل الأمية لدى السكان البالغين 10 سنوات فما فوق (إحصاء 2024).",
            "Illiteracy rate of the population aged 10 and over (RGPH 2024).",
        ),
        "HCP — RGPH 2024",
        HCP_RGPH_INDICATORS,
        illustrative=False,
    ),
    indicator(
        "unemployment_rate_census",
        "context",
        "%",
        False,
        (
            "Chômage au recensement (RGPH 2024)",
            "البطالة حسب الإحصاء (إحصاء 2024)",
            "Unemployment at the census (RGPH 2024)",
        ),
        (
            "Taux de chômage mesuré par le RGPH 2024 (15 ans et plus) ; il diffère du taux de "
            "l'enquête trimestrielle sur l'emploi (13,3 % en 2024), dont la méthode diffère.",
            "معدل البطالة حسب إحصاء 2024 (15 سنة فما فوق)؛ يختلف عن معدل البحث الفصلي حول "
            "التشغيل (13,3% سنة 2024) لاختلاف المنهجية.",
            "Unemployment rate measured by the RGPH 2024 (aged 15 and over); it differs from "
            "the quarterly labour-force survey's rate (13.3 % in 2024), by method.",
        ),
        "HCP — RGPH 2024",
        HCP_RGPH_INDICATORS,
        illustrative=False,
    ),
    indicator(
        "english_literacy",
        "context",
        "%",
        True,
        (
            "Lisent et écrivent l'anglais (RGPH 2024)",
            "يقرؤون ويكتبون الإنجليزية (إحصاء 2024)",
            "Read and write English (RGPH 2024)",
        ),
        (
            "Part des personnes alphabétisées qui lisent et écrivent l'anglais (RGPH 2024).",
            "نسبة المتعلمين الذين يقرؤون ويكتبون اللغة الإنجليزية (إحصاء 2024).",
            "Share of literate people who read and write English (RGPH 2024).",
        ),
        "HCP — RGPH 2024",
        HCP_RGPH_INDICATORS,
        illustrative=False,
    ),
    indicator(
        "urbanisation_rate",
        "context",
        "%",
        True,
        ("Taux d'urbanisation (2024)", "نسبة التمدن (2024)", "Urbanisation rate (2024)"),
        (
            "Part de la population vivant en milieu urbain, RGPH 2024. Non publié pour "
            "Souss-Massa et Guelmim-Oued Noun.",
            "نسبة السكان القاطنين بالوسط الحضري، إحصاء 2024. غير منشورة لجهتي سوس ماسة وكلميم واد نون.",
            "Share of the population living in urban areas, RGPH 2024. Not published for "
            "Souss-Massa and Guelmim-Oued Noun.",
        ),
        "HCP — RGPH 2024",
        URBAN,
        illustrative=False,
    ),
    indicator(
        "gdp_share",
        "context",
        "%",
        True,
        ("Part du PIB national", "الحصة من الناتج الداخلي الإجمالي", "Share of national GDP"),
        (
            "Part de la région dans le PIB national (comptes régionaux du HCP, 2022 et 2023).",
            "حصة الجهة من الناتج الداخلي الإجمالي الوطني (الحسابات الجهوية للمندوبية السامية للتخطيط).",
            "The region's share of national GDP (HCP regional accounts, 2022 and 2023).",
        ),
        "HCP — comptes régionaux",
        GDP_SHARES,
        illustrative=False,
    ),
    indicator(
        "public_universities",
        "context",
        "count",
        True,
        ("Universités publiques", "الجامعات العمومية", "Public universities"),
        (
            "Universités publiques par siège de présidence (liste du ministère, 12 universités).",
            "الجامعات العمومية حسب مقر الرئاسة (لائحة الوزارة، 12 جامعة).",
            "Public universities by seat of their presidency (ministry list, 12 universities).",
        ),
        "Ministère de l'Enseignement supérieur",
        UNIVERSITIES,
        illustrative=False,
    ),
    # --- adoption: a published national figure, then illustrative regional series ---------
    indicator(
        "online_public_services",
        "adoption",
        "count",
        True,
        (
            "Services publics en ligne",
            "الخدمات العمومية المتاحة عبر الإنترنت",
            "Public services online",
        ),
        (
            "Services publics disponibles en ligne au niveau national (« plus de 600 » annoncés "
            "par le ministère en février 2026).",
            "الخدمات العمومية المتاحة عبر الإنترنت على المستوى الوطني («أكثر من 600» حسب ما أعلنته "
            "الوزارة في فبراير 2026).",
            'Public services available online nationally ("more than 600" announced by the '
            "ministry in February 2026).",
        ),
        "Ministère de la Transition numérique (MTNRA)",
        ONLINE_SERVICES,
        illustrative=False,
    ),
    indicator(
        "ai_use_cases_deployed",
        "adoption",
        "count",
        True,
        (
            "Cas d'usage d'IA en service public",
            "حالات استخدام الذكاء الاصطناعي في المرافق العمومية",
            "AI use cases in public services",
        ),
        (
            "Nombre cumulé de cas d'usage d'IA en production dans les services publics, par "
            "secteur ; sans secteur : tous secteurs.",
            "العدد التراكمي لحالات استخدام الذكاء الاصطناعي المشغلة في المرافق العمومية حسب القطاع؛ "
            "بدون قطاع: جميع القطاعات.",
            "Cumulative number of AI use cases in production in public services, by sector; "
            "no sector: all sectors.",
        ),
        ILLUSTRATIVE_SOURCE,
    ),
    indicator(
        "online_procedures_share",
        "adoption",
        "%",
        True,
        (
            "Démarches administratives en ligne",
            "المساطر الإدارية المتاحة عبر الإنترنت",
            "Administrative procedures online",
        ),
        (
            "Part des démarches administratives de la région réalisables entièrement en ligne.",
            "نسبة المساطر الإدارية بالجهة التي يمكن إنجازها كليا عبر الإنترنت.",
            "Share of the region's administrative procedures that can be completed online.",
        ),
        ILLUSTRATIVE_SOURCE,
    ),
    indicator(
        "civil_servants_trained_ai",
        "adoption",
        "count",
        True,
        (
            "Fonctionnaires formés à l'IA",
            "الموظفون المكونون في الذكاء الاصطناعي",
            "Civil servants trained in AI",
        ),
        (
            "Nombre cumulé d'agents publics ayant suivi une formation certifiante en IA.",
            "العدد التراكمي للموظفين العموميين الذين تابعوا تكوينا معتمدا في الذكاء الاصطناعي.",
            "Cumulative number of public servants who completed a certified AI course.",
        ),
        ILLUSTRATIVE_SOURCE,
    ),
    indicator(
        "ai_assisted_requests_share",
        "adoption",
        "%",
        True,
        (
            "Demandes traitées avec assistance IA",
            "الطلبات المعالجة بمساعدة الذكاء الاصطناعي",
            "Requests handled with AI assistance",
        ),
        (
            "Part des demandes d'usagers traitées avec un outil d'IA (tri, assistant, "
            "pré-instruction).",
            "نسبة طلبات المرتفقين المعالجة بأداة ذكاء اصطناعي (فرز، مساعد، دراسة أولية).",
            "Share of citizens' requests handled with an AI tool (triage, assistant, pre-review).",
        ),
        ILLUSTRATIVE_SOURCE,
    ),
    # --- sovereignty ------------------------------------------------------------------
    indicator(
        "egdi_rank",
        "sovereignty",
        "rank",
        False,
        (
            "Rang mondial e-gouvernement (ONU)",
            "الترتيب العالمي للحكومة الإلكترونية (الأمم المتحدة)",
            "UN e-government world rank",
        ),
        (
            "Rang du Maroc à l'indice de développement de l'e-gouvernement (EGDI) des Nations "
            "unies, sur 193 pays. Cible Maroc Digital 2030 : top 50.",
            "ترتيب المغرب في مؤشر تنمية الحكومة الإلكترونية للأمم المتحدة من بين 193 دولة. "
            "هدف المغرب الرقمي 2030: ضمن أفضل 50.",
            "Morocco's rank on the UN E-Government Development Index (EGDI), out of 193 "
            "countries. Digital Morocco 2030 target: top 50.",
        ),
        "UN DESA — E-Government Survey",
        EGDI,
        illustrative=False,
        target_value=50,
        target_year=2030,
        baseline_year=2022,
    ),
    indicator(
        "egdi_score",
        "sovereignty",
        "score",
        True,
        (
            "Indice e-gouvernement (EGDI)",
            "مؤشر تنمية الحكومة الإلكترونية",
            "E-Government Development Index",
        ),
        (
            "Score EGDI des Nations unies, de 0 à 1.",
            "درجة مؤشر الأمم المتحدة، من 0 إلى 1.",
            "UN EGDI score, from 0 to 1.",
        ),
        "UN DESA — E-Government Survey",
        EGDI,
        illustrative=False,
    ),
    indicator(
        "ai_readiness_score",
        "sovereignty",
        "score",
        True,
        (
            "Préparation gouvernementale à l'IA",
            "جاهزية الحكومة للذكاء الاصطناعي",
            "Government AI readiness",
        ),
        (
            "Score de l'indice Government AI Readiness d'Oxford Insights, de 0 à 100.",
            "درجة مؤشر جاهزية الحكومات للذكاء الاصطناعي لأكسفورد إنسايتس، من 0 إلى 100.",
            "Oxford Insights Government AI Readiness Index score, from 0 to 100.",
        ),
        "Oxford Insights",
        OXFORD,
        illustrative=False,
    ),
    indicator(
        "ai_readiness_rank",
        "sovereignty",
        "rank",
        False,
        (
            "Rang mondial de préparation à l'IA",
            "الترتيب العالمي لجاهزية الحكومة للذكاء الاصطناعي",
            "Government AI readiness world rank",
        ),
        (
            "Rang du Maroc à l'indice Government AI Readiness d'Oxford Insights (181 pays en "
            "2022, 193 en 2023, 188 en 2024). 2025 : calculé à partir des 14 places gagnées.",
            "ترتيب المغرب في مؤشر جاهزية الحكومات للذكاء الاصطناعي لأكسفورد إنسايتس (181 دولة في "
            "2022، و193 في 2023، و188 في 2024). 2025: محسوب من المراتب الـ14 المكتسبة.",
            "Morocco's rank on the Oxford Insights Government AI Readiness Index (of 181 "
            "countries in 2022, 193 in 2023, 188 in 2024). 2025: computed from the 14 places "
            "gained.",
        ),
        "Oxford Insights",
        OXFORD,
        illustrative=False,
    ),
    indicator(
        "digital_exports",
        "sovereignty",
        "MAD",
        True,
        ("Recettes d'export numérique", "عائدات الصادرات الرقمية", "Digital export revenues"),
        (
            "Recettes annuelles d'exportation de services numériques. 2023 publié (17,9 Md MAD) ; "
            "années suivantes illustratives. Cible : 40 Md MAD en 2030.",
            "العائدات السنوية لتصدير الخدمات الرقمية. قيمة 2023 منشورة؛ السنوات اللاحقة توضيحية. "
            "الهدف: 40 مليار درهم في 2030.",
            "Annual revenues from exported digital services. 2023 published (MAD 17.9 bn); later "
            "years illustrative. Target: MAD 40 bn in 2030.",
        ),
        "Maroc Digital 2030",
        MD2030_EXPORTS,
        target_value=40e9,
        target_year=2030,
        baseline_year=2023,
    ),
    indicator(
        "digital_jobs",
        "sovereignty",
        "count",
        True,
        (
            "Emplois directs du numérique",
            "مناصب الشغل المباشرة في القطاع الرقمي",
            "Direct digital jobs",
        ),
        (
            "Emplois directs dans le secteur numérique. Cible Maroc Digital 2030 : 240 000.",
            "مناصب الشغل المباشرة في القطاع الرقمي. هدف المغرب الرقمي 2030: 240 ألف.",
            "Direct jobs in the digital sector. Digital Morocco 2030 target: 240,000.",
        ),
        "Maroc Digital 2030",
        MD2030,
        target_value=240000,
        target_year=2030,
    ),
    indicator(
        "startups",
        "sovereignty",
        "count",
        True,
        ("Startups numériques", "المقاولات الناشئة الرقمية", "Digital startups"),
        (
            "Nombre de startups numériques actives. Cible Maroc Digital 2030 : 3 000.",
            "عدد المقاولات الناشئة الرقمية النشيطة. هدف المغرب الرقمي 2030: 3000.",
            "Number of active digital startups. Digital Morocco 2030 target: 3,000.",
        ),
        "Maroc Digital 2030",
        MD2030_EXPORTS,
        target_value=3000,
        target_year=2030,
    ),
    indicator(
        "youth_trained_digital",
        "sovereignty",
        "persons",
        True,
        (
            "Jeunes formés au numérique par an",
            "الشباب المكونون في المجال الرقمي سنويا",
            "Young people trained in digital skills per year",
        ),
        (
            "Jeunes formés aux compétences numériques dans l'année. 2022 publié (14 000) ; "
            "années suivantes illustratives. Cible : 100 000 par an en 2030.",
            "عدد الشباب المكونين في المهارات الرقمية خلال السنة. قيمة 2022 منشورة؛ السنوات اللاحقة "
            "توضيحية. الهدف: 100 ألف سنويا في 2030.",
            "Young people trained in digital skills in the year. 2022 published (14,000); later "
            "years illustrative. Target: 100,000 a year in 2030.",
        ),
        "Maroc Digital 2030",
        MD2030,
        target_value=100000,
        target_year=2030,
        baseline_year=2022,
    ),
    indicator(
        "ai_graduates_trained",
        "sovereignty",
        "count",
        True,
        (
            "Diplômés formés à l'IA (cumul)",
            "الخريجون المكونون في الذكاء الاصطناعي (تراكمي)",
            "Graduates trained in AI (cumulative)",
        ),
        (
            "Nombre cumulé de diplômés formés aux compétences en IA depuis 2024. Cible « AI Made "
            "in Morocco » : 200 000 en 2030.",
            "العدد التراكمي للخريجين المكونين في الذكاء الاصطناعي منذ 2024. هدف «الذكاء الاصطناعي "
            "صنع في المغرب»: 200 ألف في 2030.",
            'Cumulative number of graduates trained in AI skills since 2024. "AI Made in '
            'Morocco" target: 200,000 in 2030.',
        ),
        "AI Made in Morocco",
        AIMM,
        target_value=200000,
        target_year=2030,
    ),
    indicator(
        "dc_capacity_mw",
        "sovereignty",
        "MW",
        True,
        (
            "Capacité des data centres en service",
            "قدرة مراكز البيانات العاملة",
            "Data-centre capacity in service",
        ),
        (
            "Puissance IT des centres de données en service sur le territoire. Aucune capacité "
            "nationale installée n'est publiée : valeurs illustratives.",
            "القدرة المعلوماتية لمراكز البيانات العاملة. لا توجد قدرة وطنية منشورة: قيم توضيحية.",
            "IT power of the data centres in service. No national installed capacity is "
            "published: illustrative values.",
        ),
        ILLUSTRATIVE_SOURCE,
    ),
    indicator(
        "sovereign_compute_pflops",
        "sovereignty",
        "PFLOPS",
        True,
        (
            "Calcul souverain pour l'IA",
            "قدرة الحوسبة السيادية للذكاء الاصطناعي",
            "Sovereign AI compute",
        ),
        (
            "Capacité de calcul pour l'IA hébergée et contrôlée au Maroc (pétaflops).",
            "قدرة الحوسبة للذكاء الاصطناعي المستضافة والمتحكم فيها بالمغرب (بيتافلوبس).",
            "AI compute capacity hosted and controlled in Morocco (petaflops).",
        ),
        ILLUSTRATIVE_SOURCE,
    ),
]
