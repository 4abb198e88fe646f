# Runs a program and writes its standard output to a file, replacing the file only when the
# program succeeds (add_custom_command has no portable '>').
# Usage: cmake -DOUTPUT=<file> -DCOMMAND=<program>|<arg>|... -P run_to_file.cmake
cmake_minimum_required(VERSION 3.18)
if(NOT DEFINED OUTPUT OR NOT DEFINED COMMAND)
  message(FATAL_ERROR "run_to_file.cmake: OUTPUT and COMMAND are required")
endif()
string(REPLACE "|" ";" COMMAND "${COMMAND}")
get_filename_component(dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
execute_process(COMMAND ${COMMAND} OUTPUT_FILE "${OUTPUT}.tmp" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "run_to_file.cmake: '${COMMAND}' failed: ${rc}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
