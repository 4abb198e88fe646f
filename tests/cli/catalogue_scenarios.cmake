# Catalogue cases that need more than one run of the program or a pipe, so they do not fit
# run_case.cmake: the SVG file is written atomically, a closed pipe ends the run quietly, and
# batch memory stays flat. Run by catalogue.cmake as
#
#   cmake -DBIN=<acct-advisor> -DWORK=<scratch dir> -DSCENARIO=<name> [-DXMLLINT=<path>]
#         [-DLINES=<n>] -P catalogue_scenarios.cmake
#
# Scenarios:
#   svg-replace        an existing file is replaced whole; the same plan gives the same bytes;
#                      the result is well-formed XML (xmllint --noout, when XMLLINT is given)
#   svg-readonly-dir   a directory that cannot be written: exit 4, one error line, nothing left
#                      behind (as root, where permissions do not stop writes, /proc stands in)
#   svg-onto-directory the target is a directory: exit 4 (EISDIR), no temporary file left
#   svg-keeps-mode     a 0600 file is replaced and stays 0600
#   svg-symlink        a symlink stays a symlink and its target gets the chart; so does a dangling
#                      one, whose target is created
#   svg-fifo           a FIFO gets the chart (a reader is waiting) and stays a FIFO
#   svg-stdout-link    a link to /proc/self/fd/1 while stdout is a file: the chart reaches stdout,
#                      the file is not replaced under it
#   svg-long-name      a 254-byte file name works (the temporary name is short)
#   svg-data-file      plan --data DIR --svg DIR/features.json (or a link to it) is refused, exit 4,
#                      and the data file is untouched
#   svg-device         (root only; SKIPPED otherwise) a character device made here with mknod,
#                      c 1 3 (null), is written in place and stays a device; c 1 7 (full) gives
#                      exit 4 and "no space left on the device"
#   pipe-head-<what>   `acct-advisor ... | head -n 1`: exit 0 and nothing on stderr, with output
#                      big enough (over the 64 KiB pipe buffer) that the write really fails
#   batch-memory       LINES records through batch: peak RSS no more than 20 MB above that of
#                      a 100,000-record run (needs /usr/bin/time)
#   batch-live         a pipe in and a pipe out: each result comes out before the next record
#                      is written (a hang detector: it waits up to 20 s, it asserts no speed)
#   batch-same-file    `batch --input f >> f` and `batch < f >> f`: exit 2, f untouched
cmake_minimum_required(VERSION 3.18)
foreach(v BIN WORK SCENARIO)
  if(NOT DEFINED ${v} OR "${${v}}" STREQUAL "")
    message(FATAL_ERROR "catalogue_scenarios.cmake: -D${v}= is required")
  endif()
endforeach()

find_program(ENV_TOOL NAMES env PATHS /usr/bin /bin)
set(RUN "${ENV_TOOL}" -u ACCT_ADVISOR_DATA LC_ALL= LANG=C.UTF-8 COLUMNS=100 NO_COLOR=1 "${BIN}")
set(PLAN plan --users 30000 --adding active --lang en)
set(failures "")
macro(fail text)
  string(APPEND failures "\n  ${text}")
endmacro()
function(no_temp_files where)
  file(GLOB leftovers "${where}/.acct-*" "${where}/*.tmp-*")
  if(NOT (leftovers STREQUAL ""))
    set(failures "${failures}\n  temporary files left behind: ${leftovers}" PARENT_SCOPE)
  endif()
endfunction()
function(is_svg file what)
  file(READ "${file}" text)
  if(NOT (text MATCHES "^<svg|^<\\?xml") OR NOT (text MATCHES "</svg>\n?$"))
    set(failures "${failures}\n  ${what}: not a whole SVG" PARENT_SCOPE)
  endif()
endfunction()
execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
function(one_error_line stderr_text what)
  if(NOT stderr_text MATCHES "^acct-advisor: error: [^\n]+\n$")
    set(failures "${failures}\n  ${what}: stderr should be one line 'acct-advisor: error: ...', was: ${stderr_text}"
        PARENT_SCOPE)
  endif()
endfunction()

set(dir "${WORK}/${SCENARIO}")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")

if(SCENARIO STREQUAL "svg-replace")
  # A bigger old file, so a write that did not truncate would leave its tail.
  string(REPEAT "old contents that must disappear\n" 10000 old)
  file(WRITE "${dir}/plan.svg" "${old}")
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/plan.svg"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 0))
    fail("exit ${rc}, expected 0; stderr: ${err}")
  endif()
  if(NOT (err STREQUAL ""))
    fail("stderr not empty: ${err}")
  endif()
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/fresh.svg" OUTPUT_QUIET ERROR_QUIET RESULT_VARIABLE rc2)
  if(NOT (rc2 EQUAL 0))
    fail("second run exited ${rc2}")
  endif()
  file(READ "${dir}/plan.svg" replaced)
  file(READ "${dir}/fresh.svg" fresh)
  if(NOT (replaced STREQUAL fresh))
    fail("the replaced file differs from a fresh write of the same plan (not replaced whole, or not deterministic)")
  endif()
  if(NOT (replaced MATCHES "^<svg|^<\\?xml"))
    fail("the file does not start as SVG")
  endif()
  if(replaced MATCHES "old contents")
    fail("old contents survived")
  endif()
  no_temp_files("${dir}")
  if(DEFINED XMLLINT AND NOT XMLLINT STREQUAL "")
    execute_process(COMMAND "${XMLLINT}" --noout "${dir}/plan.svg" ERROR_VARIABLE xml_err RESULT_VARIABLE xml_rc)
    if(NOT (xml_rc EQUAL 0))
      fail("xmllint --noout failed: ${xml_err}")
    endif()
  endif()

elseif(SCENARIO STREQUAL "svg-readonly-dir")
  set(target_dir "${dir}/read-only")
  file(MAKE_DIRECTORY "${target_dir}")
  execute_process(COMMAND chmod 555 "${target_dir}")
  # Root writes anywhere regardless of mode; /proc takes no new files even from root.
  execute_process(COMMAND "${CMAKE_COMMAND}" -E touch "${target_dir}/probe" RESULT_VARIABLE probe_rc ERROR_QUIET)
  if(probe_rc EQUAL 0)
    file(REMOVE "${target_dir}/probe")
    set(target_dir /proc)
  endif()
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${target_dir}/plan.svg"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 4))
    fail("exit ${rc}, expected 4 (in ${target_dir})")
  endif()
  one_error_line("${err}" "read-only directory")
  if(NOT (err MATCHES "plan.svg: cannot create a temporary file"))
    fail("message does not name the file and the failure: ${err}")
  endif()
  if(NOT (out STREQUAL ""))
    fail("the plan was printed although the chart could not be written")
  endif()
  file(GLOB left "${target_dir}/plan.svg*")
  if(NOT left STREQUAL "")
    fail("files left in ${target_dir}: ${left}")
  endif()
  execute_process(COMMAND chmod 755 "${dir}/read-only")

elseif(SCENARIO STREQUAL "svg-onto-directory")
  file(MAKE_DIRECTORY "${dir}/plan.svg")
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/plan.svg"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 4))
    fail("exit ${rc}, expected 4")
  endif()
  one_error_line("${err}" "directory as target")
  if(NOT (err MATCHES "plan.svg: cannot write: is a directory"))
    fail("unexpected message: ${err}")
  endif()
  if(NOT (IS_DIRECTORY "${dir}/plan.svg"))
    fail("the directory was removed")
  endif()
  no_temp_files("${dir}")

elseif(SCENARIO STREQUAL "svg-keeps-mode")
  file(WRITE "${dir}/plan.svg" "old")
  execute_process(COMMAND chmod 600 "${dir}/plan.svg")
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/plan.svg" OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 0))
    fail("exit ${rc}: ${err}")
  endif()
  execute_process(COMMAND stat -c %a "${dir}/plan.svg" OUTPUT_VARIABLE mode OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT (mode STREQUAL "600"))
    fail("mode is ${mode}, expected 600")
  endif()
  is_svg("${dir}/plan.svg" "0600 file")
  no_temp_files("${dir}")

elseif(SCENARIO STREQUAL "svg-symlink")
  file(MAKE_DIRECTORY "${dir}/real")
  file(WRITE "${dir}/real/target.svg" "old")
  file(CREATE_LINK "real/target.svg" "${dir}/link.svg" SYMBOLIC)
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/link.svg" OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 0))
    fail("exit ${rc}: ${err}")
  endif()
  if(NOT (IS_SYMLINK "${dir}/link.svg"))
    fail("the link was replaced by a file")
  endif()
  is_svg("${dir}/real/target.svg" "link target")
  # A dangling link: its target is created, the link stays.
  file(CREATE_LINK "real/new.svg" "${dir}/dangling.svg" SYMBOLIC)
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/dangling.svg" OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 0))
    fail("dangling link: exit ${rc}: ${err}")
  endif()
  if(NOT (IS_SYMLINK "${dir}/dangling.svg") OR NOT (EXISTS "${dir}/real/new.svg"))
    fail("dangling link: the link was replaced, or its target not created")
  else()
    is_svg("${dir}/real/new.svg" "dangling link target")
  endif()
  no_temp_files("${dir}")
  no_temp_files("${dir}/real")

elseif(SCENARIO STREQUAL "svg-fifo")
  execute_process(COMMAND mkfifo "${dir}/fifo" RESULT_VARIABLE mk_rc)
  if(NOT (mk_rc EQUAL 0))
    message(FATAL_ERROR "mkfifo failed")
  endif()
  # The reader runs in the background; the writer opens the FIFO, which waits for it.
  string(REPLACE ";" " " run_line "${RUN} ${PLAN}")
  execute_process(COMMAND sh -c "cat '${dir}/fifo' > '${dir}/read.svg' & reader=$!; \
${run_line} --svg '${dir}/fifo' > /dev/null; rc=$?; wait $reader; exit $rc"
    ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 20)
  if(NOT (rc EQUAL 0))
    fail("exit ${rc}: ${err}")
  endif()
  execute_process(COMMAND stat -c %F "${dir}/fifo" OUTPUT_VARIABLE kind OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT (kind STREQUAL "fifo"))
    fail("the FIFO became a '${kind}'")
  endif()
  is_svg("${dir}/read.svg" "what the FIFO's reader got")
  no_temp_files("${dir}")

elseif(SCENARIO STREQUAL "svg-stdout-link")
  file(CREATE_LINK "/proc/self/fd/1" "${dir}/out-link" SYMBOLIC)
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/out-link" OUTPUT_FILE "${dir}/stdout.txt"
    ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 0))
    fail("exit ${rc}: ${err}")
  endif()
  file(READ "${dir}/stdout.txt" text)
  if(NOT (text MATCHES "^<svg|^<\\?xml") OR NOT (text MATCHES "</svg>") OR NOT (text MATCHES "Plan: 30,000"))
    fail("stdout should hold the chart, then the plan; was: ${text}")
  endif()
  if(NOT (IS_SYMLINK "${dir}/out-link"))
    fail("the link was replaced")
  endif()
  no_temp_files("${dir}")

elseif(SCENARIO STREQUAL "svg-long-name")
  string(REPEAT "a" 250 long)
  set(name "${long}.svg")  # 254 bytes: legal (NAME_MAX is 255)
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/${name}" OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 0))
    fail("exit ${rc}: ${err}")
  else()
    is_svg("${dir}/${name}" "254-byte name")
  endif()
  # Twice, so the second run replaces the file.
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/${name}" OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 0))
    fail("replacing: exit ${rc}: ${err}")
  endif()
  no_temp_files("${dir}")

elseif(SCENARIO STREQUAL "svg-data-file")
  file(COPY "${DATA}/features.json" "${DATA}/industries.json" "${DATA}/rules.json" DESTINATION "${dir}/data")
  file(READ "${dir}/data/features.json" before)
  file(CREATE_LINK "data/features.json" "${dir}/link.json" SYMBOLIC)
  foreach(target "${dir}/data/features.json" "${dir}/link.json" "${dir}/data/../data/rules.json")
    execute_process(COMMAND ${RUN} ${PLAN} --data "${dir}/data" --svg "${target}"
      OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT (rc EQUAL 4))
      fail("--svg ${target}: exit ${rc}, expected 4")
    endif()
    one_error_line("${err}" "--svg ${target}")
    if(NOT (err MATCHES "refusing to overwrite .*which this run reads"))
      fail("--svg ${target}: unexpected message: ${err}")
    endif()
  endforeach()
  file(READ "${dir}/data/features.json" after)
  if(NOT (before STREQUAL after))
    fail("features.json was changed")
  endif()
  no_temp_files("${dir}/data")

elseif(SCENARIO STREQUAL "svg-device")
  if(NOT (uid STREQUAL "0"))
    message(STATUS "SKIPPED: mknod needs root")
    return()
  endif()
  execute_process(COMMAND mknod "${dir}/null" c 1 3 RESULT_VARIABLE n_rc ERROR_VARIABLE n_err)
  execute_process(COMMAND mknod "${dir}/full" c 1 7 RESULT_VARIABLE f_rc)
  if(NOT (n_rc EQUAL 0) OR NOT (f_rc EQUAL 0))
    message(STATUS "SKIPPED: mknod failed here: ${n_err}")
    return()
  endif()
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/null" OUTPUT_QUIET ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 0))
    fail("null device: exit ${rc}: ${err}")
  endif()
  execute_process(COMMAND ${RUN} ${PLAN} --svg "${dir}/full" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 4))
    fail("full device: exit ${rc}, expected 4")
  endif()
  one_error_line("${err}" "full device")
  if(NOT (err MATCHES "full: cannot write: no space left on the device"))
    fail("full device: unexpected message: ${err}")
  endif()
  foreach(dev null full)
    execute_process(COMMAND stat -c %F "${dir}/${dev}" OUTPUT_VARIABLE kind OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT (kind STREQUAL "character special file"))
      fail("${dev} became a '${kind}'")
    endif()
  endforeach()
  no_temp_files("${dir}")

elseif(SCENARIO MATCHES "^pipe-head-(.*)$")
  set(what "${CMAKE_MATCH_1}")
  set(stdin_file /dev/null)
  if(what STREQUAL "table")
    set(args table --lang en)
  elseif(what STREQUAL "sweep")  # 10,000 rows of CSV, about 250 KB
    set(args sweep --users 1..1000000000 --steps 10000 --format csv --industry fruit --adding active)
  elseif(what STREQUAL "batch")  # 200,000 records in, about 16 MB out
    set(stdin_file "${dir}/in.jsonl")
    string(REPEAT "{\"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}\n" 1000 block)
    file(WRITE "${stdin_file}" "")
    foreach(i RANGE 1 200)
      file(APPEND "${stdin_file}" "${block}")
    endforeach()
    set(args batch)
  else()
    message(FATAL_ERROR "unknown pipe scenario ${what}")
  endif()
  execute_process(COMMAND ${RUN} ${args} COMMAND head -n 1
    INPUT_FILE "${stdin_file}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULTS_VARIABLE rcs)
  list(GET rcs 0 rc)
  if(NOT (rc STREQUAL "0"))
    fail("acct-advisor exited '${rc}' when the reader closed the pipe, expected 0")
  endif()
  if(NOT (err STREQUAL ""))
    fail("stderr not empty: ${err}")
  endif()
  if(NOT (out MATCHES "^[^\n]+\n$"))
    fail("head did not get one line: ${out}")
  endif()

elseif(SCENARIO STREQUAL "batch-memory")
  if(NOT DEFINED LINES)
    set(LINES 10000000)
  endif()
  set(record "{\"id\": \"c1\", \"users\": \"3万\", \"industry\": \"水果\", \"adding\": \"active\"}")
  # yes | head -n N | time acct-advisor batch | wc -l: nothing is held on disk or in CMake.
  function(peak_kb lines out_kb out_count)
    execute_process(
      COMMAND yes "${record}"
      COMMAND head -n ${lines}
      COMMAND /usr/bin/time -f %M -o "${dir}/rss-${lines}" ${RUN} batch
      COMMAND wc -l
      OUTPUT_VARIABLE count ERROR_VARIABLE err RESULTS_VARIABLE rcs)
    list(GET rcs 2 rc)
    if(NOT rc STREQUAL "0")
      message(FATAL_ERROR "batch of ${lines} records exited '${rc}': ${err}")
    endif()
    file(READ "${dir}/rss-${lines}" kb)
    string(STRIP "${kb}" kb)
    string(STRIP "${count}" count)
    set(${out_kb} ${kb} PARENT_SCOPE)
    set(${out_count} ${count} PARENT_SCOPE)
  endfunction()
  peak_kb(100000 small_kb small_count)
  peak_kb(${LINES} big_kb big_count)
  message(STATUS "peak RSS: ${small_kb} KB for 100000 records, ${big_kb} KB for ${LINES}")
  if(NOT (small_count EQUAL 100000))
    fail("100000 records in, ${small_count} lines out")
  endif()
  if(NOT (big_count EQUAL LINES))
    fail("${LINES} records in, ${big_count} lines out")
  endif()
  math(EXPR growth "${big_kb} - ${small_kb}")
  if(NOT (growth LESS 20480))
    fail("peak RSS grew by ${growth} KB from 100000 to ${LINES} records: memory is not flat")
  endif()

elseif(SCENARIO STREQUAL "batch-live")
  # bash's coproc gives the program a pipe on both sides, as `tail -f log | acct-advisor batch |
  # ...` does. Each record is written only once the previous result has been read back.
  set(script [=[
set -u
coproc B { "$@" batch; }
# bash unsets B_PID once it reaps the coprocess, which may be before `wait` runs: keep the pid.
pid=$B_PID
for id in c1 c2 c3; do
  printf '{"id":"%s","users":30000,"industry":"fruit","adding":"active"}\n' "$id" >&"${B[1]}"
  if ! IFS= read -r -t 20 line <&"${B[0]}"; then echo "no result for $id while the input stayed open"; exit 1; fi
  case "$line" in *"\"id\":\"$id\""*) ;; *) echo "unexpected result for $id: $line"; exit 1 ;; esac
done
exec {B[1]}>&-
wait "$pid"
]=])
  execute_process(COMMAND bash -c "${script}" bash ${RUN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc STREQUAL "0")
    fail("batch on pipes: ${out}${err} (exit ${rc})")
  endif()

elseif(SCENARIO STREQUAL "batch-same-file")
  set(record "{\"id\": \"c1\", \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}\n")
  file(WRITE "${dir}/f.jsonl" "${record}")
  foreach(how "--input f.jsonl" "< f.jsonl")
    execute_process(COMMAND bash -c "\"$@\" batch ${how} >> f.jsonl" bash ${RUN}
      WORKING_DIRECTORY "${dir}" ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 20)
    file(READ "${dir}/f.jsonl" after)
    if(NOT rc STREQUAL "2")
      fail("batch ${how} >> f.jsonl exited '${rc}', expected 2")
    endif()
    if(NOT err MATCHES "^acct-advisor: error: --input: '[^']+' is also the standard output; write the results to another file\n$")
      fail("batch ${how} >> f.jsonl: stderr was: ${err}")
    endif()
    if(NOT after STREQUAL record)
      fail("batch ${how} >> f.jsonl wrote into its input: ${after}")
    endif()
  endforeach()

else()
  message(FATAL_ERROR "catalogue_scenarios.cmake: unknown SCENARIO '${SCENARIO}'")
endif()

if(NOT failures STREQUAL "")
  message(FATAL_ERROR "catalogue scenario ${SCENARIO} failed:${failures}")
endif()
