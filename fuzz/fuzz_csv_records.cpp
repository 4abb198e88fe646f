// libFuzzer target: see fuzz_entries::csv_records for what it feeds and checks.
#include <cstddef>
#include <cstdint>

#include "fuzz_entries.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    fuzz_entries::csv_records({reinterpret_cast<const char*>(data), size});
  } catch (const advisor::Error&) {
    // Bad input reported the way the program reports it: expected.
  }
  return 0;  // any other exception escapes and libFuzzer reports it as a crash
}
