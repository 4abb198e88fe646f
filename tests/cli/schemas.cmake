# Every JSON output form of every command, validated against its schema in data/schema with
# python-jsonschema (Debian: python3-jsonschema), as a consumer of the output would; and the
# schemas themselves: each has its $id, is a valid 2020-12 schema, and the data files pass theirs.
# Included from cli/CMakeLists.txt. Skipped (exit 77) where python3 or jsonschema is missing.
# Tests are named cli.schema.<what> and labelled cli and schema.
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_FOUND)
  message(STATUS "python3 not found: the JSON Schema checks are skipped")
  return()
endif()
set(SCHEMA_CHECK ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/check_json_schema.py
  ${PROJECT_SOURCE_DIR}/data/schema)
set(SCHEMA_INPUTS ${CMAKE_CURRENT_BINARY_DIR}/schema-inputs)
file(WRITE ${SCHEMA_INPUTS}/profiles.jsonl
  "{\"id\": \"fruit\", \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}\n"
  "{\"id\": 7, \"users\": \"3万\", \"barrier\": \"high\", \"adding\": \"passive\"}\n"
  "\n"
  "{\"users\": \"8万\", \"industry\": \"insurance\", \"adding\": \"passive\"}\n"
  "{\"users\": \"ten\", \"industry\": \"fruit\", \"adding\": \"active\"}\n"
  "not json\n")
file(WRITE ${SCHEMA_INPUTS}/profiles.csv
  "id,users,industry,adding\nshop,30000,水果,active\nlaw,3000,律师,passive\ntypo,5000,fruti,active\n")

# schema_case(<name> <schema file> [LINES] [EXIT n] ARGS <acct-advisor arguments>...)
function(schema_case name schema)
  cmake_parse_arguments(PARSE_ARGV 2 S "LINES" "EXIT" "ARGS")
  set(opts "")
  if(S_LINES)
    list(APPEND opts --lines)
  endif()
  if(DEFINED S_EXIT)
    list(APPEND opts --exit ${S_EXIT})
  endif()
  add_test(NAME cli.schema.${name}
    COMMAND ${SCHEMA_CHECK} ${schema} ${opts} -- $<TARGET_FILE:acct-advisor> ${S_ARGS})
  set_tests_properties(cli.schema.${name} PROPERTIES TIMEOUT 60 LABELS "cli;schema" SKIP_RETURN_CODE 77
    ENVIRONMENT "LC_ALL=C.UTF-8;COLUMNS=100" WORKING_DIRECTORY ${SCHEMA_INPUTS})
endfunction()

# The schemas, and the data files against theirs.
add_test(NAME cli.schema.schemas-have-ids-and-are-valid COMMAND ${SCHEMA_CHECK} --schemas)
foreach(data features industries rules)
  add_test(NAME cli.schema.data-${data}
    COMMAND ${SCHEMA_CHECK} ${data}.schema.json --file ${PROJECT_SOURCE_DIR}/data/${data}.json)
endforeach()
set_tests_properties(cli.schema.schemas-have-ids-and-are-valid cli.schema.data-features cli.schema.data-industries
  cli.schema.data-rules PROPERTIES TIMEOUT 60 LABELS "cli;schema" SKIP_RETURN_CODE 77)

# recommend --format json: an industry, a barrier with regulation and entities, a tie, Chinese.
schema_case(recommend.industry recommendation.schema.json
  ARGS recommend --users 30000 --industry fruit --adding active --format json)
schema_case(recommend.barrier-regulated recommendation.schema.json
  ARGS recommend --users 20万 --barrier high --regulated --adding passive --entities 4 --within 180 --format json)
schema_case(recommend.tie recommendation.schema.json
  ARGS recommend --users 8万 --industry insurance --adding passive --format json)
schema_case(recommend.zh recommendation.schema.json
  ARGS recommend --users 3万 --industry 律师 --adding active --lang zh --format json)
# batch: results, error records and explain, from JSON Lines and from CSV.
schema_case(batch.jsonl batch-record.schema.json LINES EXIT 2 ARGS batch --input profiles.jsonl)
schema_case(batch.jsonl-explain batch-record.schema.json LINES EXIT 2 ARGS batch --input profiles.jsonl --explain)
schema_case(batch.csv-input batch-record.schema.json LINES EXIT 2 ARGS batch --input profiles.csv --explain --lang zh)
# plan --format json: by capacity, within days, with fixed accounts, infeasible, over the entity cap.
schema_case(plan.capacity plan.schema.json ARGS plan --users 30000 --adding passive --format json)
schema_case(plan.days plan.schema.json ARGS plan --users 30000 --adding active --days 10 --format json)
schema_case(plan.accounts plan.schema.json ARGS plan --users 200000 --adding passive --accounts 3 --entities 2 --format json)
schema_case(plan.huge plan.schema.json ARGS plan --users 10000000 --adding active --days 1 --format json)
# sweep --format json: by industry (a flip) and by barrier.
schema_case(sweep.industry sweep.schema.json ARGS sweep --users 1000..1000000 --industry fruit --adding passive --format json)
schema_case(sweep.barrier sweep.schema.json
  ARGS sweep --users 1k..100万 --barrier high --regulated --adding active --steps 5 --format json)
# table --format json: all rows, one dimension, only differences (the row list may shrink).
schema_case(table.all table.schema.json ARGS table --format json)
schema_case(table.dimension table.schema.json ARGS table --format json --dimension scale --lang zh)
schema_case(table.differences table.schema.json ARGS table --format json --differences-only)
# industries --format json is industries.json's own form.
schema_case(industries industries.schema.json ARGS industries --format json)

# Ajv (the JavaScript validator) in strict mode compiles every schema, refs resolved by $id: no
# strictTypes, union-type or unknown-keyword complaint. Needs node and `npm ci` in tests/schema
# (scripts/test.sh runs it; offline afterwards); without them the check is not registered.
find_program(ACCT_NODE_PROGRAM node)
if(ACCT_NODE_PROGRAM AND EXISTS ${PROJECT_SOURCE_DIR}/tests/schema/node_modules/ajv/package.json)
  add_test(NAME cli.schema.ajv-strict
    COMMAND ${ACCT_NODE_PROGRAM} ${PROJECT_SOURCE_DIR}/tests/schema/ajv_compile.mjs ${PROJECT_SOURCE_DIR}/data/schema)
  set_tests_properties(cli.schema.ajv-strict PROPERTIES TIMEOUT 60 LABELS "cli;schema")
else()
  message(STATUS "node or tests/schema/node_modules missing: the Ajv strict-mode check of data/schema is "
                 "skipped (npm ci in tests/schema, then re-run cmake)")
endif()
