# CLI cases for `check` (profile files with expected answers; every --output form and exit
# code), `recommend --expect --output`, batch's word on an `expect` column, and `diff` (a rules
# change that flips decisions, an identical copy that flips none). Included from CMakeLists.txt.

# Fixtures: the profile files, and two rules files made from data/rules.json at configure time:
# an identical copy, and one with the active-adding vote's weight raised from 2 to 3.
foreach(f expected.csv all-pass.jsonl one-wrong.jsonl no-expect.csv clients.csv empty.csv)
  configure_file(${CLI_FIXTURE_SRC}/check/${f} ${CLI_FIXTURES}/check/${f} COPYONLY)
endforeach()
file(READ ${PROJECT_SOURCE_DIR}/data/rules.json _rules)
file(WRITE ${CLI_FIXTURES}/check/same-rules.json "${_rules}")
string(REGEX REPLACE "(\"value\": \"active\"[ \n]*},[ \n]*\"vote\": \"wecom\",[ \n]*\"weight\": )2,"
  "\\13," _weight_changed "${_rules}")
if(_weight_changed STREQUAL _rules)
  message(FATAL_ERROR "check_and_diff.cmake: the adding-active rule's weight was not found in data/rules.json")
endif()
file(WRITE ${CLI_FIXTURES}/check/my-rules.json "${_weight_changed}")
# 1,000 records, three of them (lines 101, 501 and 901) expecting the wrong answer.
set(_big "id,users,industry,adding,expect\n")
foreach(i RANGE 2 1001)
  if(i EQUAL 101 OR i EQUAL 501 OR i EQUAL 901)
    string(APPEND _big "r${i},30000,fruit,active,personal\n")
  else()
    string(APPEND _big "r${i},30000,fruit,active,wecom\n")
  endif()
endforeach()
file(WRITE ${CLI_FIXTURES}/check/thousand.csv "${_big}")
set(CK WORKDIR ${CLI_FIXTURES}/check)  # cases name the files relative to it

# ====================================================================================== check
# A file with passing, failing and malformed records: every form, exit 2 (a bad record outranks
# a failed one: the check is incomplete).
set(CHECK_BAD_STDERR "1 of 6 records could not be checked")
add_cli_test(check.text.en ARGS check expected.csv --lang en ${CK} EXIT 2
  GOLDEN check.text.en.txt STDERR_REGEX "${CHECK_BAD_STDERR}")
# Chinese from the locale alone.
add_cli_test(check.text.zh ARGS check expected.csv ENV LANG=zh_CN.UTF-8 ${CK} EXIT 2
  GOLDEN check.text.zh.txt STDERR_REGEX "6条中有1条无法检查")
add_cli_test(check.json ARGS check expected.csv --output json ${CK} EXIT 2
  GOLDEN check.json STDERR_REGEX "${CHECK_BAD_STDERR}")
add_cli_test(check.junit ARGS check expected.csv --output junit ${CK} EXIT 2
  GOLDEN check.junit.xml STDERR_REGEX "${CHECK_BAD_STDERR}")
add_cli_test(check.github ARGS check expected.csv --output github ${CK} EXIT 2
  GOLDEN check.github.txt STDERR_REGEX "${CHECK_BAD_STDERR}")
add_cli_test(check.tap ARGS check expected.csv --output tap ${CK} EXIT 2
  GOLDEN check.tap.txt STDERR_REGEX "${CHECK_BAD_STDERR}")
# Exit 0 and 1.
add_cli_test(check.all-pass ARGS check all-pass.jsonl --lang en ${CK}
  STDOUT_REGEX "^3 records checked: 3 passed, 0 failed, 0 could not be checked\n$")
add_cli_test(check.one-wrong ARGS check one-wrong.jsonl --lang en --width 200 ${CK} EXIT 1
  STDOUT_REGEX "^FAIL one-wrong.jsonl:2 \\(insurer\\): expected personal WeChat, got WeCom \\(WeCom [0-9]+, personal WeChat [0-9]+, margin [0-9]+\\)\n"
    "\n    deciding rules: [^\n]*barrier-high \\(\\+2 personal WeChat\\)"
  STDERR_REGEX "1 of 2 records did not get the expected answer")
add_cli_test(check.one-wrong.github ARGS check one-wrong.jsonl --output github --lang en ${CK} EXIT 1
  STDOUT_REGEX "^::error file=one-wrong.jsonl,line=2,title=acct-advisor check%3A FAIL one-wrong.jsonl%3A2 \\(insurer\\)::expected personal WeChat, got WeCom [^\n]*%0Ausers=8万 industry=insurance adding=passive%0Adeciding rules: "
  STDERR_REGEX "1 of 2 records")
# Several files, standard input among them; a missing file and an empty one are reported and
# the others still checked.
add_cli_test(check.several-files ARGS check all-pass.jsonl - no-such.csv empty.csv --lang en ${CK}
  STDIN_FILE ${CLI_FIXTURES}/check/one-wrong.jsonl EXIT 2
  STDOUT_REGEX "^FAIL -:2 \\(insurer\\)" "\nERROR no-such.csv: cannot open 'no-such.csv': "
    "\nERROR empty.csv: no records: the file is empty\n"
    "\n7 records checked: 4 passed, 1 failed, 2 could not be checked\n$"
  STDERR_REGEX "2 of 7 records could not be checked")
# A thousand records, three wrong: exit 1, each failure annotated on its own line.
add_cli_test(check.thousand ARGS check thousand.csv --lang en ${CK} EXIT 1
  STDOUT_REGEX "\n1,000 records checked: 997 passed, 3 failed, 0 could not be checked\n$"
  STDERR_REGEX "3 of 1,000 records did not get the expected answer")
add_cli_test(check.thousand.github ARGS check thousand.csv --output github --lang en ${CK} EXIT 1
  STDOUT_REGEX "^::error file=thousand.csv,line=101,[^\n]*\n::error file=thousand.csv,line=501,[^\n]*\n::error file=thousand.csv,line=901,[^\n]*\n1,000 records checked"
  STDERR_REGEX "3 of 1,000")
add_cli_test(check.no-expect-column ARGS check no-expect.csv --lang en ${CK} EXIT 2
  STDOUT_REGEX "^ERROR no-expect.csv:1: CSV header: missing column expect")
add_cli_test(check.no-files ARGS check EXIT 2 STDERR_REGEX "files")
add_cli_test(check.format-bogus ARGS check expected.csv --format xml ${CK} EXIT 2 STDERR_REGEX "--format")
# --format is the form, --output the file; issue 10's --output FORM still selects the form.
add_cli_test(check.format.junit ARGS check expected.csv --format junit ${CK} EXIT 2
  STDOUT_REGEX "^<[?]xml" "<testsuites" STDERR_REGEX "${CHECK_BAD_STDERR}")
add_cli_test(check.format-and-output-form ARGS check expected.csv --format junit --output tap ${CK} EXIT 2
  STDERR_REGEX "--output tap: that is a form's name, and --format junit already gives the form; to write a file named tap, give --output ./tap")
add_cli_test(check.data-broken ARGS check expected.csv --data ../broken-features ${CK} EXIT 3
  STDERR_REGEX "broken-features/features.json")
add_cli_test(check.rules-file ARGS check one-wrong.jsonl --rules my-rules.json --lang en ${CK} EXIT 1
  STDERR_REGEX "1 of 2 records")
add_cli_test(check.help ARGS check --help
  STDOUT_REGEX "Usage: acct-advisor check" "--output" "2 wins over 1" "\nExamples:\n  acct-advisor check ")

find_program(ACCT_XMLLINT xmllint)
if(ACCT_XMLLINT)
  # The JUnit output validates against the Jenkins xUnit plugin's JUnit schema (tests/schema).
  set(JUNIT_XSD ${PROJECT_SOURCE_DIR}/tests/schema/junit-10.xsd)
  add_test(NAME cli.check.junit-validates
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/junit_validates.sh ${JUNIT_XSD} $<TARGET_FILE:acct-advisor>
            check expected.csv all-pass.jsonl no-such.csv thousand.csv
    WORKING_DIRECTORY ${CLI_FIXTURES}/check)
  add_test(NAME cli.recommend.expect-output.junit-validates
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/junit_validates.sh ${JUNIT_XSD} $<TARGET_FILE:acct-advisor>
            recommend --users 30000 --industry fruit --adding active --expect personal)
  set_tests_properties(cli.check.junit-validates cli.recommend.expect-output.junit-validates
    PROPERTIES TIMEOUT 60 LABELS cli)
endif()
# TAP: the plan's count is the number of test lines, numbered 1..N in order.
add_test(NAME cli.check.tap-plan
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/tap_plan.sh 9 $<TARGET_FILE:acct-advisor>
          check expected.csv all-pass.jsonl
  WORKING_DIRECTORY ${CLI_FIXTURES}/check)
set_tests_properties(cli.check.tap-plan PROPERTIES TIMEOUT 60 LABELS cli)

# =================================================================== recommend --expect --output
set(FRUIT_PROFILE recommend --users 30000 --industry fruit --adding active --lang en)
add_cli_test(recommend.expect-output.junit ARGS ${FRUIT_PROFILE} --expect personal --output junit EXIT 1
  GOLDEN recommend.expect-output.junit.xml STDERR_REGEX "1 of 1 records did not get the expected answer")
add_cli_test(recommend.expect-output.github ARGS ${FRUIT_PROFILE} --expect personal --output github EXIT 1
  STDOUT_REGEX "^::error title=acct-advisor check%3A FAIL command line::expected personal WeChat, got WeCom"
  STDERR_REGEX "1 of 1 records")
add_cli_test(recommend.expect-output.tap-pass ARGS ${FRUIT_PROFILE} --expect wecom --output tap
  STDOUT_REGEX "^TAP version 13\n1..1\nok 1 - command line\n$")
add_cli_test(recommend.expect-output.json ARGS ${FRUIT_PROFILE} --expect wecom --output json
  STDOUT_REGEX "\"status\": \"pass\"" "\"file\": null")
add_cli_test(recommend.expect-output.text ARGS ${FRUIT_PROFILE} --expect wecom --output text
  STDOUT_REGEX "^1 record checked: 1 passed, 0 failed, 0 could not be checked\n$")
add_cli_test(recommend.output-form-needs-expect ARGS ${FRUIT_PROFILE} --output tap EXIT 2
  STDERR_REGEX "--output tap: that is a form's name, which selects the gate's result only with --expect")
add_cli_test(recommend.output-form-and-format ARGS ${FRUIT_PROFILE} --expect wecom --output tap --format json
  EXIT 2 STDERR_REGEX "--format json already gives the form")
add_cli_test(recommend.expect-format.tap-pass ARGS ${FRUIT_PROFILE} --expect wecom --format tap
  STDOUT_REGEX "^TAP version 13\n1..1\nok 1 - command line\n$")
add_cli_test(recommend.format-junit-needs-expect ARGS ${FRUIT_PROFILE} --format junit EXIT 2
  STDERR_REGEX "--format junit: the form of a gate's result; give --expect wecom\\|personal too")

# batch reads no expect column, and says to use check (a warning: the scores are still right).
add_cli_test(batch.expect-column-warns ARGS batch --input all-pass.jsonl ${CK}
  STDERR_MODE any STDERR_REGEX "^acct-advisor: warning: field 'expect' [^\n]*run 'acct-advisor check'")

# ======================================================================================= diff
add_cli_test(diff.identical-copy ARGS diff --rules same-rules.json --lang en ${CK}
  STDOUT_REGEX "^Comparing same-rules.json against the built-in data.\n[0-9,]+ decisions compared: the built-in grid"
    "\nNo decision changed.\n$")
add_cli_test(diff.identical-data-dir ARGS diff --data ../data-copy --lang en ${CK}
  STDOUT_REGEX "\nNo decision changed.\n$")
add_cli_test(diff.weight-changed.text.en ARGS diff --rules my-rules.json --lang en ${CK} EXIT 1
  GOLDEN diff.weight-changed.text.en.txt STDERR_REGEX "[0-9,]+ of [0-9,]+ decisions changed")
add_cli_test(diff.weight-changed.text.zh ARGS diff --rules my-rules.json ENV LANG=zh_CN.UTF-8 ${CK} EXIT 1
  GOLDEN diff.weight-changed.text.zh.txt STDERR_REGEX "个结论中有[0-9]+个改变")
add_cli_test(diff.weight-changed.markdown ARGS diff --rules my-rules.json --format markdown --lang en ${CK} EXIT 1
  GOLDEN diff.weight-changed.en.md STDERR_REGEX "decisions changed")
add_cli_test(diff.weight-changed.json ARGS diff --rules my-rules.json --format json ${CK} EXIT 1
  GOLDEN diff.weight-changed.json STDERR_REGEX "decisions changed")
# Swapped sides: the same count the other way.
add_cli_test(diff.weight-changed.reversed ARGS diff --rules same-rules.json --against my-rules.json --lang en ${CK}
  EXIT 1 STDOUT_REGEX "\n[0-9,]+ changed: [1-9][0-9,]* from WeCom to personal WeChat, 0 from personal WeChat to WeCom.\n"
  STDERR_REGEX "decisions changed")
add_cli_test(diff.input.text ARGS diff --rules my-rules.json --input clients.csv --lang en ${CK} EXIT 1
  GOLDEN diff.input.text.en.txt STDERR_REGEX "1 of 7 decisions changed")
add_cli_test(diff.input.identical ARGS diff --rules same-rules.json --input clients.csv --lang en ${CK}
  STDOUT_REGEX "\n7 decisions compared: the profiles in clients.csv.\nNo decision changed.\n$")
# expected.csv has a malformed record: listed, exit 2 whatever else changed.
add_cli_test(diff.input.bad-record ARGS diff --rules same-rules.json --input expected.csv --lang en ${CK} EXIT 2
  STDOUT_REGEX "\nProfiles that could not be compared \\(1\\):\n  6: industry: unknown industry 'fruti'"
  STDERR_REGEX "1 profiles could not be compared")
add_cli_test(diff.nothing-to-compare ARGS diff EXIT 2 STDERR_REGEX "nothing to compare")
add_cli_test(diff.rules-broken ARGS diff --rules ../failing-example.rules.json --against no-such.json ${CK} EXIT 3
  STDERR_REGEX "no-such.json: cannot read")
add_cli_test(diff.against-data-broken ARGS diff --against-data ../broken-features ${CK} EXIT 3
  STDERR_REGEX "broken-features/features.json")
add_cli_test(diff.format-bogus ARGS diff --rules my-rules.json --format csv ${CK} EXIT 2 STDERR_REGEX "--format")
add_cli_test(diff.help ARGS diff --help
  STDOUT_REGEX "Usage: acct-advisor diff" "--against-data" "\nExamples:\n  acct-advisor diff ")
