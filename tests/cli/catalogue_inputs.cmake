# Writes the catalogue's large inputs (see catalogue.cmake) into OUT at test time, so nothing
# big is committed or written at configure time. Run once per ctest run as the setup of the
# CTest fixture "catalogue-inputs"; files already the right size are left alone.
#
#   cmake -DOUT=<dir> -DDATA=<project>/data -DLIMIT=<kMaxDataFileBytes> -P catalogue_inputs.cmake
#
# OUT/huge/features.json          100 MB (a JSON string of 'x's), with copies of the other files
# OUT/huge-industries/             industries.json links to that 100 MB file
# OUT/over-limit/features.json     LIMIT + 1 bytes: the smallest file refused for its size
# OUT/at-limit/features.json       LIMIT bytes: read, then refused as JSON that is not the schema
# OUT/deep-features/, deep-industries/, deep-rules.json   nesting 100,000 levels deep
# OUT/long-line.jsonl              a 10 MB line, then one good record
# OUT/long-last-line.jsonl         one good record, then a 10 MB line with no newline at the end
cmake_minimum_required(VERSION 3.18)
foreach(v OUT DATA LIMIT)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "catalogue_inputs.cmake: -D${v}= is required")
  endif()
endforeach()

set(mib_x "")
string(REPEAT "x" 1048576 mib_x)

# A data directory: the three real files, with `file` (if given) left for the caller to write.
function(data_dir name skip)
  foreach(f features.json industries.json rules.json)
    if(NOT f STREQUAL skip)
      configure_file(${DATA}/${f} ${OUT}/${name}/${f} COPYONLY)
    endif()
  endforeach()
endfunction()

function(file_size path out_var)
  if(EXISTS "${path}")
    file(SIZE "${path}" size)
  else()
    set(size -1)
  endif()
  set(${out_var} ${size} PARENT_SCOPE)
endfunction()

# "{"a": "xxx...x"}" padded to exactly `bytes` bytes, written 1 MiB at a time.
function(write_padded path bytes)
  file_size("${path}" have)
  if(have EQUAL bytes)
    return()
  endif()
  set(head "{\"a\": \"")
  set(tail "\"}\n")
  string(LENGTH "${head}${tail}" overhead)
  math(EXPR left "${bytes} - ${overhead}")
  file(WRITE "${path}" "${head}")
  while(left GREATER 1048576)
    file(APPEND "${path}" "${mib_x}")
    math(EXPR left "${left} - 1048576")
  endwhile()
  string(SUBSTRING "${mib_x}" 0 ${left} rest)
  file(APPEND "${path}" "${rest}${tail}")
endfunction()

data_dir(huge features.json)
write_padded(${OUT}/huge/features.json 104857600)
data_dir(huge-industries industries.json)
file(REMOVE ${OUT}/huge-industries/industries.json)
file(CREATE_LINK ${OUT}/huge/features.json ${OUT}/huge-industries/industries.json SYMBOLIC)

data_dir(over-limit features.json)
math(EXPR over "${LIMIT} + 1")
write_padded(${OUT}/over-limit/features.json ${over})
data_dir(at-limit features.json)
write_padded(${OUT}/at-limit/features.json ${LIMIT})

# Nesting 100,000 levels: arrays in features.json, objects in industries.json, and in
# rules.json conditions {"not": {"not": ...}} where the loader would recurse.
set(levels 100000)
string(REPEAT "[" ${levels} open_arrays)
string(REPEAT "]" ${levels} close_arrays)
data_dir(deep-features features.json)
file(WRITE ${OUT}/deep-features/features.json "{\"schema_version\": 1, \"features\": ${open_arrays}${close_arrays}}\n")
string(REPEAT "{\"a\": " ${levels} open_objects)
string(REPEAT "}" ${levels} close_objects)
data_dir(deep-industries industries.json)
file(WRITE ${OUT}/deep-industries/industries.json "{\"schema_version\": 1, \"industries\": [${open_objects}1${close_objects}]}\n")
string(REPEAT "{\"not\": " ${levels} open_not)
file(WRITE ${OUT}/deep-rules.json
  "{\"schema_version\": 1, \"tie\": \"wecom\", \"tie_reason\": {\"zh\": \"平\", \"en\": \"tie\"},\n"
  " \"rules\": [{\"id\": \"deep\", \"criterion\": \"adding\", \"vote\": \"wecom\", \"weight\": 1,\n"
  "  \"reason\": {\"zh\": \"深\", \"en\": \"deep\"}, \"features\": [5],\n"
  "  \"when\": ${open_not}{\"fact\": \"adding\", \"op\": \"==\", \"value\": \"active\"}${close_objects}}]}\n")

# Batch lines of 10 MB (ten times the 1 MiB record limit).
set(good "{\"id\": \"ok\", \"users\": 30000, \"industry\": \"fruit\", \"adding\": \"active\"}")
file_size(${OUT}/long-line.jsonl have)
if(have LESS 10485760)
  file(WRITE ${OUT}/long-line.jsonl "{\"users\": \"")
  file(WRITE ${OUT}/long-last-line.jsonl "${good}\n{\"users\": \"")
  foreach(i RANGE 1 10)
    file(APPEND ${OUT}/long-line.jsonl "${mib_x}")
    file(APPEND ${OUT}/long-last-line.jsonl "${mib_x}")
  endforeach()
  file(APPEND ${OUT}/long-line.jsonl "\"}\n${good}\n")
endif()
