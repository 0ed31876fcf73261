#!/usr/bin/env python3
"""Writes the hostile corpus: bad files for every importer and opener of Hirekit.

    python3 tests/data/hostile/make-corpus.py

Rewrites library/, csv/, posting-json/, scorecard-json/ and cases.tsv beside this script from
nothing but the schema in resources/migrations (Python's own sqlite3, no Hirekit build), so
the same files come out on every machine (run it where resources/migrations is as committed:
the libraries are built from it). tests/cli/tst_hostile runs each case through the
real binary. cases.tsv lists one case a line:

    FILE  HOW  EXPECTED  WHAT

HOW is the command (see tst_hostile.cpp), EXPECTED a part of the message the user must see
(it names the place: a line and column, a key), WHAT says what the file is. A case whose FILE
does not exist here is made by the test at run time (too big to keep in git).
"""

import json
import os
import random
import shutil
import sqlite3
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIGRATIONS = HERE.parents[2] / "resources" / "migrations"
APPLICATION_ID = 0x48524B54  # "HRKT"
PAGE_SIZE = 512  # the smallest SQLite page: the damaged libraries stay small in git

cases = []


def case(path, how, expected, what):
    cases.append((path, how, expected, what))


def write(path, data):
    target = HERE / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Library files


def migration_scripts():
    return sorted(MIGRATIONS.glob("*.sql"))


def make_library(path, version=None, after=None):
    """A Hirekit library at `version` (default: the latest), in WAL mode like Hirekit's own,
    without the built-in content. `after(connection)` runs once the schema is there."""
    scripts = migration_scripts()
    version = version or len(scripts)
    target = HERE / path
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    db = sqlite3.connect(target, isolation_level=None)
    db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA journal_mode = WAL")
    for script in scripts[:version]:
        db.executescript(script.read_text("utf-8"))
    db.execute(f"PRAGMA user_version = {version}")
    if after:
        after(db)
    db.close()
    return target


def healthy_library_bytes():
    path = make_library("library/.healthy.sqlite")
    data = path.read_bytes()
    path.unlink()
    return data


def flip(data, offset, bit=0):
    data = bytearray(data)
    data[offset] ^= 1 << bit
    return bytes(data)


def page_of(data, table):
    """The root page of `table` in a library's bytes, read through a copy."""
    probe = HERE / "library" / ".probe.sqlite"
    probe.write_bytes(data)
    db = sqlite3.connect(probe)
    (root,) = db.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
    db.close()
    probe.unlink()
    return root


def library_cases():
    lib = healthy_library_bytes()
    pages = len(lib) // PAGE_SIZE

    write("library/truncated-in-header.sqlite", lib[:60])
    case("library/truncated-in-header.sqlite", "open", "cut short (60 bytes)",
         "cut inside the 100-byte SQLite header")
    write("library/truncated-in-first-page.sqlite", lib[:300])
    case("library/truncated-in-first-page.sqlite", "open", "cut short",
         "cut inside the first page, after the header")
    write("library/truncated-half.sqlite", lib[: (pages // 2) * PAGE_SIZE])
    case("library/truncated-half.sqlite", "open", "cut short",
         f"the first {pages // 2} of {pages} pages")
    write("library/truncated-mid-page.sqlite", lib[: len(lib) - PAGE_SIZE // 2])
    case("library/truncated-mid-page.sqlite", "open", "cut short",
         "cut in the middle of the last page")

    write("library/bitflip-header-magic.sqlite", flip(lib, 3, 5))
    case("library/bitflip-header-magic.sqlite", "open", "is not a Hirekit library",
         "one bit flipped in \"SQLite format 3\"")
    write("library/bitflip-header-page-size.sqlite", flip(lib, 17, 3))
    case("library/bitflip-header-page-size.sqlite", "open", "header is invalid",
         "one bit flipped in the page size (not a power of two)")
    write("library/bitflip-header-application-id.sqlite", flip(lib, 71, 1))
    case("library/bitflip-header-application-id.sqlite", "open", "another program",
         "one bit flipped in the application id")
    write("library/bitflip-header-user-version.sqlite", flip(lib, 61, 4))
    version = len(migration_scripts()) + (1 << 20)
    case("library/bitflip-header-user-version.sqlite", "open", f"library version {version}",
         f"one bit flipped in the schema version (now {version:,})")
    write("library/bitflip-header-page-count.sqlite", flip(lib, 28 + 2, 6))
    case("library/bitflip-header-page-count.sqlite", "open", "cut short",
         "one bit flipped in the page count (the file looks too short)")

    # Pages: the b-tree page header of a table's root (its type byte) and a cell pointer.
    postings = page_of(lib, "postings") - 1
    write("library/bitflip-page-type.sqlite", flip(lib, postings * PAGE_SIZE, 4))
    case("library/bitflip-page-type.sqlite", "open", "is damaged",
         "one bit flipped in the page type of the postings table's root page")
    schema_cells = 100 + 8  # page 1: the file header, then sqlite_schema's b-tree header
    write("library/bitflip-schema-cell-pointer.sqlite", flip(lib, schema_cells + 1, 6))
    case("library/bitflip-schema-cell-pointer.sqlite", "open", "is damaged",
         "one bit flipped in a cell pointer of the schema page")
    data = bytearray(lib)
    data[PAGE_SIZE * 2 : PAGE_SIZE * 3] = bytes(PAGE_SIZE)
    write("library/zeroed-page.sqlite", bytes(data))
    case("library/zeroed-page.sqlite", "open", "is damaged", "page 3 overwritten with zeros")
    rng = random.Random(3)
    data = bytearray(lib)
    for offset in range(PAGE_SIZE * 4, PAGE_SIZE * 5):
        data[offset] = rng.randrange(256)
    write("library/random-page.sqlite", bytes(data))
    case("library/random-page.sqlite", "open", "is damaged", "page 5 overwritten with random bytes")

    # Wrong page size: the header says 1,024 bytes, the pages are 512 (the page count is
    # invalidated too, so only SQLite itself can tell).
    data = bytearray(lib)
    data[16:18] = (1024).to_bytes(2, "big")
    data[92:96] = (int.from_bytes(data[24:28], "big") + 1).to_bytes(4, "big")
    write("library/wrong-page-size.sqlite", bytes(data))
    case("library/wrong-page-size.sqlite", "open", "are not a whole number of its 1024-byte pages",
         "the header says 1,024-byte pages, the file has 512-byte pages")

    def newer(db):
        # Far ahead, so the case stays newer when this Hirekit gains migrations.
        db.execute("PRAGMA user_version = 999")

    make_library("library/newer-schema.sqlite", after=newer)
    case("library/newer-schema.sqlite", "open", "newer Hirekit (library version 999",
         "a library of schema version 999")

    # Migrations that fail half way must roll back every step and leave the file as it was.
    def clash_step_5(db):
        # An index of the name migration 5 creates, made by hand (a user with sqlite3).
        db.execute("CREATE INDEX salary_rows_national ON salary_rows (area)")

    make_library("library/migration-fails-in-step-5.sqlite", version=4, after=clash_step_5)
    case("library/migration-fails-in-step-5.sqlite", "open", "005_salary_indexes.sql failed",
         "schema 4 with an index that step 5 creates after it dropped two others")

    def clash_step_6(db):
        db.execute("ALTER TABLE salary_datasets ADD COLUMN deleted_at TEXT")

    make_library("library/migration-fails-in-step-6.sqlite", version=4, after=clash_step_6)
    case("library/migration-fails-in-step-6.sqlite", "open", "006_salary_dataset_trash.sql failed",
         "schema 4 with a column that step 6 adds: step 5 succeeds, step 6 fails")

    def rollback_journal(db):
        db.execute("PRAGMA journal_mode = DELETE")
        clash_step_6(db)

    make_library("library/migration-fails-rollback-journal.sqlite", version=4,
                 after=rollback_journal)
    case("library/migration-fails-rollback-journal.sqlite", "open",
         "006_salary_dataset_trash.sql failed",
         "the same in rollback-journal mode (as VACUUM INTO or sqlite3 leave a copy)")

    db_path = HERE / "library" / "other-program.sqlite"
    if db_path.exists():
        db_path.unlink()
    db = sqlite3.connect(db_path)
    db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    db.execute("INSERT INTO notes (body) VALUES ('hello')")
    db.commit()
    db.close()
    case("library/other-program.sqlite", "open", "another program",
         "an SQLite database of another program")
    write("library/empty.sqlite", b"")
    case("library/empty.sqlite", "open", "empty file", "an empty file")
    write("library/text-file.sqlite", "Backend Developer\nSalary: 85,000 - 140,000\n")
    case("library/text-file.sqlite", "open", "a text file", "a text file with a library's name")


# ---------------------------------------------------------------------------------------------
# Salary CSV

GENERIC_HEADER = "area,role,level,currency,period,min,max,median\r\n"
BLS_HEADER = ("AREA,AREA_TITLE,OCC_CODE,OCC_TITLE,TOT_EMP,H_MEDIAN,A_PCT10,A_PCT25,A_MEDIAN,"
              "A_PCT75,A_PCT90,HOURLY\r\n")
BLS_ROW = "12420,\"Austin-Round Rock, TX\",15-1252,Software Developers,26540,65.10,88000,105000,135400,166000,199000,\r\n"


def csv_cases():
    rng = random.Random(1)
    junk = bytes(rng.randrange(256) for _ in range(4096))
    write("csv/binary-junk.csv", junk)
    case("csv/binary-junk.csv", "csv-auto", "not a text file", "4 KB of random bytes")
    write("csv/binary-junk-bls.csv", junk)
    case("csv/binary-junk-bls.csv", "csv-bls", "not a text file",
         "the same random bytes with --format bls")

    buffer = __import__("io").BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # A fixed date: the same bytes on every run.
        archive.writestr(zipfile.ZipInfo("xl/worksheets/sheet1.xml", (2026, 1, 1, 0, 0, 0)),
                         "<worksheet/>")
    write("csv/spreadsheet-saved-as-csv.csv", buffer.getvalue())
    case("csv/spreadsheet-saved-as-csv.csv", "csv-auto", "not a text file",
         "an .xlsx (ZIP) file named .csv")

    write("csv/unterminated-quote.csv",
          GENERIC_HEADER + "Austin,Backend Developer,mid,USD,year,90000,130000,110000\r\n"
          + "\"Denver,Backend Developer,mid,USD,year,90000,130000,110000\r\n"
          + "Boston,Backend Developer,mid,USD,year,95000,140000,120000\r\n")
    case("csv/unterminated-quote.csv", "csv-generic", "line 3, column 1: a quoted field is never closed",
         "a quote opened in line 3 and never closed")
    write("csv/unterminated-quote-bls.csv", BLS_HEADER + BLS_ROW + BLS_ROW.replace("Software", "\"Software", 1))
    case("csv/unterminated-quote-bls.csv", "csv-bls", "line 3, column 4: a quoted field is never closed",
         "a BLS file whose OCC_TITLE quote in line 3 never closes")
    write("csv/quote-inside-field.csv",
          GENERIC_HEADER + "Austin,Backend \"Senior\" Developer,mid,USD,year,1,2,1\r\n")
    case("csv/quote-inside-field.csv", "csv-auto", "line 2, column 2: a quote inside an unquoted field",
         "a bare quote inside an unquoted field")
    write("csv/text-after-closing-quote.csv",
          GENERIC_HEADER + "\"Austin\" TX,Backend Developer,mid,USD,year,1,2,1\r\n")
    case("csv/text-after-closing-quote.csv", "csv-auto", "line 2, column 1: unexpected text after the closing quote",
         "text after a quoted field's closing quote")

    write("csv/10000-columns.csv", ",".join(f"c{i}" for i in range(1, 10001)) + "\r\n")
    case("csv/10000-columns.csv", "csv-auto", "line 1: the header needs the columns area and role",
         "10,000 columns, none of them area or role")
    case("csv/10000-columns-bls.csv", "csv-bls", "is not a BLS OEWS file",
         "10,000 columns with --format bls (made by the test)")
    case("csv/70000-commas.csv", "csv-auto", "line 2: more than 65536 columns",
         "a line of 70,000 commas (made by the test)")

    write("csv/mixed-encodings.csv",
          "area,role,level,median\r\n".encode()
          + "München,Backend Developer,mid,70000\r\n".encode("utf-8")
          + "Zürich,Backend Developer,mid,120000\r\n".encode("latin-1")
          + "Köln,Backend Developer,mid,65000\r\n".encode("utf-16-le"))
    case("csv/mixed-encodings.csv", "csv-auto", "line 4: a NUL byte",
         "lines in UTF-8, Latin-1 and UTF-16 in one file")
    write("csv/utf16-with-bom.csv", ("area,role,median\r\nAustin,Backend Developer,110000\r\n")
          .encode("utf-16"))
    case("csv/utf16-with-bom.csv", "csv-auto", "line 1, column 1: the file is UTF-16",
         "a whole file in UTF-16 with a byte-order mark")
    write("csv/nul-in-field.csv", GENERIC_HEADER.encode()
          + b"Austin,Backend\x00Developer,mid,USD,year,1,2,1\r\n")
    case("csv/nul-in-field.csv", "csv-auto", "line 2: a NUL byte", "a NUL byte in a field")
    write("csv/nul-in-quoted-field.csv", GENERIC_HEADER.encode()
          + b"Austin,\"Backend\x00Developer\",mid,USD,year,1,2,1\r\n")
    case("csv/nul-in-quoted-field.csv", "csv-auto", "line 2: a NUL byte",
         "a NUL byte inside quotes")

    write("csv/empty.csv", b"")
    case("csv/empty.csv", "csv-auto", "is empty", "an empty file")
    write("csv/bom-only.csv", b"\xef\xbb\xbf")
    case("csv/bom-only.csv", "csv-auto", "is empty", "a UTF-8 byte-order mark and nothing else")
    write("csv/header-only.csv", GENERIC_HEADER)
    case("csv/header-only.csv", "csv-auto", "has no rows below its header", "a header and no rows")
    write("csv/all-rows-invalid.csv", GENERIC_HEADER
          + "Austin,Backend Developer,guru,USD,year,1,2,1\r\n"
          + "Denver,Backend Developer,mid,USD,year,200000,100000,150000\r\n"
          + "Boston,Backend Developer,mid,USD,month,1,2,1\r\n")
    case("csv/all-rows-invalid.csv", "csv-auto", "line 2: level \"guru\"",
         "every row refused (unknown level, min above max, a monthly period)")
    case("csv/huge-value-in-level.csv", "csv-auto", "is not entry, mid, senior or staff",
         "a 1 MB level; the message quotes 60 characters of it (made by the test)")
    write("csv/negative-figures.csv", GENERIC_HEADER
          + "Austin,Backend Developer,mid,USD,year,-5,-1,-3\r\n")
    case("csv/negative-figures.csv", "csv-generic", "line 2:", "negative salaries")
    write("csv/bls-not-numbers.csv", BLS_HEADER + BLS_ROW.replace("135400", "lots"))
    case("csv/bls-not-numbers.csv", "csv-bls", "line 2: A_MEDIAN is not a number: \"lots\"",
         "a BLS wage that is a word")
    write("csv/generic-given-as-bls.csv", GENERIC_HEADER
          + "Austin,Backend Developer,mid,USD,year,90000,130000,110000\r\n")
    case("csv/generic-given-as-bls.csv", "csv-bls", "is not a BLS OEWS file",
         "a generic file imported with --format bls")
    write("csv/bls-header-only-generic.csv", BLS_HEADER + BLS_ROW)
    case("csv/bls-header-only-generic.csv", "csv-generic",
         "line 1: the header needs the columns area and role",
         "a BLS file imported with --format generic")
    # Made by the test at run time (80 MB and 3 MB: too big for git).
    case("csv/80mb-single-line.csv", "csv-auto", "line 1, column 1: a field is longer than 1 MB",
         "one line of 80 MB, no separator (made by the test)")
    case("csv/80mb-single-line-after-header.csv", "csv-auto",
         "line 2, column 2: a field is longer than 1 MB",
         "a header, then a row whose role is 80 MB (made by the test)")
    case("csv/3mb-unterminated-quote.csv", "csv-auto",
         "line 2, column 2: a field is longer than 1 MB (is its closing quote missing?)",
         "a quote opened in line 2 of a 3 MB file, never closed (made by the test)")


# ---------------------------------------------------------------------------------------------
# Posting and scorecard JSON

POSTING = {
    "title": "Backend Developer",
    "level": "mid",
    "employment_type": "full_time",
    "status": "draft",
    "company_name": "Acme",
    "locations": [{"city": "Austin", "region": "TX", "country": "US", "workplace": "hybrid"}],
    "salary": {"min": 90000, "max": 130000, "currency": "USD", "period": "year"},
    "sections": [{"heading": "About the role", "body": "You will build **APIs**."}],
}


def dump(value):
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def with_(base, **changes):
    value = json.loads(json.dumps(base))
    value.update(changes)
    return value


def json_cases(folder, how, base, specific):
    write(f"{folder}/empty.json", b"")
    case(f"{folder}/empty.json", how, "the file is empty", "an empty file")
    write(f"{folder}/whitespace-only.json", b"\n  \n\t\n")
    case(f"{folder}/whitespace-only.json", how, "the file is empty", "only blank lines")
    write(f"{folder}/not-json.json", "area,role\nAustin,Backend Developer\n")
    case(f"{folder}/not-json.json", how, "is not valid JSON: illegal value at line 1",
         "a CSV file named .json")
    case(f"{folder}/deep-nesting.json", how, "too deeply nested document at line 1, column 1026",
         "100,000 opening brackets (made by the test)")
    text = dump(base)
    write(f"{folder}/truncated.json", text[: len(text) // 2])
    case(f"{folder}/truncated.json", how, "is not valid JSON", "the first half of a good file")
    write(f"{folder}/invalid-utf8.json", dump(base).replace("\"draft\"", "\"dr\udcffaft\"", 1)
          .encode("utf-8", "surrogateescape"))
    case(f"{folder}/invalid-utf8.json", how, "invalid UTF8 string at line",
         "a byte 0xFF inside a string")
    write(f"{folder}/utf16.json", dump(base).encode("utf-16"))
    case(f"{folder}/utf16.json", how, "is not valid JSON", "the good file in UTF-16")
    write(f"{folder}/nul-in-string.json", dump(base).replace("\"draft\"", "\"dr\0aft\"", 1))
    case(f"{folder}/nul-in-string.json", how, "a control character (U+0000) inside a text",
         "a raw NUL byte inside a string")
    write(f"{folder}/list-of-objects.json", dump([base]))
    case(f"{folder}/list-of-objects.json", how, "holds a JSON list", "a list holding the object")
    write(f"{folder}/number.json", "42\n")
    case(f"{folder}/number.json", how, "is not valid JSON", "a bare number")
    write(f"{folder}/trailing-garbage.json", dump(base) + "}{\n")
    case(f"{folder}/trailing-garbage.json", how, "garbage at the end of the document",
         "a good object followed by more text")
    text = dump(base).replace("{\n", "{\n  \"status\": \"submitted\",\n", 1)
    write(f"{folder}/duplicate-key.json", text)
    case(f"{folder}/duplicate-key.json", how, "the key status appears twice",
         "\"status\" twice in the top object")
    for name, (value, expected, what) in specific.items():
        path = f"{folder}/{name}.json"
        write(path, value if isinstance(value, (bytes, str)) else dump(value))
        case(path, how, expected, what)


def posting_cases():
    json_cases("posting-json", "posting", POSTING, {
        "deep-nesting-in-sections": ('{"title": "x", "sections": ' + "[" * 2000 + "]" * 2000 + "}\n",
                                     "too deeply nested document", "2,000 nested lists as sections"),
        "wrong-type-title": (with_(POSTING, title=42), "title must be text", "title is a number"),
        "wrong-type-sections": (with_(POSTING, sections={"heading": "About"}),
                                "sections must be a list", "sections is an object"),
        "wrong-type-section": (with_(POSTING, sections=["About the role"]),
                               "sections[0] must be an object", "a section is a string"),
        "wrong-type-salary": (with_(POSTING, salary="90k-130k"), "salary must be an object",
                              "salary is text"),
        "wrong-type-salary-min": (with_(POSTING, salary={"min": "lots"}),
                                  "salary.min must be a non-negative number",
                                  "salary.min is a word"),
        "negative-salary": (with_(POSTING, salary={"min": -1}),
                            "salary.min must be a non-negative number", "a negative salary"),
        "min-above-max": (with_(POSTING, salary={"min": 200000, "max": 100000}),
                          "salary.min is greater than salary.max", "min above max"),
        "unknown-employment-type": (with_(POSTING, employment_type="gig"),
                                    "employment_type has the unknown value \"gig\"",
                                    "an employment type Hirekit does not know"),
        "bad-date": (with_(POSTING, valid_through="next Friday"),
                     "valid_through must be a date", "valid_through is not a date"),
        "wrong-type-location": (with_(POSTING, locations=[{"city": ["Austin"]}]),
                                "locations[0].city must be text", "a city is a list"),
        "no-title": (with_(POSTING, title="   "), "title is missing", "a blank title"),
        "duplicate-key-nested": (dump(POSTING).replace("\"heading\": \"About the role\",",
                                                       "\"heading\": \"About the role\",\n"
                                                       "      \"body\": \"first\",", 1),
                                 "the key sections[0].body appears twice",
                                 "\"body\" twice in the first section"),
    })


SCORECARD = {
    "uuid": "6f1d3c2a-8b4e-4f0a-9c61-2d7e5a9b0c11",
    "candidate": "Ada Lovelace",
    "interviewer": "Grace Hopper",
    "status": "draft",
    "answers": [{
        "question_id": 1,
        "question": "Design a URL shortening service like bit.ly. Walk me through your approach "
                    "to handling millions of requests per day.",
        "rating": 3,
        "not_asked": False,
        "note": "Clear on caching.",
        "seconds_spent": 300,
    }],
    "recommendation": "yes",
    "red_flags": [],
    "key_takeaways": "Strong systems thinking.",
    "created_at": "2026-03-01T10:00:00.000Z",
    "updated_at": "2026-03-01T11:00:00.000Z",
}


def scorecard_cases():
    answer = SCORECARD["answers"][0]
    json_cases("scorecard-json", "scorecard", SCORECARD, {
        "deep-nesting-in-answers": ('{"answers": ' + "[" * 2000 + "]" * 2000 + "}\n",
                                    "too deeply nested document", "2,000 nested lists as answers"),
        "wrong-type-answers": (with_(SCORECARD, answers="all good"), "answers must be a list",
                               "answers is text"),
        "wrong-type-answer": (with_(SCORECARD, answers=[3]), "answers[0] must be an object",
                              "an answer is a number"),
        "wrong-type-rating": (with_(SCORECARD, answers=[dict(answer, rating="3")]),
                              "answers[0].rating must be a number", "a rating in quotes"),
        "wrong-type-candidate": (with_(SCORECARD, candidate=42), "candidate must be text",
                                 "candidate is a number"),
        "wrong-type-not-asked": (with_(SCORECARD, answers=[dict(answer, not_asked="no")]),
                                 "answers[0].not_asked must be true or false",
                                 "not_asked is a word"),
        "wrong-type-red-flags": (with_(SCORECARD, red_flags="none"), "red_flags must be a list",
                                 "red_flags is text"),
        "rating-out-of-range": (with_(SCORECARD, answers=[dict(answer, rating=7)]),
                                "answers[0].rating must be 1 to 4", "a rating of 7"),
        "missing-uuid": (with_(SCORECARD, uuid=""), "uuid is missing", "no uuid"),
        "bad-updated-at": (with_(SCORECARD, updated_at="yesterday"),
                           "updated_at must be an ISO 8601 date", "updated_at is not a date"),
        "unknown-question": (with_(SCORECARD, answers=[dict(answer, question_id=9999,
                                                            question="What is love?")]),
                             "answers[0] asks a question this library does not have (id 9999)",
                             "a question neither this library's id nor its text"),
        "red-flag-without-name": (with_(SCORECARD, red_flags=[{"note": "late"}]),
                                  "red_flags has a flag without a name", "a red flag with no name"),
        "duplicate-key-in-answer": (dump(SCORECARD).replace("\"rating\": 3,",
                                                            "\"rating\": 3,\n      \"rating\": 1,", 1),
                                    "the key answers[0].rating appears twice",
                                    "two ratings for one answer"),
    })
    case("posting-json/huge-string-in-level.json", "posting", "level has the unknown value",
         "a 1 MB level; the message quotes 60 characters (made by the test)")
    case("scorecard-json/huge-string-in-status.json", "scorecard",
         "status must be draft or submitted", "a 1 MB status (made by the test)")
    case("scorecard-json/huge-string-in-recommendation.json", "scorecard",
         "recommendation must be strong_no, no, yes or strong_yes",
         "a 1 MB recommendation (made by the test)")
    case("scorecard-json/20mb-string.json", "scorecard", "which is at most 16 MB",
         "a 20 MB note (made by the test)")
    case("posting-json/20mb-string.json", "posting", "which is at most 16 MB",
         "a 20 MB title (made by the test)")


def main():
    for folder in ("library", "csv", "posting-json", "scorecard-json"):
        shutil.rmtree(HERE / folder, ignore_errors=True)
    library_cases()
    csv_cases()
    posting_cases()
    scorecard_cases()
    lines = ["# FILE\tHOW\tEXPECTED\tWHAT (written by make-corpus.py)"]
    lines += ["\t".join(fields) for fields in cases]
    (HERE / "cases.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    total = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file())
    print(f"{len(cases)} cases, {total // 1024} KB in {HERE}")


if __name__ == "__main__":
    main()
