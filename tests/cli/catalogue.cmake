# The bad-input catalogue: what the program does with every kind of hostile or broken input,
# case by case, each with its exit code and the message it must give. Included from
# tests/cli/CMakeLists.txt (which defines add_cli_test). See tests/README.md for how to add a case.
#
#   ctest --test-dir <build> -L catalogue            all cases
#   ctest --test-dir <build> -L catalogue -LE slow   without the 10-million-line batch run
#
# Each case is a CTest test cli.catalogue.<area>.<what>, run from CAT_DIR (so paths in messages
# are relative). Inputs:
#   - small files are written here at configure time into CAT_DIR, next to the cases using them;
#   - big ones (100 MB, 10 MB lines, 100,000-deep nesting) are written at test time by
#     catalogue_inputs.cmake into CAT_DIR/generated (the CTest fixture "catalogue-inputs");
#   - cases that need several runs or a pipe are scenarios in catalogue_scenarios.cmake.
# Nothing generated is committed.
#
# Cases that loaders already meet file by file in tests/unit/broken_data_test.cpp are here only
# as far as the whole program is concerned (exit code, one error line, no crash); the exact
# problem lists stay there.

set(CAT_DIR ${CMAKE_CURRENT_BINARY_DIR}/catalogue)
set(CAT_GEN ${CAT_DIR}/generated)
file(MAKE_DIRECTORY ${CAT_DIR})

# catalogue_case(<area>.<what> [GENERATED] EXIT n STDERR_REGEX re... | STDOUT_REGEX re... ...)
# Takes add_cli_test's options. EXIT is required, and so is a message: STDERR_REGEX when the
# exit code is not 0, STDOUT_REGEX, STDOUT_NOT_REGEX or GOLDEN when it is. GENERATED: the case reads files from
# generated/, so it waits for catalogue_inputs.cmake.
function(catalogue_case name)
  set(args ${ARGN})
  set(generated FALSE)
  if("GENERATED" IN_LIST args)
    list(REMOVE_ITEM args GENERATED)
    set(generated TRUE)
  endif()
  cmake_parse_arguments(C "" "EXIT" "STDERR_REGEX;STDOUT_REGEX;STDOUT_NOT_REGEX;GOLDEN" ${args})
  if(NOT DEFINED C_EXIT)
    message(FATAL_ERROR "catalogue_case(${name}): EXIT is required")
  endif()
  if(NOT C_EXIT EQUAL 0 AND NOT C_STDERR_REGEX)
    message(FATAL_ERROR "catalogue_case(${name}): a failing case needs STDERR_REGEX (the message it must give)")
  endif()
  if(C_EXIT EQUAL 0 AND NOT C_STDOUT_REGEX AND NOT C_STDOUT_NOT_REGEX AND NOT C_GOLDEN)
    message(FATAL_ERROR "catalogue_case(${name}): a passing case needs STDOUT_REGEX, STDOUT_NOT_REGEX or GOLDEN")
  endif()
  add_cli_test(catalogue.${name} ${args} WORKDIR ${CAT_DIR})
  set_tests_properties(cli.catalogue.${name} PROPERTIES TIMEOUT 30)
  set_property(TEST cli.catalogue.${name} APPEND PROPERTY LABELS catalogue)
  if(generated)
    set_property(TEST cli.catalogue.${name} APPEND PROPERTY FIXTURES_REQUIRED catalogue-inputs)
  endif()
endfunction()

# A scenario from catalogue_scenarios.cmake, registered as cli.catalogue.<name>.
function(catalogue_scenario name scenario)
  add_test(NAME cli.catalogue.${name}
    COMMAND ${CMAKE_COMMAND} -DBIN=$<TARGET_FILE:acct-advisor> -DWORK=${CAT_DIR}/scenarios
            -DSCENARIO=${scenario} ${ARGN} -P ${CMAKE_CURRENT_SOURCE_DIR}/catalogue_scenarios.cmake)
  set_tests_properties(cli.catalogue.${name} PROPERTIES TIMEOUT 30 LABELS "cli;catalogue")
endfunction()

# Writes CAT_DIR/<path> from the variable named `var` (by name, so ';' in JSON survives).
function(catalogue_file path var)
  file(WRITE ${CAT_DIR}/${path} "${${var}}")
endfunction()

# A data directory CAT_DIR/<dir>: the real data files, with <file> taken from the variable
# named `var`.
function(catalogue_data_dir dir file var)
  foreach(f features.json industries.json rules.json)
    if(f STREQUAL file)
      file(WRITE ${CAT_DIR}/${dir}/${f} "${${var}}")
    else()
      configure_file(${PROJECT_SOURCE_DIR}/data/${f} ${CAT_DIR}/${dir}/${f} COPYONLY)
    endif()
  endforeach()
endfunction()

# Replaces `from` by `to` in the variable named `var`; stops configuring if `from` is not there,
# so a change to data/ cannot quietly turn a broken-file case into a clean one.
function(catalogue_break var from to)
  string(FIND "${${var}}" "${from}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "catalogue.cmake: '${from}' is not in ${var} any more; update the case")
  endif()
  string(REPLACE "${from}" "${to}" result "${${var}}")
  set(${var} "${result}" PARENT_SCOPE)
endfunction()

string(ASCII 255 254 BAD_UTF8)      # never valid in UTF-8
string(ASCII 239 187 191 BOM)       # U+FEFF as UTF-8
string(ASCII 13 CR)
string(REPEAT "9" 10240 LONG_10K)   # a 10 KB argument
string(REPEAT "9" 400 LONG_400)     # no message may echo this much of it
set(FRUIT --industry fruit --adding active)

# =================================================================================== flags
# Missing, empty, wrong type, out of range, overflowing, full-width, invalid UTF-8, 10 KB.
# recommend --users has its own list in CMakeLists.txt (zero, negative, fraction, word, huge,
# exponent, empty, over the limit, bad separators, no value, twice); these add the rest.
catalogue_case(flag.users-full-width ARGS recommend --users ３００００ ${FRUIT} --lang en EXIT 0
  STDOUT_REGEX "^Recommendation: WeCom")
catalogue_case(flag.users-full-width-comma ARGS recommend --users ３０，０００ ${FRUIT} --lang en EXIT 0
  STDOUT_REGEX "30,000 customers")
catalogue_case(flag.users-full-width-k ARGS recommend --users ３ｋ ${FRUIT} --lang en EXIT 0
  STDOUT_REGEX "3,000 customers")
catalogue_case(flag.users-dot-thousands ARGS recommend --users 30.000 ${FRUIT} --lang en EXIT 2
  STDERR_REGEX "'30.000' is ambiguous.*write 30000, 30,000 or 3万")
# In a Chinese locale: Chinese numerals and values work, and errors are Chinese.
catalogue_case(flag.zh-numerals ARGS recommend --users 三万 --industry 水果 --adding 主动
  ENV LANG=zh_CN.UTF-8 LC_ALL= LC_MESSAGES= EXIT 0 STDOUT_REGEX "企业微信")
catalogue_case(flag.zh-barrier ARGS recommend --users 一万五千 --barrier 高 --regulated --adding 被动
  --lang zh EXIT 0 STDOUT_REGEX "企业微信|个人微信")
catalogue_case(flag.zh-users-error ARGS recommend --users 三万x --industry 水果 --adding 主动
  ENV LANG=zh_CN.UTF-8 LC_ALL= LC_MESSAGES= EXIT 2 STDERR_REGEX "--users：「三万x」不是数字；")
catalogue_case(flag.zh-industry-error ARGS recommend --users 3万 --industry 水菓 --adding 主动 --lang zh
  EXIT 2 STDERR_REGEX "--industry：没有「水菓」这个行业")
catalogue_case(flag.zh-missing ARGS plan --lang zh EXIT 2 STDERR_REGEX "缺少 --users、--adding")
catalogue_case(flag.users-invalid-utf8 ARGS recommend ${FRUIT} --users 3${BAD_UTF8} EXIT 2
  STDERR_REGEX "--users")
catalogue_case(flag.users-10k ARGS recommend ${FRUIT} --users ${LONG_10K} EXIT 2
  STDERR_REGEX "--users" STDERR_NOT_REGEX "${LONG_400}")
catalogue_case(flag.users-space ARGS recommend ${FRUIT} "--users= " EXIT 2 STDERR_REGEX "--users")
catalogue_case(flag.industry-empty ARGS recommend --users 30000 --adding active --industry= EXIT 2
  STDERR_REGEX "--industry")
# Messages show bytes that are not UTF-8 as U+FFFD, so stderr stays text.
catalogue_case(flag.industry-invalid-utf8 ARGS recommend --users 30000 --adding active --industry ${BAD_UTF8}
  EXIT 2 STDERR_REGEX "--industry: unknown industry '��'" STDERR_NOT_REGEX "${BAD_UTF8}")
catalogue_case(flag.industry-10k ARGS recommend --users 30000 --adding active --industry ${LONG_10K}
  EXIT 2 STDERR_REGEX "--industry" STDERR_NOT_REGEX "${LONG_400}")
catalogue_case(flag.adding-empty ARGS recommend --users 30000 --industry fruit --adding= EXIT 2
  STDERR_REGEX "--adding")
catalogue_case(flag.adding-10k ARGS recommend --users 30000 --industry fruit --adding ${LONG_10K} EXIT 2
  STDERR_REGEX "--adding" STDERR_NOT_REGEX "${LONG_400}")
catalogue_case(flag.barrier-empty ARGS recommend --users 30000 --adding active --barrier= EXIT 2
  STDERR_REGEX "--barrier")
catalogue_case(flag.lang-empty ARGS table --lang= EXIT 2 STDERR_REGEX "--lang")
catalogue_case(flag.lang-invalid-utf8 ARGS table --lang ${BAD_UTF8} EXIT 2 STDERR_REGEX "--lang"
  STDERR_NOT_REGEX "${BAD_UTF8}")
catalogue_case(flag.format-empty ARGS table --format= EXIT 2 STDERR_REGEX "--format")
catalogue_case(flag.unknown-10k ARGS table --${LONG_10K} EXIT 2
  STDERR_REGEX "unknown option" STDERR_NOT_REGEX "${LONG_400}")
catalogue_case(flag.subcommand-invalid-utf8 ARGS ${BAD_UTF8} EXIT 2 STDERR_REGEX "acct-advisor --help")
catalogue_case(flag.data-no-value ARGS table --data EXIT 2 STDERR_REGEX "--data")
catalogue_case(flag.rules-no-value ARGS recommend --users 30000 ${FRUIT} --rules EXIT 2 STDERR_REGEX "--rules")

# validate --max-age: a whole number of months from 1; today comes from SOURCE_DATE_EPOCH when set
# (whole seconds since 1970-01-01 UTC), which is read only when --max-age needs it.
catalogue_case(flag.max-age-zero ARGS validate --max-age 0 EXIT 2 STDERR_REGEX "--max-age")
catalogue_case(flag.max-age-negative ARGS validate --max-age=-3 EXIT 2 STDERR_REGEX "--max-age")
catalogue_case(flag.max-age-word ARGS validate --max-age ten EXIT 2 STDERR_REGEX "--max-age")
catalogue_case(flag.max-age-fraction ARGS validate --max-age 1.5 EXIT 2 STDERR_REGEX "--max-age")
catalogue_case(flag.max-age-huge ARGS validate --max-age 99999999999999999999 EXIT 2
  STDERR_REGEX "--max-age: 99999999999999999999 is out of range")
catalogue_case(flag.max-age-empty ARGS validate --max-age= EXIT 2 STDERR_REGEX "--max-age")
catalogue_case(flag.max-age-no-value ARGS validate --max-age EXIT 2 STDERR_REGEX "--max-age")
catalogue_case(flag.max-age-full-width ARGS validate --max-age １２ EXIT 2 STDERR_REGEX "--max-age")
catalogue_case(flag.source-date-epoch-word ARGS validate --max-age 12 ENV SOURCE_DATE_EPOCH=yesterday EXIT 2
  STDERR_REGEX "SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 00:00 UTC, got 'yesterday'")
catalogue_case(flag.source-date-epoch-negative ARGS validate --max-age 12 ENV SOURCE_DATE_EPOCH=-1 EXIT 2
  STDERR_REGEX "SOURCE_DATE_EPOCH")
catalogue_case(flag.source-date-epoch-huge ARGS validate --max-age 12 ENV SOURCE_DATE_EPOCH=99999999999999999999
  EXIT 2 STDERR_REGEX "SOURCE_DATE_EPOCH")
catalogue_case(flag.source-date-epoch-unused ARGS validate ENV SOURCE_DATE_EPOCH=yesterday EXIT 0
  GOLDEN validate.ok.txt)

# plan: --days, --accounts and --entities are whole numbers in a range.
set(PLAN plan --users 30000 --adding passive)
catalogue_case(plan.missing-users ARGS plan --adding passive EXIT 2 STDERR_REGEX "missing --users")
catalogue_case(plan.missing-both ARGS plan EXIT 2 STDERR_REGEX "missing --users, --adding")
catalogue_case(plan.users-zero ARGS plan --adding passive --users 0 EXIT 2 STDERR_REGEX "--users")
catalogue_case(plan.users-huge ARGS plan --adding passive --users 99999999999999999999 EXIT 2 STDERR_REGEX "--users")
catalogue_case(plan.users-full-width ARGS plan --adding passive --users ３００００ --format json EXIT 0
  STDOUT_REGEX "\"users\": 30000")
catalogue_case(plan.adding-bogus ARGS plan --users 30000 --adding sideways EXIT 2 STDERR_REGEX "--adding: expected active or passive")
foreach(flag days accounts entities)
  catalogue_case(plan.${flag}-zero ARGS ${PLAN} --${flag} 0 EXIT 2 STDERR_REGEX "--${flag}: 0 is out of range")
  catalogue_case(plan.${flag}-negative ARGS ${PLAN} --${flag}=-3 EXIT 2 STDERR_REGEX "--${flag}")
  catalogue_case(plan.${flag}-empty ARGS ${PLAN} --${flag}= EXIT 2 STDERR_REGEX "--${flag}")
  catalogue_case(plan.${flag}-word ARGS ${PLAN} --${flag} ten EXIT 2 STDERR_REGEX "--${flag}")
  catalogue_case(plan.${flag}-fraction ARGS ${PLAN} --${flag} 2.5 EXIT 2 STDERR_REGEX "--${flag}")
  # Named as typed, not as the 9223372036854775807 a 64-bit conversion would saturate to.
  catalogue_case(plan.${flag}-huge ARGS ${PLAN} --${flag} 99999999999999999999 EXIT 2
    STDERR_REGEX "--${flag}: 99999999999999999999 is out of range; give 1 to [0-9]+")
  catalogue_case(plan.${flag}-exponent ARGS ${PLAN} --${flag} 1e9999 EXIT 2 STDERR_REGEX "--${flag}")
  catalogue_case(plan.${flag}-full-width ARGS ${PLAN} --${flag} ３ EXIT 2 STDERR_REGEX "--${flag}")
  catalogue_case(plan.${flag}-invalid-utf8 ARGS ${PLAN} --${flag} 3${BAD_UTF8} EXIT 2 STDERR_REGEX "--${flag}")
  catalogue_case(plan.${flag}-10k ARGS ${PLAN} --${flag} ${LONG_10K} EXIT 2 STDERR_REGEX "--${flag}"
    STDERR_NOT_REGEX "${LONG_400}" "9223372036854775807")
  catalogue_case(plan.${flag}-no-value ARGS ${PLAN} --${flag} EXIT 2 STDERR_REGEX "--${flag}")
endforeach()
catalogue_case(plan.days-over ARGS ${PLAN} --days 36501 EXIT 2 STDERR_REGEX "--days: 36501 is out of range; give 1 to 36500")
catalogue_case(plan.accounts-over ARGS ${PLAN} --accounts 1000001 EXIT 2 STDERR_REGEX "--accounts: 1000001 is out of range")
catalogue_case(plan.entities-over ARGS ${PLAN} --entities 10001 EXIT 2 STDERR_REGEX "--entities: 10001 is out of range")
catalogue_case(plan.days-and-accounts ARGS ${PLAN} --days 30 --accounts 4 EXIT 2
  STDERR_REGEX "--days and --accounts: give one or the other")
catalogue_case(plan.format-csv ARGS ${PLAN} --format csv EXIT 2 STDERR_REGEX "--format")
# Infeasible is an answer, not an error: exit 0, and the reason is in the output.
catalogue_case(plan.accounts-infeasible ARGS ${PLAN} --accounts 1 --lang en EXIT 0
  ENV COLUMNS=1000
  STDOUT_REGEX "not reachable: 1 account holds at most 20,000 customers; 30,000 customers need at least 2")

# sweep: --users FROM..TO going up, --steps 2 to 10000.
set(SWEEP sweep ${FRUIT})
foreach(range "down|100..10" "zero|0..5" "equal|10..10" "not-a-range|1000" "no-from|..5" "no-to|5.."
              "huge|1..99999999999999999999" "exponent|1..1e9999" "negative|-5..10" "three-dots|1...10")
  string(REPLACE "|" ";" parts "${range}")
  list(GET parts 0 rname)
  list(GET parts 1 rvalue)
  catalogue_case(sweep.users-${rname} ARGS ${SWEEP} --users=${rvalue} EXIT 2 STDERR_REGEX "--users")
endforeach()
catalogue_case(sweep.users-down-message ARGS ${SWEEP} --users 100..10 EXIT 2
  STDERR_REGEX "--users: the range must go up; 100 is not below 10")
catalogue_case(sweep.users-10k ARGS ${SWEEP} --users ${LONG_10K} EXIT 2 STDERR_REGEX "--users"
  STDERR_NOT_REGEX "${LONG_400}")
catalogue_case(sweep.users-10k-range ARGS ${SWEEP} --users 1..${LONG_10K} EXIT 2 STDERR_REGEX "--users"
  STDERR_NOT_REGEX "${LONG_400}")
catalogue_case(sweep.users-missing ARGS ${SWEEP} EXIT 2 STDERR_REGEX "missing --users FROM..TO")
catalogue_case(sweep.users-full-width ARGS ${SWEEP} --users １０００..１００００ --steps 2 --format csv EXIT 0
  STDOUT_REGEX "\n1000,wecom,[^\n]*\n10000,wecom,")
foreach(steps "zero|0" "one|1" "over|10001" "negative|=-5" "word|many" "huge|99999999999999999999"
              "exponent|1e9999" "empty|=")
  string(REPLACE "|" ";" parts "${steps}")
  list(GET parts 0 sname)
  list(GET parts 1 svalue)
  if(svalue MATCHES "^=")
    set(steps_args "--steps${svalue}")
  else()
    set(steps_args --steps ${svalue})
  endif()
  catalogue_case(sweep.steps-${sname} ARGS ${SWEEP} --users 1k..1M ${steps_args} EXIT 2 STDERR_REGEX "--steps")
endforeach()
catalogue_case(sweep.steps-zero-message ARGS ${SWEEP} --users 1000..100000 --steps 0 EXIT 2
  STDERR_REGEX "--steps: 0 is out of range; give 2 to 10000")
catalogue_case(sweep.format-markdown ARGS ${SWEEP} --users 1000..100000 --format markdown EXIT 2
  STDERR_REGEX "--format")

# batch flags.
catalogue_case(batch.input-missing-file ARGS batch --input no-such.jsonl EXIT 2
  STDERR_REGEX "--input: cannot open 'no-such.jsonl': no such file or directory")
catalogue_case(batch.input-directory ARGS batch --input . EXIT 2
  STDERR_REGEX "--input: '\\.' is a directory; give a file, or - for standard input")
catalogue_case(batch.input-empty-name ARGS batch --input= EXIT 2 STDERR_REGEX "--input")
catalogue_case(batch.input-format-bogus ARGS batch --input-format xml EXIT 2 STDERR_REGEX "--input-format")
catalogue_case(batch.format-bogus ARGS batch --format xml EXIT 2 STDERR_REGEX "--format")
catalogue_case(batch.explain-csv ARGS batch --explain --format csv EXIT 2
  STDERR_REGEX "--explain: needs --format jsonl")

# Chinese all the way: CLI11's parse errors, the errors of src/cli and validate's summary are
# worded by the catalogue in the run's language (--lang, else the locale), keeping the flag
# and the user's value.
catalogue_case(zh.unknown-option-suggestion ARGS recommend --lang zh --uesrs 3 EXIT 2
  STDERR_REGEX "没有「--uesrs」这个选项；是不是想用「--users」？（用法见 acct-advisor recommend --help）")
catalogue_case(en.unknown-option-suggestion ARGS recommend --lang en --uesrs 3 EXIT 2
  STDERR_REGEX "unknown option '--uesrs'; did you mean '--users'\\?")
catalogue_case(zh.missing-value ARGS recommend ${FRUIT} --lang zh --users EXIT 2
  STDERR_REGEX "--users 后面缺少取值（N）")
catalogue_case(zh.not-one-of ARGS recommend --users 30000 ${FRUIT} --format pdf ENV LANG=zh_CN.UTF-8 EXIT 2
  STDERR_REGEX "--format 只能是 text、markdown、json、junit、github、tap，不能是「pdf」")
catalogue_case(zh.excludes ARGS recommend --users 30000 ${FRUIT} --expect wecom --output tap --format json
  ENV LANG=zh_CN.UTF-8 EXIT 2 STDERR_REGEX "--format json 已指定了形式")
catalogue_case(zh.whole-number ARGS table --width abc --lang zh EXIT 2 STDERR_REGEX "--width：「abc」不是整数")
catalogue_case(zh.unknown-command ARGS recomend --lang zh EXIT 2
  STDERR_REGEX "没有「recomend」这个命令；是不是想用「recommend」？")
catalogue_case(zh.command-required ARGS --lang zh ENV LANG=zh_CN.UTF-8 EXIT 2 STDERR_REGEX "请指定一个命令，可用的命令有：recommend、")
catalogue_case(zh.batch-explain-csv ARGS batch --explain --format csv --lang zh EXIT 2
  STDERR_REGEX "--explain 需要 --format jsonl")
catalogue_case(zh.validate ARGS validate --lang zh EXIT 0 STDERR_MODE empty
  STDOUT_REGEX "^检查通过：24项功能、[0-9]+个行业、[0-9]+条规则、[0-9]+条建议规则，[0-9]+个示例全部通过\n$")
catalogue_case(en.validate ARGS validate --lang en EXIT 0 STDOUT_REGEX "^ok: 24 features, ")
# The error line's marker is in the run's language too, the program's name as it is (the
# one-error check of every case expects the marker of the language its ARGS and ENV pick). A
# script that matches the text asks for English: --lang en, or LC_ALL=C over a Chinese LANG.
catalogue_case(zh.error-marker ARGS recommend --lang zh --uesrs 3 EXIT 2 STDERR_REGEX "^acct-advisor：错误：没有「--uesrs」")
catalogue_case(zh.error-marker-locale ARGS plan ENV LANG=zh_CN.UTF-8 EXIT 2 STDERR_REGEX "^acct-advisor：错误：缺少 --users")
catalogue_case(zh.lang-en-wins ARGS recommend --uesrs 3 --lang en ENV LANG=zh_CN.UTF-8 EXIT 2
  STDERR_REGEX "^acct-advisor: error: unknown option '--uesrs'")
catalogue_case(zh.lc-all-c-wins ARGS recommend --uesrs 3 ENV LC_ALL=C LANG=zh_CN.UTF-8 EXIT 2
  STDERR_REGEX "^acct-advisor: error: unknown option '--uesrs'")
# A --lang the program does not know cannot pick the language: the locale does.
catalogue_case(zh.bad-lang-locale ARGS recommend --lang fr ENV LANG=zh_CN.UTF-8 EXIT 2
  STDERR_REGEX "^acct-advisor：错误：--lang 只能是 zh、en，不能是「fr」")
catalogue_case(en.bad-lang ARGS recommend --lang fr EXIT 2 STDERR_REGEX "^acct-advisor: error: --lang")
# check's argument is named in the help's language when it is missing.
catalogue_case(zh.check-no-files ARGS check --lang zh EXIT 2 STDERR_REGEX "缺少参数：概况文件")
catalogue_case(en.check-no-files ARGS check EXIT 2 STDERR_REGEX "^acct-advisor: error: files is required")
# So is completion's, in its errors and its help; the help to read is the command's own.
catalogue_case(zh.completion-no-shell ARGS completion --lang zh EXIT 2
  STDERR_REGEX "^acct-advisor：错误：缺少参数：命令行类型（用法见 acct-advisor completion --help）\n$")
catalogue_case(zh.completion-bad-shell ARGS completion fish --lang zh EXIT 2
  STDERR_REGEX "命令行类型 只能是 bash、zsh，不能是「fish」")
catalogue_case(zh.completion-help ARGS completion --help --lang zh EXIT 0
  STDOUT_REGEX "用法：acct-advisor completion \\[选项\\] 命令行类型\n.*  命令行类型 必填 +bash 或 zsh")
# An unknown option is the mistake to name, though CLI11 meets the missing or odd argument first.
catalogue_case(en.completion-unknown-option ARGS completion --lnag zh EXIT 2
  STDERR_REGEX "^acct-advisor: error: unknown option '--lnag'; did you mean '--lang'\\? \\(run 'acct-advisor completion --help'\\)\n$")
catalogue_case(en.check-unknown-option ARGS check --bogus EXIT 2
  STDERR_REGEX "^acct-advisor: error: unknown option '--bogus' \\(run 'acct-advisor check --help'\\)\n$")
# A positional argument's help line names it once: not "概况文件 文件 ...".
catalogue_case(zh.check-help-argument ARGS check --help --lang zh EXIT 0
  STDOUT_REGEX "用法：acct-advisor check \\[选项\\] 概况文件\\.\\.\\.\n.*  概况文件 \\.\\.\\. 必填 ")
catalogue_case(en.check-help-argument ARGS check --help --lang en EXIT 0
  STDOUT_REGEX "  files \\.\\.\\. REQUIRED ")

# ============================================================================ data files
# Each breaks one of the three files of a data directory (the others are the real ones).
file(READ ${PROJECT_SOURCE_DIR}/data/features.json FEATURES)
file(READ ${PROJECT_SOURCE_DIR}/data/industries.json INDUSTRIES)
file(READ ${PROJECT_SOURCE_DIR}/data/rules.json RULES)
foreach(kind features industries rules)
  string(TOUPPER ${kind} KIND)
  set(real "${${KIND}}")
  set(empty "")
  catalogue_data_dir(${kind}-empty ${kind}.json empty)
  set(blank "  \n\t\n")
  catalogue_data_dir(${kind}-blank ${kind}.json blank)
  string(SUBSTRING "${real}" 0 1000 truncated)
  catalogue_data_dir(${kind}-truncated ${kind}.json truncated)
  set(not_json "schema_version = 1\n")
  catalogue_data_dir(${kind}-not-json ${kind}.json not_json)
  set(bom "${BOM}${real}")
  catalogue_data_dir(${kind}-bom ${kind}.json bom)
  set(bom_only "${BOM}")
  catalogue_data_dir(${kind}-bom-only ${kind}.json bom_only)
  string(REPLACE "\n" "${CR}\n" crlf "${real}")
  catalogue_data_dir(${kind}-crlf ${kind}.json crlf)
  set(top_array "[${real}]")
  catalogue_data_dir(${kind}-top-array ${kind}.json top_array)
endforeach()
set(bad "${FEATURES}")
catalogue_break(bad "产品定位" "${BAD_UTF8}")
catalogue_data_dir(features-not-utf8 features.json bad)
set(bad "${INDUSTRIES}")
catalogue_break(bad "\"zh\": \"水果\"" "\"zh\": \"${BAD_UTF8}\"")
catalogue_data_dir(industries-not-utf8 industries.json bad)
set(bad "${RULES}")
catalogue_break(bad "两边得分" "${BAD_UTF8}")
catalogue_data_dir(rules-not-utf8 rules.json bad)
# Wrong types.
set(bad "${FEATURES}")
catalogue_break(bad "\"no\": 1," "\"no\": \"1\",")
catalogue_data_dir(features-wrong-type features.json bad)
set(bad "${INDUSTRIES}")
catalogue_break(bad "\"regulated\": false" "\"regulated\": \"no\"")
catalogue_data_dir(industries-wrong-type industries.json bad)
set(bad "${RULES}")
catalogue_break(bad "\"weight\": 2," "\"weight\": \"2\",")
catalogue_data_dir(rules-wrong-type rules.json bad)
# Duplicate ids and numbers.
set(bad "${FEATURES}")
catalogue_break(bad "\"id\": \"enterprise_identity\"" "\"id\": \"positioning\"")
catalogue_data_dir(features-duplicate-id features.json bad)
set(bad "${FEATURES}")
catalogue_break(bad "\"no\": 2," "\"no\": 1,")
catalogue_data_dir(features-duplicate-no features.json bad)
set(bad "${INDUSTRIES}")
catalogue_break(bad "\"id\": \"fresh_food\"" "\"id\": \"fruit\"")
catalogue_data_dir(industries-duplicate-id industries.json bad)
set(bad "${RULES}")
catalogue_break(bad "\"id\": \"scale-past-personal-usual\"" "\"id\": \"scale-one-personal-account\"")
catalogue_data_dir(rules-duplicate-id rules.json bad)
# A key given twice (JSON readers keep the last silently) and a control character in text.
# catalogue_break replaces every occurrence: every rule's weight is given twice.
set(bad "${FEATURES}")
catalogue_break(bad "\"name\": {\"zh\": \"产品定位\", \"en\": \"Product positioning\"}"
  "\"name\": {\"zh\": \"产品定位\", \"en\": \"Product\\u001b[2J positioning\"}")
catalogue_data_dir(features-control-char features.json bad)
set(bad "${INDUSTRIES}")
catalogue_break(bad "\"barrier\": \"low\"," "\"barrier\": \"low\", \"barrier\": \"high\",")
catalogue_data_dir(industries-duplicate-key industries.json bad)
set(bad "${RULES}")
catalogue_break(bad "\"weight\": 2," "\"weight\": 2, \"weight\": 100,")
catalogue_data_dir(rules-duplicate-key rules.json bad)
# A language missing.
set(bad "${FEATURES}")
catalogue_break(bad "\"name\": {\"zh\": \"产品定位\", \"en\": \"Product positioning\"}" "\"name\": {\"zh\": \"产品定位\"}")
catalogue_data_dir(features-no-en features.json bad)
set(bad "${INDUSTRIES}")
catalogue_break(bad "\"name\": {\"zh\": \"水果\", \"en\": \"Fruit\"}" "\"name\": {\"en\": \"Fruit\"}")
catalogue_data_dir(industries-no-zh industries.json bad)
set(bad "${RULES}")
string(REGEX REPLACE ",\n    \"en\": \"On a tie[^\n]*" "" bad "${bad}")
catalogue_data_dir(rules-no-en rules.json bad)

# A features.json of format version 1 (as_of one string): refused by name, not row by row only.
set(bad "${FEATURES}")
catalogue_break(bad "\"schema_version\": 2," "\"schema_version\": 1,")
catalogue_break(bad "\"as_of\": {\"published\": \"2022\", \"checked\": \"2026-11\"}" "\"as_of\": \"2022\"")
catalogue_data_dir(features-version-1 features.json bad)
catalogue_case(data.features-version-1 ARGS validate --data features-version-1 EXIT 3 STDERR_MODE error-lines
  STDERR_REGEX "features-version-1/features.json: /schema_version: unsupported schema_version 1; this build reads 2"
    "features-version-1/features.json: /features/[0-9]+/as_of: expected an object, got a string")

# A citation (source.ref) as one string, the form before it was {"zh", "en"}: still read, and
# shown as it is in both languages; JSON gives it as {"zh", "en"} all the same. And a citation
# with a language missing, named by its pointer in the run's language.
set(older "${FEATURES}")
string(REGEX REPLACE "\"ref\": {\n *\"zh\": \"[^\"\n]*\",\n *\"en\": (\"[^\"\n]*\")\n *}" "\"ref\": \\1"
  older "${older}")
string(FIND "${older}" "\"ref\": {" left)
string(FIND "${older}" "\"ref\": \"Lecture P5" converted)
if(NOT left EQUAL -1 OR converted EQUAL -1)
  message(FATAL_ERROR "catalogue.cmake: features.json's refs are no longer {zh, en} objects; update the case")
endif()
catalogue_data_dir(features-ref-older-form features.json older)
catalogue_case(data.features-ref-older-form ARGS table --sources --lang zh --data features-ref-older-form
  EXIT 0 STDOUT_REGEX "    出处  Lecture P5 「05.为什么要用企微号（上）」, row 4: ")
catalogue_case(data.features-ref-older-form-validates ARGS validate --data features-ref-older-form
  EXIT 0 STDOUT_REGEX "^ok: 24 features, ")
catalogue_case(data.features-ref-older-form-json ARGS table --format json --data features-ref-older-form
  EXIT 0 STDOUT_REGEX "\"zh\": \"Lecture P5 「05")
set(bad "${FEATURES}")
string(REGEX REPLACE "(\"ref\": {\n) *\"zh\": \"weibanzhushou.com（外部群[^\n]*\n" "\\1" bad "${bad}")
# (replacing a text by itself: only to stop configuring if row 3's zh line was not taken out)
catalogue_break(bad "\"ref\": {\n          \"en\": \"weibanzhushou.com (" "\"ref\": {\n          \"en\": \"weibanzhushou.com (")
catalogue_data_dir(features-ref-no-zh features.json bad)
catalogue_case(data.features-ref-no-zh ARGS validate --lang zh --data features-ref-no-zh EXIT 3
  STDERR_MODE error-lines
  STDERR_REGEX "features-ref-no-zh/features.json：/features/2/source/ref：缺少必需的键「zh」")

# Figures that load (positive numbers) but are absurd: a pass rate of 1e-300 once made plan
# convert 1e302 days to an integer (undefined behaviour) and crash drawing the chart.
set(bad "${FEATURES}")
catalogue_break(bad "\"add_pass_rate\": {\"value\": 0.2," "\"add_pass_rate\": {\"value\": 1e-300,")
catalogue_data_dir(features-absurd-rate features.json bad)
catalogue_case(data.features-absurd-rate ARGS plan --users 30000 --adding active --lang en --data features-absurd-rate
  ENV COLUMNS=1000
  EXIT 0 STDOUT_REGEX "not reachable: the adding rates or capacities in features.json are out of all proportion")
catalogue_case(data.features-absurd-rate-days ARGS plan --users 30000 --adding active --days 10 --format json
  --data features-absurd-rate EXIT 0 STDOUT_REGEX "\"days_to_target\": null,\n *\"days_estimate\": \"[a-z_]+\",\n *\"phones_needed\": [0-9]+,\n *\"feasible\": false")

set(REC recommend --users 30000 ${FRUIT} --lang en)
foreach(kind features industries rules)
  set(d --data ${kind}-)
  catalogue_case(data.${kind}-empty ARGS ${REC} ${d}empty EXIT 3
    STDERR_REGEX "^acct-advisor: error: ${kind}-empty/${kind}.json: file is empty; expected a JSON object")
  catalogue_case(data.${kind}-blank ARGS ${REC} ${d}blank EXIT 3
    STDERR_REGEX "${kind}-blank/${kind}.json: file is empty")
  catalogue_case(data.${kind}-bom-only ARGS ${REC} ${d}bom-only EXIT 3
    STDERR_REGEX "${kind}-bom-only/${kind}.json: file is empty")
  catalogue_case(data.${kind}-truncated ARGS ${REC} ${d}truncated EXIT 3
    STDERR_REGEX "${kind}-truncated/${kind}.json:[0-9]+:[0-9]+: not valid JSON")
  catalogue_case(data.${kind}-not-json ARGS ${REC} ${d}not-json EXIT 3
    STDERR_REGEX "${kind}-not-json/${kind}.json:1:[0-9]+: not valid JSON")
  catalogue_case(data.${kind}-not-utf8 ARGS ${REC} ${d}not-utf8 EXIT 3
    STDERR_REGEX "${kind}-not-utf8/${kind}.json:[0-9]+:[0-9]+: not valid JSON[^\n]*UTF-8")
  catalogue_case(data.${kind}-top-array ARGS ${REC} ${d}top-array EXIT 3
    STDERR_REGEX "${kind}-top-array/${kind}.json: /: expected an object, got an array")
  # A byte-order mark and Windows line ends are accepted: same answer as the real files.
  catalogue_case(data.${kind}-bom ARGS ${REC} ${d}bom EXIT 0 GOLDEN recommend.fruit.text.en.txt
    STDOUT_REGEX "^Recommendation: WeCom")
  catalogue_case(data.${kind}-crlf ARGS ${REC} ${d}crlf EXIT 0 GOLDEN recommend.fruit.text.en.txt
    STDOUT_REGEX "^Recommendation: WeCom")
  catalogue_case(data.${kind}-wrong-type ARGS ${REC} ${d}wrong-type EXIT 3
    STDERR_REGEX "${kind}-wrong-type/${kind}.json: /${kind}/[0-9]+/[a-z]+: expected")
endforeach()
catalogue_case(data.features-duplicate-id ARGS ${REC} --data features-duplicate-id EXIT 3
  STDERR_REGEX "features-duplicate-id/features.json: /features/1/id: duplicate id \"positioning\"")
catalogue_case(data.features-duplicate-no ARGS ${REC} --data features-duplicate-no EXIT 3
  STDERR_REGEX "features-duplicate-no/features.json: /features/1/no: duplicate no 1")
catalogue_case(data.industries-duplicate-id ARGS ${REC} --data industries-duplicate-id EXIT 3
  STDERR_REGEX "industries-duplicate-id/industries.json: /industries/1/id: duplicate id \"fruit\"")
catalogue_case(data.rules-duplicate-id ARGS ${REC} --data rules-duplicate-id EXIT 3
  STDERR_REGEX "rules-duplicate-id/rules.json: /rules/1/id: duplicate id \"scale-one-personal-account\"")
catalogue_case(data.features-control-char ARGS table --data features-control-char EXIT 3
  STDERR_REGEX "features-control-char/features.json: /features/0/name/en: control character U[+]001B in a string")
catalogue_case(data.industries-duplicate-key ARGS ${REC} --data industries-duplicate-key EXIT 3
  STDERR_MODE error-lines STDERR_REGEX "industries-duplicate-key/industries.json: /industries/0/barrier: duplicate key \"barrier\": first at line 8, column 7, again at line 8, column 25")
catalogue_case(data.rules-duplicate-key ARGS validate --data rules-duplicate-key EXIT 3
  STDERR_MODE error-lines
  STDERR_REGEX "rules-duplicate-key/rules.json: /rules/2/weight: duplicate key \"weight\": first at line 138, column 7, again at line 138, column 20; give it once" "7 problems found\n$")
catalogue_case(rules.duplicate-key ARGS ${REC} --rules rules-duplicate-key/rules.json EXIT 3
  STDERR_REGEX "rules-duplicate-key/rules.json: /rules/[0-9]+/weight: duplicate key \"weight\"")
catalogue_case(data.features-no-en ARGS ${REC} --data features-no-en EXIT 3
  STDERR_REGEX "features-no-en/features.json: /features/0/name: missing required key \"en\"")
catalogue_case(data.industries-no-zh ARGS ${REC} --data industries-no-zh EXIT 3
  STDERR_REGEX "industries-no-zh/industries.json: /industries/0/name: missing required key \"zh\"")
catalogue_case(data.rules-no-en ARGS ${REC} --data rules-no-en EXIT 3
  STDERR_REGEX "rules-no-en/rules.json: /tie_reason: missing required key \"en\"")
# validate lists every problem of a broken directory, one per line, and the count.
catalogue_case(data.validate-duplicate-no ARGS validate --data features-duplicate-no EXIT 3
  STDERR_MODE error-lines STDERR_REGEX "/features/1/no: duplicate no 1" "problems? found\n$")
# The same files through --rules.
catalogue_case(rules.empty ARGS ${REC} --rules rules-empty/rules.json EXIT 3
  STDERR_REGEX "rules-empty/rules.json: file is empty")
catalogue_case(rules.not-utf8 ARGS ${REC} --rules rules-not-utf8/rules.json EXIT 3
  STDERR_REGEX "rules-not-utf8/rules.json:[0-9]+:[0-9]+: not valid JSON")
catalogue_case(rules.bom ARGS ${REC} --rules rules-bom/rules.json EXIT 0 GOLDEN recommend.fruit.text.en.txt
  STDOUT_REGEX "^Recommendation")
catalogue_case(rules.directory ARGS ${REC} --rules rules-empty EXIT 3
  STDERR_REGEX "rules-empty: cannot read: is a directory")
# A device is not a data file: refused before reading (a FIFO would block, /dev/zero never ends).
catalogue_case(rules.dev-null ARGS ${REC} --rules /dev/null EXIT 3
  STDERR_REGEX "/dev/null: cannot read: is a character device, not a regular file")
catalogue_case(rules.dev-zero ARGS ${REC} --rules /dev/zero EXIT 3
  STDERR_REGEX "/dev/zero: cannot read: is a character device, not a regular file")
catalogue_case(data.not-a-directory ARGS ${REC} --data rules-empty/rules.json EXIT 3
  STDERR_REGEX "rules-empty/rules.json/features.json: cannot read")

# Size and depth limits (files written at test time). kMaxDataFileBytes is 8 MiB.
catalogue_case(limits.features-100mb GENERATED ARGS ${REC} --data generated/huge EXIT 3
  STDERR_REGEX "generated/huge/features.json: file is 104857600 bytes; data files are limited to 8388608 bytes")
catalogue_case(limits.industries-100mb GENERATED ARGS ${REC} --data generated/huge-industries EXIT 3
  STDERR_REGEX "huge-industries/industries.json: file is 104857600 bytes")
catalogue_case(limits.rules-100mb GENERATED ARGS ${REC} --rules generated/huge/features.json EXIT 3
  STDERR_REGEX "huge/features.json: file is 104857600 bytes")
catalogue_case(limits.validate-100mb GENERATED ARGS validate --data generated/huge EXIT 3
  STDERR_MODE error-lines STDERR_REGEX "file is 104857600 bytes")
catalogue_case(limits.over-by-one GENERATED ARGS ${REC} --data generated/over-limit EXIT 3
  STDERR_REGEX "over-limit/features.json: file is 8388609 bytes; data files are limited to 8388608 bytes")
# Exactly at the limit the file is read and parsed: refused for what is in it, not its size.
catalogue_case(limits.at-limit GENERATED ARGS ${REC} --data generated/at-limit EXIT 3
  STDERR_REGEX "at-limit/features.json: /" STDERR_NOT_REGEX "limited to")
catalogue_case(limits.features-deep GENERATED ARGS ${REC} --data generated/deep-features EXIT 3
  STDERR_REGEX "deep-features/features.json:1:[0-9]+: nesting deeper than [0-9]+ levels")
catalogue_case(limits.industries-deep GENERATED ARGS ${REC} --data generated/deep-industries EXIT 3
  STDERR_REGEX "deep-industries/industries.json:1:[0-9]+: nesting deeper than [0-9]+ levels")
catalogue_case(limits.rules-deep GENERATED ARGS ${REC} --rules generated/deep-rules.json EXIT 3
  STDERR_REGEX "deep-rules.json:4:[0-9]+: nesting deeper than [0-9]+ levels")
catalogue_case(limits.validate-rules-deep GENERATED ARGS validate --rules generated/deep-rules.json EXIT 3
  STDERR_MODE error-lines STDERR_REGEX "nesting deeper than")

add_test(NAME cli.catalogue.generate-inputs
  COMMAND ${CMAKE_COMMAND} -DOUT=${CAT_GEN} -DDATA=${PROJECT_SOURCE_DIR}/data -DLIMIT=8388608
          -P ${CMAKE_CURRENT_SOURCE_DIR}/catalogue_inputs.cmake)
set_tests_properties(cli.catalogue.generate-inputs PROPERTIES
  TIMEOUT 120 LABELS "cli;catalogue" FIXTURES_SETUP catalogue-inputs)

# ============================================================================ batch input
set(GOOD "{\"id\": \"c1\", \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}")
set(GOOD_OUT "{\"line\":[0-9]+,\"id\":\"[a-z0-9]+\",\"recommendation\":\"wecom\",\"scores\":{\"wecom\":[0-9]+,\"personal\":[0-9]+},\"margin\":[0-9]+}")
set(text "\n${GOOD}\n   \n\t\n${GOOD}\n\n")
catalogue_file(blank-lines.jsonl text)
catalogue_case(batch.blank-lines ARGS batch --input blank-lines.jsonl EXIT 0
  STDOUT_REGEX "^{\"line\":2,[^\n]*\n{\"line\":5,[^\n]*\n$")
set(text "${BOM}${GOOD}\n")
catalogue_file(bom.jsonl text)
catalogue_case(batch.bom ARGS batch --input bom.jsonl EXIT 0 STDOUT_REGEX "^${GOOD_OUT}\n$")
set(text "${BOM}id,users,industry,adding\nc1,30000,fruit,active\n")
catalogue_file(bom.csv text)
catalogue_case(batch.bom-csv ARGS batch --input bom.csv --format csv EXIT 0
  STDOUT_REGEX "^line,id,recommendation,wecom_score,personal_score,margin,error\r?\n2,c1,wecom,")
set(text "${GOOD}${CR}\n${GOOD}${CR}\n")
catalogue_file(crlf.jsonl text)
catalogue_case(batch.crlf ARGS batch --input crlf.jsonl EXIT 0 STDOUT_REGEX "^${GOOD_OUT}\n${GOOD_OUT}\n$")
set(text "id,users,industry,adding${CR}\nc1,30000,fruit,active${CR}\n")
catalogue_file(crlf.csv text)
catalogue_case(batch.crlf-csv ARGS batch --input crlf.csv EXIT 0 STDOUT_REGEX "^${GOOD_OUT}\n$")
# An unclosed quote swallows the rest of the file into one field (RFC 4180 lets a quoted field
# span lines): the error record must say which lines it took, so none is lost silently.
set(text "id,users,industry,adding\nc1,30000,fruit,active\nc2,\"3000,fruit,active\nc3,100,fruit,active\nc4,1,fruit,active\n")
catalogue_file(unclosed-quote.csv text)
catalogue_case(batch.csv-unclosed-quote ARGS batch --input unclosed-quote.csv --format csv EXIT 2
  STDOUT_REGEX "\n3,,,,,,\"unterminated quoted field: the quote opened on line 3 is never closed, so lines 4 to 5 were read as part of this record\"\n$"
  STDERR_REGEX "1 of 2 records could not be scored")
# A quote inside an unquoted field is data: it spoils its own line only, never the next ones.
set(text "id,users,industry,adding\nc1,30000,fruit,active\nc2,30\"000,fruit,active\nc3,100,fruit,active\nc4,4\"0,fruit,active\nc5,100,law,passive\n")
catalogue_file(stray-quote.csv text)
catalogue_case(batch.csv-stray-quote ARGS batch --input stray-quote.csv --format csv EXIT 2
  STDOUT_REGEX "^line,id,recommendation,wecom_score,personal_score,margin,error\r\n2,c1,wecom,[^\n]*\n3,c2,,,,,\"users: '30\"\"000' is not a number[^\n]*\n4,c3,wecom,[^\n]*\n5,c4,,,,,\"users: '4\"\"0' is not a number[^\n]*\n6,c5,personal,[^\n]*\n$"
  STDERR_REGEX "2 of 5 records could not be scored")
# Text after a closing quote: an error record for that line.
set(text "id,users,industry,adding\nc1,\"30000\"x,fruit,active\nc2,100,law,passive\n")
catalogue_file(after-quote.csv text)
catalogue_case(batch.csv-text-after-quote ARGS batch --input after-quote.csv EXIT 2
  STDOUT_REGEX "^{\"line\":2,\"id\":\"c1\",\"error\":\"line 2: field 2 has text after its closing quote[^\n]*\n{\"line\":3,\"id\":\"c2\",\"recommendation\":\"personal\""
  STDERR_REGEX "1 of 2 records could not be scored")
# CR-only line ends (old Mac exports), in CSV and in JSON Lines.
set(text "id,users,industry,adding${CR}c1,30000,fruit,active${CR}c2,100,law,passive${CR}")
catalogue_file(cr.csv text)
catalogue_case(batch.cr-csv ARGS batch --input cr.csv EXIT 0
  STDOUT_REGEX "^{\"line\":2,\"id\":\"c1\",\"recommendation\":\"wecom\"[^\n]*\n{\"line\":3,\"id\":\"c2\",\"recommendation\":\"personal\"[^\n]*\n$")
set(text "${GOOD}${CR}${CR}${GOOD}")
catalogue_file(cr.jsonl text)
catalogue_case(batch.cr-jsonl ARGS batch --input cr.jsonl EXIT 0
  STDOUT_REGEX "^{\"line\":1,[^\n]*\n{\"line\":3,[^\n]*\n$")
# Extra CSV columns: ignored, one warning naming them (a near miss gets its did-you-mean).
set(text "id,users,industry,adding,uid,notes\nc1,30000,fruit,active,7,call back\n")
catalogue_file(extra-columns.csv text)
catalogue_case(batch.csv-extra-columns ARGS batch --input extra-columns.csv EXIT 0
  STDOUT_REGEX "^${GOOD_OUT}\n$"
  STDERR_MODE any STDERR_REGEX "^acct-advisor: warning: CSV header: columns 'uid' \\(did you mean 'id'\\?\\), 'notes' are not one batch reads; ignored\n$")
set(text "{\"id\": \"c1\", \"uid\": 7, \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}\n{\"id\": \"c2\", \"uid\": 8, \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}\n")
catalogue_file(extra-field.jsonl text)
catalogue_case(batch.jsonl-extra-field ARGS batch --input extra-field.jsonl EXIT 0
  STDOUT_REGEX "^${GOOD_OUT}\n${GOOD_OUT}\n$"
  STDERR_MODE any STDERR_REGEX "^acct-advisor: warning: field 'uid' \\(did you mean 'id'\\?\\) is not one batch reads; ignored\n$")
# Numeric ids: echoed as written when a double holds them, else an error record.
set(text "{\"id\": 1e999, \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}\n{\"id\": 12.50, \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}\n")
catalogue_file(id-number.jsonl text)
catalogue_case(batch.id-out-of-range ARGS batch --input id-number.jsonl EXIT 2
  STDOUT_REGEX "^{\"line\":1,\"error\":\"field 'id': the number 1e999 is out of range; give the id as a string\"}\n{\"line\":2,\"id\":12.50,\"recommendation\":\"wecom\""
  STDERR_REGEX "1 of 2 records could not be scored")
# A repeated field, id included, is an error record.
set(text "{\"id\": \"a\", \"id\": \"b\", \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}\n${GOOD}\n")
catalogue_file(id-twice.jsonl text)
catalogue_case(batch.id-twice ARGS batch --input id-twice.jsonl EXIT 2
  STDOUT_REGEX "^{\"line\":1,\"id\":\"a\",\"error\":\"field 'id' appears twice\"}\n${GOOD_OUT}\n$"
  STDERR_REGEX "1 of 2 records could not be scored")
# users as a JSON number: any exact integer form; a fraction is refused.
set(text "{\"users\": 3e4, \"industry\": \"fruit\", \"adding\": \"active\"}\n{\"users\": 30000.0, \"industry\": \"fruit\", \"adding\": \"active\"}\n{\"users\": 2.5, \"industry\": \"fruit\", \"adding\": \"active\"}\n")
catalogue_file(users-forms.jsonl text)
catalogue_case(batch.users-number-forms ARGS batch --input users-forms.jsonl EXIT 2
  STDOUT_REGEX "^{\"line\":1,\"recommendation\":\"wecom\"[^\n]*\n{\"line\":2,\"recommendation\":\"wecom\"[^\n]*\n{\"line\":3,\"error\":\"users: 2.5 is not a whole number\"}\n$"
  STDERR_REGEX "1 of 3 records could not be scored")
# Chinese values in CSV fields, and error records in the language asked for.
set(text "id,users,barrier,regulated,adding\nc1,三万,高,是,被动\nc2,三万x,低,否,主动\n")
catalogue_file(zh-values.csv text)
catalogue_case(batch.zh-values ARGS batch --input zh-values.csv --lang zh EXIT 2
  STDOUT_REGEX "^{\"line\":2,\"id\":\"c1\",\"recommendation\":\"[a-z]+\"[^\n]*\n{\"line\":3,\"id\":\"c2\",\"error\":\"users：「三万x」不是数字；"
  STDERR_REGEX "共2条记录，其中1条无法评分")
# Reading its own output: refused before anything is written.
catalogue_scenario(batch.same-file batch-same-file)
# A pipe in and a pipe out: each result as soon as it is made.
if(EXISTS /bin/bash OR EXISTS /usr/bin/bash)
  catalogue_scenario(batch.live-pipe batch-live)
endif()
set(text "{\"users\": 30000, \"industry\": \"${BAD_UTF8}\", \"adding\": \"active\"}\n${GOOD}\n")
catalogue_file(invalid-utf8.jsonl text)
catalogue_case(batch.invalid-utf8 ARGS batch --input invalid-utf8.jsonl EXIT 2
  STDOUT_REGEX "^{\"line\":1,\"error\":\"[^\n]*UTF-8[^\n]*\"}\n${GOOD_OUT}\n$"
  STDERR_REGEX "1 of 2 records could not be scored")
set(text "id,users,industry,adding\nc1,30000,${BAD_UTF8},active\nc2,30000,fruit,active\n")
catalogue_file(invalid-utf8.csv text)
catalogue_case(batch.invalid-utf8-csv ARGS batch --input invalid-utf8.csv EXIT 2
  STDOUT_REGEX "^{\"line\":2,\"id\":\"c1\",\"error\":\"invalid UTF-8 in a field; [^\"]*--input-encoding gb18030\"}\n"
  STDERR_REGEX "1 of 2 records could not be scored")
set(text "")
catalogue_file(empty.jsonl text)
catalogue_case(batch.empty-input ARGS batch --input empty.jsonl EXIT 0 STDOUT_NOT_REGEX ".")
set(text "\n\n  \n")
catalogue_file(only-blank.jsonl text)
catalogue_case(batch.only-blank-lines ARGS batch --input only-blank.jsonl EXIT 0 STDOUT_NOT_REGEX ".")
set(text "{\"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"")
catalogue_file(unterminated.jsonl text)
catalogue_case(batch.unterminated-object ARGS batch --input unterminated.jsonl EXIT 2
  STDOUT_REGEX "^{\"line\":1,\"error\":\"[^\"]+\"}\n$" STDERR_REGEX "1 of 1 record could not be scored")
string(REPEAT "[" 100000 deep)
set(text "{\"users\": ${deep}\n${GOOD}\n")
catalogue_file(deep.jsonl text)
catalogue_case(batch.deep-line ARGS batch --input deep.jsonl EXIT 2
  STDOUT_REGEX "^{\"line\":1,\"error\":\"not valid JSON at column 11: field \\\\\"users\\\\\" holds a nested value; fields must be plain\"}\n${GOOD_OUT}\n$"
  STDERR_REGEX "1 of 2 records")
string(REPEAT "{\"a\": " 100000 deep)
set(text "${deep}\n")
catalogue_file(deep-objects.jsonl text)
catalogue_case(batch.deep-objects ARGS batch --input deep-objects.jsonl EXIT 2
  STDOUT_REGEX "^{\"line\":1,\"error\":\"[^\n]*nested" STDERR_REGEX "1 of 1 record")
catalogue_case(batch.long-line GENERATED ARGS batch --input generated/long-line.jsonl EXIT 2
  STDOUT_REGEX "^{\"line\":1,\"error\":\"record is longer than 1048576 bytes; skipped\"}\n${GOOD_OUT}\n$"
  STDERR_REGEX "1 of 2 records could not be scored")
catalogue_case(batch.long-last-line GENERATED ARGS batch --input generated/long-last-line.jsonl EXIT 2
  STDOUT_REGEX "^${GOOD_OUT}\n{\"line\":2,\"error\":\"record is longer than 1048576 bytes; skipped\"}\n$"
  STDERR_REGEX "1 of 2 records could not be scored")
catalogue_case(batch.long-line-stdin GENERATED ARGS batch STDIN_FILE ${CAT_GEN}/long-line.jsonl EXIT 2
  STDOUT_REGEX "record is longer than 1048576 bytes" STDERR_REGEX "1 of 2 records")

# Ten million records with memory flat: about 10-20 s in a Release build, so labelled "slow"
# (ctest -LE slow skips it). Under the sanitizers RSS says little and the run is ten times
# slower, so there it runs 200,000 records, which still checks that every record comes out.
if(EXISTS /usr/bin/time)
  if(ACCT_ADVISOR_SANITIZE)
    catalogue_scenario(batch.memory-flat batch-memory -DLINES=200000)
  else()
    catalogue_scenario(batch.memory-flat batch-memory -DLINES=10000000)
    set_tests_properties(cli.catalogue.batch.memory-flat PROPERTIES TIMEOUT 120 LABELS "cli;catalogue;slow")
  endif()
endif()

# ================================================================================ output
# A reader that stops early (| head -1) ends the run quietly with exit 0.
catalogue_scenario(output.pipe-head-table pipe-head-table)
catalogue_scenario(output.pipe-head-sweep pipe-head-sweep)
catalogue_scenario(output.pipe-head-batch pipe-head-batch)
if(EXISTS /dev/full)
  catalogue_case(output.plan-dev-full ARGS ${PLAN} STDOUT_FILE /dev/full EXIT 4
    STDERR_REGEX "cannot write to standard output")
  catalogue_case(output.sweep-dev-full ARGS ${SWEEP} --users 1k..1M STDOUT_FILE /dev/full EXIT 4
    STDERR_REGEX "cannot write to standard output")
  catalogue_case(output.batch-dev-full ARGS batch --input bom.jsonl STDOUT_FILE /dev/full EXIT 4
    STDERR_REGEX "cannot write to standard output")
  catalogue_case(output.help-dev-full ARGS --help STDOUT_FILE /dev/full EXIT 4
    STDERR_REGEX "cannot write to standard output")
  catalogue_case(output.version-dev-full ARGS --version STDOUT_FILE /dev/full EXIT 4
    STDERR_REGEX "cannot write to standard output")
  catalogue_case(output.plan-help-dev-full ARGS plan --help STDOUT_FILE /dev/full EXIT 4
    STDERR_REGEX "cannot write to standard output")
endif()
# plan --svg writes atomically.
find_program(XMLLINT xmllint)
if(XMLLINT)
  catalogue_scenario(output.svg-replace svg-replace -DXMLLINT=${XMLLINT})
else()
  catalogue_scenario(output.svg-replace svg-replace)
endif()
catalogue_scenario(output.svg-readonly-dir svg-readonly-dir)
catalogue_scenario(output.svg-onto-directory svg-onto-directory)
# One writer for every output file: what the path is decides how it is written.
catalogue_scenario(output.svg-keeps-mode svg-keeps-mode)
catalogue_scenario(output.svg-symlink svg-symlink)
catalogue_scenario(output.svg-fifo svg-fifo)
if(EXISTS /proc/self/fd/1)
  catalogue_scenario(output.svg-stdout-link svg-stdout-link)
endif()
catalogue_scenario(output.svg-long-name svg-long-name)
catalogue_scenario(output.svg-data-file svg-data-file -DDATA=${PROJECT_SOURCE_DIR}/data)
catalogue_scenario(output.svg-device svg-device)
set_tests_properties(cli.catalogue.output.svg-device PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED:")
catalogue_case(output.svg-stdout ARGS ${PLAN} --svg - EXIT 0 STDOUT_REGEX "^<(svg|[?]xml).*</svg>.*Plan: 30,000")
catalogue_case(output.svg-not-a-directory ARGS ${PLAN} --svg bom.jsonl/plan.svg EXIT 4
  STDERR_REGEX "bom.jsonl/plan.svg: cannot write: a part of the path is not a directory")
catalogue_case(output.svg-no-such-dir ARGS ${PLAN} --svg no-such-dir/plan.svg EXIT 4
  STDERR_REGEX "no-such-dir/plan.svg: cannot create a temporary file: no such file or directory")
catalogue_case(output.svg-empty-name ARGS ${PLAN} --svg= EXIT 2 STDERR_REGEX "--svg")

# Output is the same bytes from run to run.
catalogue_case(determinism.plan-text ARGS ${PLAN} --lang zh REPEAT 3 EXIT 0 STDOUT_REGEX "\n")
catalogue_case(determinism.plan-json ARGS ${PLAN} --days 30 --format json REPEAT 3 EXIT 0 STDOUT_REGEX "^{")
catalogue_case(determinism.sweep-csv ARGS ${SWEEP} --users 1..1000000000 --steps 200 --format csv REPEAT 3
  EXIT 0 STDOUT_REGEX "^users,")
catalogue_case(determinism.batch-explain ARGS batch --input blank-lines.jsonl --explain REPEAT 3
  EXIT 0 STDOUT_REGEX "\"explain\":")
catalogue_case(determinism.recommend-json ARGS ${REC} --format json REPEAT 3 EXIT 0 STDOUT_REGEX "^{")

# ======================================================================= mutation guards
# Each case kills a mutant that survived a mutation run of the core: the sign of the margin in
# batch CSV output (a personal win shows a positive margin, as in JSONL).
set(text "id,users,industry,adding\np1,3000,law,passive\n")
catalogue_file(margin-personal.csv text)
catalogue_case(batch.csv-margin-is-positive ARGS batch --input margin-personal.csv --format csv EXIT 0
  STDOUT_REGEX "\n2,p1,personal,1,5,4,\r?\n$")
