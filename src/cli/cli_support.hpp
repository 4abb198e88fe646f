#pragma once
// What every subcommand shares: the data source (--data / ACCT_ADVISOR_DATA), the language
// (--lang / locale), terminal facts, and output that fails loudly when it cannot be written.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "acct_advisor/data_source.hpp"
#include "acct_advisor/feature_table.hpp"
#include "acct_advisor/lang.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/output_file.hpp"
#include "acct_advisor/render/text_layout.hpp"
#include "acct_advisor/text_encoding.hpp"

namespace advisor::cli {

struct CommonOptions {
  std::string data_dir;      ///< empty: the data built into the binary
  std::optional<Lang> lang;  ///< unset: from the locale
};

/// Checks a whole-number flag as typed, before CLI11 converts it: CLI11 turns a number too big
/// for 64 bits into INT64_MAX, and the message would then show a number nobody typed.
CLI::Validator whole_number(std::int64_t lo, std::int64_t hi);

/// The names an option with fixed values accepts, each with the value it stands for (one map per
/// option: the order is the order help lists them in).
template <typename E>
using Choices = std::vector<std::pair<std::string, E>>;

namespace detail {
// Wraps a CheckedTransformer so that only the names are accepted (it would also take the
// enum's underlying numbers, "--format 2"), described "{a,b}" as help and completion read it,
// and refusing with IsMember's "X not in {a,b}", which parse_errors words in the catalogue.
CLI::Validator names_only(CLI::Validator transformer, std::vector<std::string> names);
}  // namespace detail

/// The validator of an option with fixed values, given with ->transform(): CLI11's
/// CheckedTransformer turns the name typed into its value, so the option's variable is the enum
/// itself and no command maps strings by hand.
template <typename E>
CLI::Validator choice_of(const Choices<E>& choices) {
  std::vector<std::string> names;
  names.reserve(choices.size());
  for (const auto& choice : choices) names.push_back(choice.first);
  return detail::names_only(CLI::CheckedTransformer(choices), std::move(names));
}

/// The name `value` is typed as (for messages that quote the option back).
template <typename E>
std::string choice_name(const Choices<E>& choices, E value) {
  for (const auto& [name, v] : choices)
    if (v == value) return name;
  return "";
}

/// --lang's values.
const Choices<Lang>& lang_choices();

/// Adds --lang to a subcommand: every command takes it, for its help and messages (the run's
/// language is read from the arguments before parsing; this stores the choice for the command).
void add_lang_option(CLI::App& sub, std::optional<Lang>& lang);

/// Adds --data, --lang, --width and --ascii to a subcommand.
void add_common_options(CLI::App& sub, CommonOptions& options);

std::unique_ptr<DataSource> open_data(const CommonOptions& options);
Lang resolve_lang(const CommonOptions& options);

/// The language of the whole run, known before the command line is parsed: the last --lang
/// (as `--lang zh` or `--lang=zh`) in argv, else the locale. --help text, CLI11's parse errors
/// and the errors of src/cli need it before (or without) a parsed CommonOptions.
Lang lang_from_args(int argc, const char* const* argv);
void set_run_lang(Lang lang);
Lang run_lang();
/// A message of the catalogue in the run's language, placeholders unfilled (help text).
std::string text(Msg id);

/// The command line as typed (set once by main), for the wizard's closing "same without
/// questions" line.
void set_command_line(int argc, const char* const* argv);
const std::vector<std::string>& command_line();
/// A word as a POSIX shell reads it back: as is when it holds only safe characters, else in
/// single quotes (a quote inside written '\'').
std::string shell_word(const std::string& word);

/// Today: SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC, as reproducible-build tools set it)
/// when set, so a run can be repeated (validate --max-age, the report's date); otherwise the
/// local date. Throws UsageError for a SOURCE_DATE_EPOCH that is not whole seconds.
SourceDate today();

/// The narrowest width text is laid out for (documented in --help, README and the man page):
/// narrower, a table or a wrapped sentence has no room for its words.
inline constexpr std::size_t kMinimumWidth = 40;

/// Width to lay text out for: --width N, else COLUMNS, else the terminal on stdout or stderr,
/// else the controlling terminal (/dev/tty), else 80. Below kMinimumWidth, kMinimumWidth, and
/// a warning on stderr (once per run) says so.
std::size_t terminal_width();
/// Set by --width N: terminal_width() returns it from then on. One value for the whole run, as
/// the terminal's is, so every command and the questions asked at a terminal agree.
void force_width(std::size_t columns);
/// Set by --ascii: tables drawn with +-| from then on, whatever the locale.
void force_ascii();
/// Box-drawing table lines when the output locale is UTF-8 (LC_ALL, else LC_CTYPE, else LANG)
/// and --ascii was not given.
bool use_box_drawing();
/// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is
/// dumb.
bool use_color();
bool stdin_is_tty();

/// Thrown by write_out and flush_out when the reader of stdout has gone (EPIPE, as in
/// `acct-advisor table | head -1`). Not an error: main ends the run quietly. Deliberately not
/// a std::exception, so no error handler catches it by accident.
struct StdoutClosed {};

/// Writes to stdout; throws OutputError if the write fails (e.g. disk full), StdoutClosed if
/// the pipe's reader has gone.
void write_out(std::string_view text);
/// Flushes stdout; throws as write_out. Called once before exit.
void flush_out();

/// Writes an output file the one safe way (see acct_advisor/output_file.hpp): "-" is stdout, a
/// regular file is replaced atomically keeping its mode, a symlink's target is written, a FIFO
/// or device is written in place, and the run's own data and rules files are refused. Throws
/// OutputError (exit 4).
void write_output_file(const std::string& path, std::string_view contents, const CommonOptions& common,
                       const std::string& rules_file = "");

/// Where a command's document goes: --output FILE ("-", the default, is standard output), and
/// for CSV whether it starts with a UTF-8 byte order mark.
struct DocumentOutput {
  std::string path = "-";
  std::optional<bool> bom;  ///< --bom / --no-bom; unset: on for a file named *.csv
  bool to_stdout() const { return path == "-"; }
  /// Whether CSV output starts with a BOM: as asked, else only in a .csv file (Excel opens a
  /// BOM-less .csv as the system's ANSI code page and shows Chinese as mojibake, while a pipe's
  /// reader, a program, would take the BOM for part of the first column's name).
  bool bom_for_csv() const;
};

/// Adds --output FILE to a command that prints a document; with csv, also --bom and --no-bom.
void add_output_options(CLI::App& sub, DocumentOutput& output, bool csv = false);

/// Colour only on a terminal: never in a file, whatever stdout is.
bool use_color(const DocumentOutput& output);
/// How tables are drawn where `output` goes: colour (stdout only) and box-drawing lines as above.
TableStyle table_style(const DocumentOutput& output);

/// Writes a whole document where --output says, through the one safe writer (write_output_file
/// below). csv: the document is CSV, so the BOM rule applies; --bom on anything else is refused
/// (exit 2). inputs: files the run reads besides the data and rules, which it must not replace.
void write_document(const DocumentOutput& output, std::string_view text, const CommonOptions& common,
                    bool csv = false, const std::string& rules_file = "",
                    const std::vector<std::string>& inputs = {});

/// The same, for a document written piece by piece (batch): opened now, written as it comes,
/// and put in place by commit(). The BOM, if any, is the caller's to write.
std::unique_ptr<OutputFile> open_document(const DocumentOutput& output, const CommonOptions& common,
                                          const std::string& rules_file,
                                          const std::vector<std::string>& inputs);

/// Throws UsageError when --bom is given for output that is not CSV.
void check_bom_applies(const DocumentOutput& output, bool csv, Lang lang);

/// --input-encoding utf-8|gb18030|auto, for commands that read profile files: unset for auto.
void add_input_encoding_option(CLI::App& sub, std::optional<TextEncoding>& encoding);
/// Says on stderr, once per input, that it was read as GB18030.
void note_read_as_gb18030(const std::string& input, Lang lang);
/// The hint added to the first record with invalid UTF-8: how to name GB18030.
std::string invalid_utf8_hint(Lang lang);

}  // namespace advisor::cli
