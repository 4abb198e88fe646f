# `acct-advisor report`: where the page goes, that it is reproducible, and that it asks the
# network for nothing.
#   - --output FILE writes the page (nothing on stdout or stderr) and replaces an old file whole;
#   - the same command with SOURCE_DATE_EPOCH gives the same bytes, to a file, to `--output -`
#     and to stdout without --output;
#   - the page is one HTML document in the chosen language, dated from SOURCE_DATE_EPOCH;
#   - no script, and no http:// or https:// anywhere but a link the reader may follow (<a href>,
#     its text) and the SVG namespace name;
#   - a bad SOURCE_DATE_EPOCH is a usage error (exit 2), an unwritable path an output error (4).
# Usage: cmake -DBIN=<acct-advisor> -DWORK=<dir> -P report_output.cmake
cmake_minimum_required(VERSION 3.18)
foreach(v BIN WORK)
  if(NOT DEFINED ${v} OR "${${v}}" STREQUAL "")
    message(FATAL_ERROR "report_output.cmake: -D${v}= is required")
  endif()
endforeach()
find_program(ENV_TOOL NAMES env PATHS /usr/bin /bin)
# 2025-11-30 00:00 UTC
set(RUN "${ENV_TOOL}" -u ACCT_ADVISOR_DATA LC_ALL= LANG=C.UTF-8 NO_COLOR=1 SOURCE_DATE_EPOCH=1764460800 "${BIN}")
set(PROFILE report --users 30000 --industry fruit --adding active)
set(failures "")
macro(fail text)
  string(APPEND failures "\n  ${text}")
endmacro()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

# To a file, over an old one.
string(REPEAT "old contents that must disappear\n" 5000 old)
file(WRITE "${WORK}/report.html" "${old}")
execute_process(COMMAND ${RUN} ${PROFILE} --lang en --output "${WORK}/report.html"
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "" OR NOT err STREQUAL "")
  fail("--output FILE: exit ${rc} (expected 0), stdout '${out}', stderr '${err}' (expected both empty)")
endif()
file(READ "${WORK}/report.html" page)

# The same bytes again, to a new file, to `-` and to stdout.
execute_process(COMMAND ${RUN} ${PROFILE} --lang en --output "${WORK}/again.html" RESULT_VARIABLE rc)
file(READ "${WORK}/again.html" again)
execute_process(COMMAND ${RUN} ${PROFILE} --lang en --output - OUTPUT_VARIABLE dash RESULT_VARIABLE rc_dash)
execute_process(COMMAND ${RUN} ${PROFILE} --lang en OUTPUT_VARIABLE plain RESULT_VARIABLE rc_plain)
if(NOT page STREQUAL again)
  fail("two runs with the same SOURCE_DATE_EPOCH wrote different bytes")
endif()
if(NOT rc_dash EQUAL 0 OR NOT dash STREQUAL page)
  fail("--output - (exit ${rc_dash}) is not the same page as --output FILE")
endif()
if(NOT rc_plain EQUAL 0 OR NOT plain STREQUAL page)
  fail("no --output (exit ${rc_plain}) is not the same page as --output FILE")
endif()
file(GLOB leftovers "${WORK}/.acct-*")
if(leftovers)
  fail("temporary files left behind: ${leftovers}")
endif()

# One document, in English, dated from SOURCE_DATE_EPOCH.
if(page MATCHES "old contents")
  fail("the old file's contents survived")
endif()
if(NOT page MATCHES "^<!DOCTYPE html>\n<html lang=\"en\">\n" OR NOT page MATCHES "</html>\n$")
  fail("not one HTML document starting <!DOCTYPE html> and <html lang=\"en\">")
endif()
foreach(want "<h1>Use <span class=\"account\">WeCom</span></h1>" "Generated on 2025-11-30."
        "acct-advisor report --users 30000 --industry fruit --adding active --lang en")
  string(FIND "${page}" "${want}" at)
  if(at EQUAL -1)
    fail("the page does not say: ${want}")
  endif()
endforeach()

# Nothing fetched: no script, no resource attribute; web addresses only in links.
string(TOLOWER "${page}" lower)
foreach(bad "<script" "src=" "srcset=" "url(" "@import" "<link" "<iframe" "<object" "<embed")
  string(FIND "${lower}" "${bad}" at)
  if(NOT at EQUAL -1)
    fail("the page contains '${bad}'")
  endif()
endforeach()
string(REGEX REPLACE "<a href=\"https?://[^\"]*\">[^<]*</a>" "" unlinked "${page}")
string(REPLACE "xmlns=\"http://www.w3.org/2000/svg\"" "" unlinked "${unlinked}")
string(REGEX MATCH "[^\n]*https?://[^\n]*" stray "${unlinked}")
if(stray)
  fail("a web address outside a link: ${stray}")
endif()
string(FIND "${page}" "<a href=\"https://" first_link)
if(first_link EQUAL -1)
  fail("no link at all: the rows' public sources should be links")
endif()

# Chinese.
execute_process(COMMAND ${RUN} report --users 3万 --industry 保险 --adding passive --lang zh
  OUTPUT_VARIABLE zh RESULT_VARIABLE rc)
foreach(want "<html lang=\"zh-Hans\">" "<h1>推荐使用<span class=\"account\">个人微信</span></h1>" "生成日期：2025年11月30日。")
  string(FIND "${zh}" "${want}" at)
  if(NOT rc EQUAL 0 OR at EQUAL -1)
    fail("--lang zh (exit ${rc}): the page does not say: ${want}")
  endif()
endforeach()

# Errors.
execute_process(COMMAND "${ENV_TOOL}" SOURCE_DATE_EPOCH=yesterday "${BIN}" ${PROFILE}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 2 OR NOT err MATCHES "^acct-advisor: error: SOURCE_DATE_EPOCH: [^\n]*\n$" OR NOT out STREQUAL "")
  fail("SOURCE_DATE_EPOCH=yesterday: exit ${rc} (expected 2), stderr '${err}'")
endif()
execute_process(COMMAND ${RUN} ${PROFILE} --output "${WORK}/no-such-dir/report.html"
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 4 OR NOT err MATCHES "^acct-advisor: error: [^\n]*no-such-dir/report.html[^\n]*\n$")
  fail("--output into a missing directory: exit ${rc} (expected 4), stderr '${err}'")
endif()

if(failures)
  message(FATAL_ERROR "report output:${failures}")
endif()
