"""The shipped strategy.parquet: Maroc IA 2030's and Maroc Digital 2030's announced
targets, dated milestones, governance and attributed quotes, from scripts/reference/ and
the seed article (RT France, 13 January 2026). Nothing here is invented: each row names
its source; texts are our wording (French, Arabic, English) of what the source says, and
quotes keep their original French words (our Arabic and English translations marked).
"""

from __future__ import annotations

import csv
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent / "reference"
SEED_OUTLET = "RT France, 13 janvier 2026"
MD2030 = "https://lnt.ma/la-strategie-maroc-digital-2030-officiellement-lancee/"
AIMM = (
    "https://iafrica.com/morocco-launches-ai-made-in-morocco-strategy-targeting-10b-gdp-"
    "boost-by-2030/"
)
ROOT = (
    "https://souss.digital/2026/01/ai-made-in-morocco-lintelligence-collective-au-coeur-de-"
    "la-transformation-numerique"
)
UNESCO_PLEDGE = (
    "https://jadacomconsulting.com/2024/10/01/maroc-rapport-devaluation-de-letat-"
    "de-preparation-a-lintelligence-artificielle/"
)
LAW_09_08 = (
    "https://cms.law/fr/fra/publication/flash-info-maroc-etat-des-lieux-de-la-"
    "protection-des-donnees-a-caractere-personnel-au-maroc-loi-n-09-08"
)


def _reference_url(indicator: str) -> str:
    with (REFERENCE / "strategy_targets.csv").open(encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["indicator"] == indicator)
    return row["source_url"].split(" ; ")[0].strip()


def _target(
    item_id,
    scope,
    texts,
    value,
    units,
    year,
    indicator_id,
    source,
    url,
    date,
    precision,
    counted_with=None,
):
    return {
        "item_id": item_id,
        "kind": "target",
        "scope": scope,
        **_texts("text", texts),
        "value": float(value) if value is not None else None,
        # another reading of a target, or a part of it: counted once, with it
        "counted_with": counted_with,
        **_texts("unit", units),
        "year": year,
        "date": date,
        "date_precision": precision,
        "indicator_id": indicator_id,
        "source": source,
        "source_url": url,
    }


def _texts(column: str, texts: tuple[str, str, str]) -> dict:
    french, arabic, english = texts
    return {column: french, f"{column}_fr": french, f"{column}_ar": arabic, f"{column}_en": english}


# Maroc Digital 2030 was launched on Wednesday 25 September 2024 in Rabat (Le Temps: "acté
# le 25 septembre dernier à Rabat"): the launch milestone's day. Its targets' own sources,
# of that month, say "mercredi": their announcement is dated to the month they give.
LAUNCH_MD2030 = "2024-09-25"
LAUNCH_MONTH = "2024-09-01"
LE360 = "https://fr.le360.ma/economie/la-strategie-digitale-du-maroc-devoilee_TUPRHDNFABBFLHYNSWHON72W3E/"
IA = "Maroc IA 2030"
MD = "Maroc Digital 2030"
JOBS = ("emplois", "منصب شغل", "jobs")
BN_MAD = ("milliards de MAD", "مليار درهم", "billion MAD")


def items() -> list[dict]:
    rows = [
        # --- Maroc IA 2030 (announced at "AI Made in Morocco", 12 January 2026) ---------
        _target(
            "T-IA-GDP",
            IA,
            (
                "Contribution de l'IA au PIB (environ 10 milliards de dollars)",
                "مساهمة الذكاء الاصطناعي في الناتج الداخلي الخام (حوالي 10 مليارات دولار)",
                "AI's contribution to GDP (about USD 10 billion)",
            ),
            100,
            BN_MAD,
            2030,
            None,
            "iafrica.com",
            AIMM,
            "2026-01-12",  # the announcement (Reuters: "said on Monday"), not iafrica's 16 Jan
            "day",
        ),
        _target(
            "T-IA-JOBS",
            IA,
            ("Emplois liés à l'IA", "مناصب شغل مرتبطة بالذكاء الاصطناعي", "AI-related jobs"),
            50000,
            JOBS,
            2030,
            None,
            "iafrica.com",
            AIMM,
            "2026-01-12",  # the announcement (Reuters: "said on Monday"), not iafrica's 16 Jan
            "day",
        ),
        _target(
            "T-IA-GRAD",
            IA,
            (
                "Diplômés formés aux compétences en IA",
                "خريجون مكوَّنون في مهارات الذكاء الاصطناعي",
                "Graduates trained in AI skills",
            ),
            200000,
            ("diplômés", "خريج", "graduates"),
            2030,
            "ai_graduates_trained",
            "iafrica.com",
            AIMM,
            "2026-01-12",  # the announcement (Reuters: "said on Monday"), not iafrica's 16 Jan
            "day",
        ),
        _target(
            "T-IA-REGIONS",
            IA,
            (
                "Régions couvertes par le réseau des Instituts Jazari "
                "(aucune année cible annoncée)",
                "الجهات التي ستغطيها شبكة معاهد الجزري (دون سنة مستهدفة معلنة)",
                "Regions to be covered by the Jazari Institutes network (no target year announced)",
            ),
            12,
            ("régions", "جهة", "regions"),
            None,
            None,
            "datacentresafrica.com",
            _reference_url("Regions to be covered by the Jazari Institutes network"),
            None,  # its source names the event, not its day (the milestone M-AIMM dates it)
            None,
        ),
        # --- Maroc Digital 2030 (launched September 2024) ------------------------------------
        _target(
            "T-MD-JOBS",
            MD,
            (
                "Emplois directs dans le numérique",
                "مناصب الشغل المباشرة في القطاع الرقمي",
                "Direct digital jobs",
            ),
            240000,
            JOBS,
            2030,
            "digital_jobs",
            "lnt.ma",
            MD2030,
            LAUNCH_MONTH,
            "month",
        ),
        _target(
            "T-MD-JOBS-270",
            MD,
            (
                "Emplois dans l'offshoring et l'export numérique (270 000 "
                "selon Le Matin et souss.digital, qui le présentent comme "
                "l'objectif global ; 240 000 selon les autres sources)",
                "مناصب الشغل في ترحيل الخدمات والتصدير الرقمي (270 ألفا حسب "
                "لوماتان وsouss.digital اللذين يقدمانه هدفا إجماليا؛ 240 ألفا "
                "حسب المصادر الأخرى)",
                "Jobs in outsourcing and digital export (270,000 per Le "
                "Matin and souss.digital, who present it as the overall "
                "target; 240,000 per the other sources)",
            ),
            270000,
            JOBS,
            2030,
            None,
            "dig.watch",
            _reference_url("Jobs in outsourcing and digital export"),
            None,
            None,
            counted_with="T-MD-JOBS",
        ),
        _target(
            "T-MD-YOUTH",
            MD,
            (
                "Jeunes formés au numérique par an",
                "شباب مكوَّنون في المهارات الرقمية سنويا",
                "Young people trained in digital skills per year",
            ),
            100000,
            ("personnes par an", "شخص سنويا", "persons per year"),
            2030,
            "youth_trained_digital",
            "lnt.ma",
            MD2030,
            LAUNCH_MONTH,
            "month",
        ),
        _target(
            "T-MD-EXPORTS",
            MD,
            ("Recettes d'export numérique", "عائدات الصادرات الرقمية", "Digital export revenues"),
            40,
            BN_MAD,
            2030,
            "digital_exports",
            "le360.ma",
            _reference_url("Digital export revenues"),
            LAUNCH_MONTH,
            "month",
        ),
        _target(
            "T-MD-STARTUPS",
            MD,
            ("Startups", "مقاولات ناشئة", "Startups"),
            3000,
            ("startups", "مقاولة ناشئة", "startups"),
            2030,
            "startups",
            "le360.ma",
            _reference_url("Startups"),
            LAUNCH_MONTH,
            "month",
        ),
        _target(
            "T-MD-GDP",
            MD,
            (
                "Contribution de l'économie numérique au PIB",
                "مساهمة الاقتصاد الرقمي في الناتج الداخلي الخام",
                "Digital economy's contribution to GDP",
            ),
            100,
            BN_MAD,
            2030,
            None,
            "theafrica.co.za",
            _reference_url("Digital economy contribution to GDP"),
            None,
            None,
        ),
        _target(
            "T-MD-EGDI",
            MD,
            (
                "Rang mondial à l'indice e-gouvernement de l'ONU (top 50)",
                "الترتيب العالمي في مؤشر الحكومة الإلكترونية للأمم المتحدة (ضمن أفضل 50)",
                "World rank on the UN E-Government Development Index (top 50)",
            ),
            50,
            ("rang", "مرتبة", "rank"),
            2030,
            "egdi_rank",
            "lematin.ma",
            _reference_url("UN E-Government Development Index world rank (target)"),
            "2024-09-25",
            "day",
        ),
        _target(
            "T-MD-5G-POP",
            MD,
            (
                "Couverture 5G : 70 % de la population (selon globalcio)",
                "تغطية الجيل الخامس: 70% من السكان (حسب globalcio)",
                "5G coverage: 70% of the population (per globalcio)",
            ),
            70,
            ("%", "%", "%"),
            2030,
            None,
            "globalcio.com",
            "https://globalcio.com/news/14451",
            None,
            None,
        ),
        _target(
            "T-MD-5G-HH",
            MD,
            (
                "Couverture 5G : 70 % des ménages (selon meatechwatch)",
                "تغطية الجيل الخامس: 70% من الأسر (حسب meatechwatch)",
                "5G coverage: 70% of households (per meatechwatch)",
            ),
            70,
            ("%", "%", "%"),
            2030,
            None,
            "meatechwatch.com",
            "https://meatechwatch.com/2024/09/30/morocco-unveils-ambitious-digital-economy-"
            "strategy-to-create-240000-jobs-by-2030/",
            None,  # an article of 30 Sept: it does not date the announcement
            None,
            counted_with="T-MD-5G-POP",
        ),
        _target(
            "T-MD-BUDGET",
            MD,
            (
                "Budget mobilisé pour 2024-2026",
                "الميزانية المعبأة للفترة 2024-2026",
                "Budget mobilised for 2024-2026",
            ),
            11,
            BN_MAD,
            2026,
            None,
            "lnt.ma",
            MD2030,
            LAUNCH_MONTH,
            "month",
        ),
        # --- the other targets of Maroc Digital 2030's launch (scripts/reference) --------------
        _target(
            "T-MD-FUNDRAISING",
            MD,
            (
                "Levées de fonds des startups",
                "التمويلات التي تجمعها المقاولات الناشئة",
                "Funds raised by startups",
            ),
            7,
            BN_MAD,
            2030,
            None,
            "le360.ma",
            LE360,
            LAUNCH_MONTH,
            "month",
        ),
        _target(
            "T-MD-UNICORNS",
            MD,
            (
                "Émergence de 1 à 2 licornes",
                "ظهور شركة أو شركتين ناشئتين من فئة «يونيكورن»",
                "One or two unicorns emerging",
            ),
            None,
            ("1 à 2 licornes", "شركة أو شركتان", "1 or 2 unicorns"),
            2030,
            None,
            "le360.ma",
            LE360,
            LAUNCH_MONTH,
            "month",
        ),
        _target(
            "T-MD-HIGH-SPEED",
            MD,
            (
                "Ménages avec internet à haut débit (1,5 million en 2022)",
                "الأسر المتوفرة على الإنترنت عالي الصبيب (1,5 مليون سنة 2022)",
                "Households with high-speed internet (1.5 million in 2022)",
            ),
            5,
            ("millions de ménages", "مليون أسرة", "million households"),
            2030,
            None,
            "meatechwatch.com",
            "https://meatechwatch.com/2024/09/30/morocco-unveils-ambitious-digital-economy-"
            "strategy-to-create-240000-jobs-by-2030/",
            None,  # an article of 30 Sept: it does not date the announcement
            None,
        ),
        _target(
            "T-MD-JOBS-2026",
            MD,
            (
                "Emplois numériques créés (étape de 2026)",
                "مناصب الشغل الرقمية المحدثة (مرحلة 2026)",
                "Digital jobs created (2026 milestone)",
            ),
            190000,
            JOBS,
            2026,
            None,
            "souss.digital",
            "https://souss.digital/en/2024/09/digital-morocco-2030-une-strategie-ambitieuse-pour-"
            "transformer-le-paysage-numerique",
            None,
            None,
        ),
        _target(
            "T-MD-EXPORTS-2026",
            MD,
            (
                "Recettes d'export numérique (étape de 2026)",
                "عائدات الصادرات الرقمية (مرحلة 2026)",
                "Digital export revenues (2026 milestone)",
            ),
            25,
            BN_MAD,
            2026,
            None,
            "lematin.ma",
            "https://lematin.ma/economie/digital-morocco-2030-les-contours-de-la-strategie-"
            "reveles/244163/amp",
            None,
            None,
        ),
        _target(
            "T-MD-RECONVERSIONS",
            MD,
            (
                "Reconversions professionnelles par an (comprises dans les 100 000 formés)",
                "إعادة التأهيل المهني سنويا (ضمن المائة ألف المكوَّنين)",
                "Professional reconversions per year (within the 100,000 trained)",
            ),
            50000,
            ("personnes par an", "شخص سنويا", "persons per year"),
            2030,
            None,
            "le360.ma",
            LE360,
            None,
            None,
            counted_with="T-MD-YOUTH",
        ),
        _target(
            "T-MD-5G-85",
            MD,
            (
                "Couverture 5G : 85 % de la population (objectif relevé par l'ANRT en juillet "
                "2025)",
                "تغطية الجيل الخامس: 85% من السكان (هدف رفعته الوكالة الوطنية لتقنين "
                "المواصلات في يوليوز 2025)",
                "5G coverage: 85% of the population (target raised by the ANRT in July 2025)",
            ),
            85,
            ("%", "%", "%"),
            2030,
            None,
            "Agence Ecofin",
            None,
            None,
            None,
            counted_with="T-MD-5G-POP",
        ),
    ]
    rows += [
        _milestone(
            "M-UNESCO",
            "UNESCO",
            (
                "Le Maroc s'engage à mettre en œuvre la Recommandation de l'UNESCO sur l'éthique de "
                "l'IA et forme un comité national de pilotage (22 ou 23 mars selon les sources)",
                "المغرب يلتزم بتنفيذ توصية اليونسكو بشأن أخلاقيات الذكاء الاصطناعي ويشكل لجنة وطنية "
                "للقيادة (22 أو 23 مارس حسب المصادر)",
                "Morocco pledges to implement UNESCO's Recommendation on the Ethics of AI and forms "
                "a national steering committee (22 or 23 March, depending on the source)",
            ),
            "2022-03-01",
            "month",
            "jadacomconsulting.com",
            UNESCO_PLEDGE,
        ),
        _milestone(
            "M-MD2030",
            MD,
            (
                "Lancement de la stratégie Maroc Digital 2030",
                "إطلاق استراتيجية المغرب الرقمي 2030",
                "Maroc Digital 2030 launched",
            ),
            LAUNCH_MD2030,
            "day",
            "Le Temps",
            MD2030,
        ),
        _milestone(
            "M-ASSISES",
            IA,
            (
                "Assises nationales de l'IA (UM6P, Rabat) : 13 secteurs prioritaires discutés",
                "المناظرة الوطنية للذكاء الاصطناعي (جامعة محمد السادس متعددة التخصصات، الرباط): "
                "مناقشة 13 قطاعا ذا أولوية",
                "National AI conference, the Assises nationales de l'IA (UM6P, Rabat): 13 priority "
                "sectors discussed",
            ),
            "2025-07-01",
            "month",
            "fnh.ma",
            _reference_url("Priority sectors discussed at the Assises nationales de l'IA"),
        ),
        _milestone(
            "M-AIMM",
            IA,
            (
                "« AI Made in Morocco » (Rabat) : annonce des Instituts Jazari dans les 12 régions ; "
                "accord fondateur de JAZARI ROOT avec 12 départements ministériels et cinq autres "
                "acteurs",
                "«AI Made in Morocco» (الرباط): الإعلان عن معاهد الجزري في الجهات الاثنتي عشرة؛ "
                "الاتفاق التأسيسي لـJAZARI ROOT مع 12 قطاعا وزاريا وخمسة فاعلين آخرين",
                "“AI Made in Morocco” (Rabat): the Jazari Institutes announced for all 12 regions; "
                "JAZARI ROOT's founding agreement with 12 ministerial departments and five other "
                "actors",
            ),
            "2026-01-12",
            "day",
            "souss.digital",
            ROOT,
        ),
        _milestone(
            "M-IA2030",
            IA,
            (
                "Maroc IA 2030, la stratégie nationale d'IA, annoncée pour être dévoilée en janvier "
                "2026 (aucun document officiel dans nos sources)",
                "استراتيجية «Maroc IA 2030» معلنة للكشف عنها في يناير 2026 (لا وثيقة "
                "رسمية في مصادرنا)",
                "Maroc IA 2030, the national AI strategy, announced for publication in January 2026 "
                "(no official document in our sources)",
            ),
            "2026-01-01",
            "month",
            SEED_OUTLET,
            None,
        ),
    ]
    rows += [
        _governance(
            "G-MTNRA",
            IA,
            (
                "Pilotage : le ministère délégué chargé de la Transition numérique et de la Réforme "
                "de l'administration (MTNRA)",
                "القيادة: الوزارة المنتدبة المكلفة بالانتقال الرقمي وإصلاح الإدارة",
                "Steering: the ministry delegate in charge of digital transition and administrative "
                "reform (MTNRA)",
            ),
            None,
            None,
            SEED_OUTLET,
            None,
        ),
        _governance(
            "G-ROOT",
            IA,
            (
                "JAZARI ROOT : pôle fédérateur du réseau Jazari (campus, Data Factory), fondé avec 12 "
                "départements ministériels et cinq acteurs du numérique, des territoires et du privé",
                "JAZARI ROOT: القطب الموحِّد لشبكة الجزري (حرم ومصنع للبيانات)، أسس مع 12 قطاعا "
                "وزاريا وخمسة فاعلين من القطاع الرقمي والمجالي والخاص",
                "JAZARI ROOT: the federating hub of the Jazari network (campus, Data Factory), founded "
                "with 12 ministerial departments and five digital, territorial and private actors",
            ),
            "2026-01-12",
            "day",
            "souss.digital",
            ROOT,
        ),
        _governance(
            "G-CNDP",
            "CNDP",
            (
                "La CNDP (Commission nationale de contrôle de la protection des données à caractère "
                "personnel) veille au cadre des données personnelles dans lequel l'IA doit opérer",
                "اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي تسهر على إطار المعطيات "
                "الشخصية الذي يجب أن يعمل فيه الذكاء الاصطناعي",
                "The CNDP (national commission for the protection of personal data) oversees the "
                "personal-data framework AI must operate in",
            ),
            "2026-01-12",
            "day",
            SEED_OUTLET,
            None,
        ),
        _governance(
            "G-LAW",
            "Loi 09-08",
            (
                "Loi n° 09-08 relative à la protection des personnes physiques à l'égard du "
                "traitement des données à caractère personnel (publiée au Bulletin officiel du "
                "5 mars 2009) : le socle dont la CNDP contrôle l'application",
                "القانون رقم 09-08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع "
                "الشخصي (نُشر في الجريدة الرسمية في 5 مارس 2009): الأساس الذي تراقب اللجنة الوطنية "
                "تطبيقه",
                "Law 09-08 on the protection of individuals with regard to the processing of personal "
                "data (published in the Bulletin officiel of 5 March 2009): the basis whose "
                "application the CNDP oversees",
            ),
            "2009-03-05",
            "day",
            "cms.law",
            LAW_09_08,
        ),
        _governance(
            "G-UNESCO",
            "UNESCO",
            (
                "Cadre éthique : la Recommandation de l'UNESCO sur l'éthique de l'IA, que le Maroc "
                "s'est engagé à mettre en œuvre ; évaluation de l'état de préparation (RAM) publiée "
                "avec l'UNESCO en mai 2024",
                "الإطار الأخلاقي: توصية اليونسكو بشأن أخلاقيات الذكاء الاصطناعي التي التزم المغرب "
                "بتنفيذها؛ تقرير تقييم الجاهزية المنشور مع اليونسكو في ماي 2024",
                "Ethical frame: UNESCO's Recommendation on the Ethics of AI, which Morocco pledged to "
                "implement; readiness assessment (RAM) published with UNESCO in May 2024",
            ),
            "2022-03-01",
            "month",
            "jadacomconsulting.com",
            UNESCO_PLEDGE,
        ),
    ]
    rows += [
        _quote(
            "Q-POWER",
            (
                "L'intelligence artificielle n'est plus une option technologique, mais un instrument "
                "déterminant de puissance économique, institutionnelle et géopolitique",
                "لم يعد الذكاء الاصطناعي خيارا تكنولوجيا، بل أداة حاسمة للقوة الاقتصادية والمؤسساتية "
                "والجيوسياسية",
                "Artificial intelligence is no longer a technological option but a decisive instrument "
                "of economic, institutional and geopolitical power",
            ),
            "Amal El Fallah Seghrouchni",
            MINISTER,
            SEED_OUTLET,
        ),
        _quote(
            "Q-VULNERABILITY",
            (
                "[La dépendance technologique constitue] une vulnérabilité stratégique avérée",
                "[التبعية التكنولوجية تشكل] هشاشة استراتيجية ثابتة",
                "[Technological dependence is] a proven strategic vulnerability",
            ),
            "Amal El Fallah Seghrouchni",
            MINISTER,
            SEED_OUTLET,
        ),
        _quote(
            "Q-CNDP",
            (
                "[le cadre d'IA responsable vise à garantir un] usage loyal, sûr et respectueux de "
                "la dignité humaine",
                "[يهدف إطار الذكاء الاصطناعي المسؤول إلى ضمان] استعمال نزيه وآمن ويحترم الكرامة "
                "الإنسانية",
                "[the responsible AI framework aims to ensure] fair, safe and respectful use of "
                "human dignity",
            ),
            "Omar Seghrouchni",
            (
                "président de la CNDP",
                "رئيس اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي",
                "president of the CNDP",
            ),
            "sipoch.com (English report of the event)",
            original="en",
        ),
        _quote(
            "Q-SOFT-POWER",
            (
                "[L'IA comme levier de la coopération Sud-Sud et, à terme, un véritable] soft power "
                "diplomatique",
                "[الذكاء الاصطناعي رافعة للتعاون جنوب-جنوب، وفي الأفق] قوة ناعمة دبلوماسية حقيقية",
                "[AI as a lever of South-South cooperation and, in time, a real] diplomatic soft "
                "power",
            ),
            "Omar Hilale",
            (
                "ambassadeur, représentant permanent du Maroc auprès des Nations unies",
                "السفير الممثل الدائم للمغرب لدى الأمم المتحدة",
                "ambassador, Morocco's permanent representative to the United Nations",
            ),
            SEED_OUTLET,
        ),
        {
            "item_id": "F-GDP-3-REGIONS",
            "kind": "fact",
            "scope": "HCP",
            **_texts(
                "text",
                (
                    "Part du PIB créée par Casablanca-Settat, Rabat-Salé-Kénitra et "
                    "Tanger-Tétouan-Al Hoceïma (2023)",
                    "حصة الناتج الداخلي الخام التي أنتجتها جهات الدار البيضاء-سطات والرباط-سلا-القنيطرة "
                    "وطنجة-تطوان-الحسيمة (2023)",
                    "Share of GDP created by Casablanca-Settat, Rabat-Salé-Kénitra and "
                    "Tanger-Tétouan-Al Hoceïma (2023)",
                ),
            ),
            "value": 58.5,
            **_texts("unit", ("%", "%", "%")),
            "year": None,
            "date": "2025-09-01",
            "date_precision": "month",
            "indicator_id": None,
            "source": "HCP — comptes régionaux",
            "source_url": _reference_url(
                "Share of GDP created by Casablanca-Settat, "
                "Rabat-Salé-Kénitra and Tanger-Tétouan-Al Hoceïma"
            ),
        },
    ]
    return rows


MINISTER = (
    "ministre déléguée chargée de la Transition numérique et de la Réforme de l'administration",
    "الوزيرة المنتدبة المكلفة بالانتقال الرقمي وإصلاح الإدارة",
    "minister delegate in charge of digital transition and administrative reform",
)


def _milestone(item_id, scope, texts, date, precision, source, url):
    return {
        "item_id": item_id,
        "kind": "milestone",
        "scope": scope,
        **_texts("text", texts),
        "date": date,
        "date_precision": precision,
        "source": source,
        "source_url": url,
    }


def _governance(item_id, scope, texts, date, precision, source, url):
    return {**_milestone(item_id, scope, texts, date, precision, source, url), "kind": "governance"}


def _quote(item_id, texts, speaker, role, outlet, original="fr"):
    # The words as reported (French, or English where only an English report was found);
    # our translations into the other languages are marked.
    french, arabic, english = texts
    words = {"fr": french, "ar": arabic, "en": english}[original]
    return {
        "item_id": item_id,
        "kind": "quote",
        "scope": IA,
        **_texts("text", texts),
        "text": words,
        "translated": ";".join(f"text_{lang}" for lang in ("fr", "ar", "en") if lang != original),
        "speaker": speaker,
        **_texts("role", role),
        "outlet": outlet,
        "date": "2026-01-12",
        "date_precision": "day",
        "source": outlet,
        "source_url": None,
    }
