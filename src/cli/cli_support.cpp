#include "cli_support.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/file_error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/output_file.hpp"
#include "acct_advisor/render/text_layout.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "diagnostics.hpp"

namespace advisor::cli {
namespace {
// Above this a width is a mistake (COLUMNS=99999999), not a terminal, and is ignored; so is 0
// (a 0x0 pseudo-terminal). Below kMinimumWidth a width is real but too narrow to lay out.
constexpr std::size_t kWidest = 10'000;
constexpr std::size_t kDefaultWidth = 80;  // no terminal anywhere: what a terminal usually has
std::size_t forced_width = 0;              // --width N; 0: not given
// The width the user's settings ask for, before the minimum: --width, COLUMNS, a terminal, 80.
std::size_t requested_width();
bool forced_ascii = false;    // --ascii
Lang g_run_lang = Lang::kEn;  // set by main before the commands are set up
std::vector<std::string> g_command_line;

}  // namespace

CLI::Validator whole_number(std::int64_t lo, std::int64_t hi) {
  auto check = [lo, hi](std::string& text) -> std::string {
    const std::string shown = terminal_value(text, kShownValueBytes);
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, ec] = std::from_chars(text.data(), end, value);
    if (ec == std::errc::invalid_argument || stop != end)
      return msg(run_lang(), Msg::kErrNotWholeNumber, fmt::arg("value", shown));
    if (ec == std::errc::result_out_of_range || value < lo || value > hi) {
      return msg(run_lang(), Msg::kErrOutOfRange, fmt::arg("value", shown), fmt::arg("lo", lo),
                 fmt::arg("hi", hi));
    }
    return "";
  };
  return CLI::Validator(check, "");  // no description: help and messages keep the plain type name
}

namespace detail {
CLI::Validator names_only(CLI::Validator transformer, std::vector<std::string> names) {
  std::string set = "{";
  for (const auto& name : names) set += (set.size() > 1 ? "," : "") + name;
  set += '}';
  auto convert = [transformer = std::move(transformer), names = std::move(names), set](std::string& input) {
    if (std::find(names.begin(), names.end(), input) == names.end()) return input + " not in " + set;
    return transformer(input);
  };
  return CLI::Validator(convert, set);
}
}  // namespace detail

const Choices<Lang>& lang_choices() {
  static const Choices<Lang> choices{{"zh", Lang::kZh}, {"en", Lang::kEn}};
  return choices;
}

void add_lang_option(CLI::App& sub, std::optional<Lang>& lang) {
  sub.add_option_function<Lang>(
         "--lang", [&lang](const Lang& chosen) { lang = chosen; }, text(Msg::kHelpLang))
      ->transform(choice_of(lang_choices()))
      ->type_name("zh|en");
}

void add_common_options(CLI::App& sub, CommonOptions& options) {
  sub.add_option("--data", options.data_dir, text(Msg::kHelpData))
      ->envname("ACCT_ADVISOR_DATA")
      ->type_name("DIR");
  add_lang_option(sub, options.lang);
  sub.add_option_function<std::size_t>(
         "--width", [](const std::size_t& columns) { force_width(columns); }, text(Msg::kHelpWidth))
      ->type_name("N")
      ->check(whole_number(1, static_cast<std::int64_t>(kWidest)));
  sub.add_flag_callback(
      "--ascii", [] { force_ascii(); }, text(Msg::kHelpAscii));
}

std::unique_ptr<DataSource> open_data(const CommonOptions& options) {
  // The run's language goes with the data: every problem in a data file is worded in it.
  const Lang lang = resolve_lang(options);
  if (options.data_dir.empty()) return embedded_data_source(lang);
  return directory_data_source(options.data_dir, lang);
}

Lang resolve_lang(const CommonOptions& options) {
  if (options.lang) return *options.lang;
  return lang_from_locale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
}

Lang lang_from_args(int argc, const char* const* argv) {
  CommonOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;  // what follows is not an option
    if (arg == "--lang" && i + 1 < argc && parse_lang(argv[i + 1])) options.lang = parse_lang(argv[i + 1]);
    if (arg.starts_with("--lang=") && parse_lang(arg.substr(7))) options.lang = parse_lang(arg.substr(7));
  }
  return resolve_lang(options);
}

void set_run_lang(Lang lang) {
  g_run_lang = lang;
}

Lang run_lang() {
  return g_run_lang;
}

std::string text(Msg id) {
  return std::string(msg(g_run_lang, id));
}

void set_command_line(int argc, const char* const* argv) {
  g_command_line.assign(argv, argv + argc);
}

const std::vector<std::string>& command_line() {
  return g_command_line;
}

std::string shell_word(const std::string& word) {
  // UTF-8 text is safe too, so `--industry 水果` reads as typed.
  const bool safe = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) != 0 ||
           std::string_view("_-./:=@%+,").find(c) != std::string_view::npos;
  });
  if (safe) return word;
  std::string out = "'";
  for (const char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

namespace {
std::size_t columns_of(int fd) {
  winsize ws{};
  if (::isatty(fd) == 0 || ::ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
  return ws.ws_col >= 1 && ws.ws_col <= kWidest ? ws.ws_col : 0;
}

// The controlling terminal, when stdout and stderr are both redirected but the user still sits
// at one (`acct-advisor table 2>&1 | less`). None for cron, CI and `setsid`.
std::size_t controlling_terminal_columns() {
  const int fd = ::open("/dev/tty", O_RDONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return 0;
  const std::size_t columns = columns_of(fd);
  ::close(fd);
  return columns;
}
}  // namespace

void force_width(std::size_t columns) {
  forced_width = columns;
}

SourceDate today() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    const std::string text = epoch;
    char* end = nullptr;
    errno = 0;
    const long long seconds = std::strtoll(text.c_str(), &end, 10);
    // Up to year 9999, so the date still has four digits.
    constexpr long long kLatest = 253402300799;
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || errno != 0 ||
        seconds > kLatest) {
      const std::string shown = terminal_value(text, kShownValueBytes);
      throw UsageError(msg(run_lang(), Msg::kErrSourceDateEpoch, fmt::arg("value", shown)));
    }
    now = static_cast<std::time_t>(seconds);
    gmtime_r(&now, &tm);
  } else {
    localtime_r(&now, &tm);
  }
  return SourceDate{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::size_t terminal_width() {
  const std::size_t width = requested_width();
  if (width >= kMinimumWidth) return width;
  static bool said = false;  // once per run, however many views ask
  if (!said) {
    said = true;
    print_warning(msg(run_lang(), Msg::kWidthBelowMinimum, fmt::arg("width", width),
                      fmt::arg("minimum", kMinimumWidth)));
  }
  return kMinimumWidth;
}

namespace {
std::size_t requested_width() {
  if (forced_width != 0) return forced_width;
  if (const char* columns = std::getenv("COLUMNS")) {
    char* end = nullptr;
    const long n = std::strtol(columns, &end, 10);
    if (end != columns && *end == '\0' && n >= 1 && n <= static_cast<long>(kWidest))
      return static_cast<std::size_t>(n);
  }
  // A shell does not export COLUMNS, so `acct-advisor table | cat` gets here with stdout a pipe:
  // the terminal is still on stderr, or at least the controlling one.
  for (const int fd : {STDOUT_FILENO, STDERR_FILENO})
    if (const std::size_t columns = columns_of(fd)) return columns;
  if (const std::size_t columns = controlling_terminal_columns()) return columns;
  return kDefaultWidth;
}
}  // namespace

void force_ascii() {
  forced_ascii = true;
}

bool use_box_drawing() {
  return !forced_ascii && locale_is_utf8(std::getenv("LC_ALL"), std::getenv("LC_CTYPE"), std::getenv("LANG"));
}

TableStyle table_style(const DocumentOutput& output) {
  return TableStyle{use_color(output), use_box_drawing()};
}

bool use_color() {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  // A dumb terminal (Emacs shell, some CI logs) shows escape sequences as garbage.
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

bool stdin_is_tty() {
  return ::isatty(STDIN_FILENO) != 0;
}

namespace {
[[noreturn]] void stdout_failed() {
  if (errno == EPIPE) throw StdoutClosed{};
  throw OutputError(
      msg(run_lang(), Msg::kErrStdoutWrite, fmt::arg("reason", open_error_reason(errno, run_lang()))));
}
}  // namespace

void write_out(std::string_view text) {
  if (text.empty()) return;
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) stdout_failed();
}

void flush_out() {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) stdout_failed();
}

namespace {
OutputTarget output_target(const std::string& path, const CommonOptions& common,
                           const std::string& rules_file) {
  OutputTarget target;
  target.path = path;
  if (!common.data_dir.empty()) {
    std::string dir = common.data_dir;
    if (dir.back() != '/') dir += '/';
    for (const char* name : {"features.json", "industries.json", "rules.json"})
      target.inputs.push_back(dir + name);
  }
  if (!rules_file.empty()) target.inputs.push_back(rules_file);
  target.write_stdout = write_out;
  target.lang = run_lang();
  return target;
}

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
}  // namespace

void write_output_file(const std::string& path, std::string_view contents, const CommonOptions& common,
                       const std::string& rules_file) {
  advisor::write_output_file(output_target(path, common, rules_file), contents);
}

bool DocumentOutput::bom_for_csv() const {
  if (bom) return *bom;
  if (path.size() < 4) return false;
  std::string ext = path.substr(path.size() - 4);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".csv";
}

void add_output_options(CLI::App& sub, DocumentOutput& output, bool csv) {
  const Lang lang = run_lang();
  sub.add_option("--output", output.path,
                 msg(lang, Msg::kOutputOptionOutput, fmt::arg("file", msg(lang, Msg::kHelpLabelFile)),
                     fmt::arg("stdout", "-")))
      ->type_name("FILE|-")
      ->check(CLI::Validator(
          [lang](const std::string& value) -> std::string {
            if (!value.empty()) return "";
            return msg(lang, Msg::kOutputEmptyName, fmt::arg("output", "--output"), fmt::arg("stdout", "-"));
          },
          ""));
  if (!csv) return;
  sub.add_flag_function(
      "--bom", [&output](std::int64_t) { output.bom = true; },
      msg(lang, Msg::kOutputOptionBom, fmt::arg("output", "--output"), fmt::arg("ext", ".csv")));
  sub.add_flag_function(
      "--no-bom", [&output](std::int64_t) { output.bom = false; },
      msg(lang, Msg::kOutputOptionNoBom, fmt::arg("ext", ".csv")));
}

bool use_color(const DocumentOutput& output) {
  return output.to_stdout() && use_color();
}

void check_bom_applies(const DocumentOutput& output, bool csv, Lang lang) {
  if (!csv && output.bom == true)
    throw UsageError(
        msg(lang, Msg::kOutputBomNotCsv, fmt::arg("bom", "--bom"), fmt::arg("format", "--format csv")));
}

void write_document(const DocumentOutput& output, std::string_view text, const CommonOptions& common,
                    bool csv, const std::string& rules_file, const std::vector<std::string>& inputs) {
  check_bom_applies(output, csv, resolve_lang(common));
  OutputTarget target = output_target(output.path, common, rules_file);
  target.inputs.insert(target.inputs.end(), inputs.begin(), inputs.end());
  if (csv && output.bom_for_csv()) {
    std::string with_bom(kUtf8Bom);
    with_bom += text;
    advisor::write_output_file(target, with_bom);
    return;
  }
  advisor::write_output_file(target, text);
}

std::unique_ptr<OutputFile> open_document(const DocumentOutput& output, const CommonOptions& common,
                                          const std::string& rules_file,
                                          const std::vector<std::string>& inputs) {
  OutputTarget target = output_target(output.path, common, rules_file);
  target.inputs.insert(target.inputs.end(), inputs.begin(), inputs.end());
  return std::make_unique<OutputFile>(target);
}

namespace {
// auto is no encoding of its own: the option's variable leaves it unset.
enum class InputEncoding { kUtf8, kGb18030, kAuto };
}  // namespace

void add_input_encoding_option(CLI::App& sub, std::optional<TextEncoding>& encoding) {
  static const Choices<InputEncoding> choices{
      {"utf-8", InputEncoding::kUtf8}, {"gb18030", InputEncoding::kGb18030}, {"auto", InputEncoding::kAuto}};
  auto set = [&encoding](const InputEncoding& chosen) {
    if (chosen == InputEncoding::kAuto)
      encoding.reset();
    else
      encoding = chosen == InputEncoding::kUtf8 ? TextEncoding::kUtf8 : TextEncoding::kGb18030;
  };
  sub.add_option_function<InputEncoding>(
         "--input-encoding", set,
         msg(run_lang(), Msg::kOutputOptionInputEncoding, fmt::arg("utf8", "utf-8"),
             fmt::arg("gb18030", "gb18030"), fmt::arg("auto", "auto")))
      ->transform(choice_of(choices))
      ->type_name("utf-8|gb18030|auto");
}

void note_read_as_gb18030(const std::string& input, Lang lang) {
  const std::string shown = input == "-" ? std::string(msg(lang, Msg::kOutputStandardInput)) : input;
  print_note(msg(lang, Msg::kOutputReadAsGb18030, fmt::arg("input", shown),
                 fmt::arg("option", "--input-encoding gb18030|utf-8")));
}

std::string invalid_utf8_hint(Lang lang) {
  return msg(lang, Msg::kOutputInvalidUtf8Hint, fmt::arg("option", "--input-encoding gb18030"));
}

}  // namespace advisor::cli
