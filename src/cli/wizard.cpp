#include "wizard.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <poll.h>
#include <unistd.h>

#include <fmt/format.h>

#include "acct_advisor/error.hpp"
#include "acct_advisor/messages.hpp"
#include "acct_advisor/render/text_layout.hpp"
#include "acct_advisor/terminal_text.hpp"
#include "cli_support.hpp"

namespace advisor::cli {
namespace {

// An answer longer than this is not an answer; the rest of the line is dropped.
constexpr std::size_t kMaxAnswerBytes = 1000;

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void on_interrupt(int /*signal*/) {
  g_interrupted = 1;
}

// While a question waits, Ctrl-C must end the wizard through the normal error path (exit 2,
// one line), not kill the process mid-line. Without SA_RESTART the pending read() returns EINTR.
class InterruptGuard {
 public:
  InterruptGuard() {
    g_interrupted = 0;
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &previous_);
  }
  ~InterruptGuard() { ::sigaction(SIGINT, &previous_, nullptr); }
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

 private:
  struct sigaction previous_ {};
};

void say(const std::string& text) {
  std::fflush(stdout);
  std::fputs(text.c_str(), stderr);
  std::fflush(stderr);
}

[[noreturn]] void cancel(std::string_view flag, bool interrupted) {
  say("\n");
  throw UsageError(msg(run_lang(), interrupted ? Msg::kWizardInterrupted : Msg::kWizardInputEnded,
                       fmt::arg("flag", flag)));
}

// Reads one line from the terminal, byte by byte so nothing past the newline is consumed.
std::string read_answer(std::string_view flag) {
  std::string line;
  for (;;) {
    // Ctrl-C may arrive just before read() starts, and then read() would not return EINTR: wait
    // in short polls that look at the flag, so an interrupt is never missed.
    if (g_interrupted != 0) cancel(flag, true);
    pollfd waiting{STDIN_FILENO, POLLIN, 0};
    if (::poll(&waiting, 1, 100) == 0) continue;
    if (g_interrupted != 0) cancel(flag, true);
    char c = 0;
    const ssize_t n = ::read(STDIN_FILENO, &c, 1);
    if (n == 1) {
      if (c == '\n') break;
      if (line.size() < kMaxAnswerBytes) line += c;
      continue;
    }
    if (n == 0) {
      if (line.empty()) cancel(flag, false);
      break;  // Ctrl-D after some text: take what was typed
    }
    if (errno == EINTR && g_interrupted == 0) continue;
    cancel(flag, g_interrupted != 0);
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  const auto first = line.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return line.substr(first, line.find_last_not_of(" \t") - first + 1);
}

// Asks until `accept` returns an answer; `accept` throws UsageError to explain a bad one.
// Questions wrap at the terminal's width; menu lines (indented) are laid out already.
std::string wrap_question(const std::string& question) {
  std::string out;
  std::size_t start = 0;
  while (start < question.size()) {
    std::size_t end = question.find('\n', start);
    if (end == std::string::npos) end = question.size();
    const std::string line = question.substr(start, end - start);
    if (line.rfind("  ", 0) == 0) {
      out += line + "\n";
    } else {
      for (const std::string& part : wrap(line, terminal_width() - 1)) out += part + "\n";
    }
    start = end + 1;
  }
  return out;
}

// Asks until `accept` returns an answer; `accept` throws UsageError to explain a bad one. After
// a bad answer only the prompt is repeated: the question is still on the screen above it.
template <typename Accept>
std::string ask(const std::string& question, std::string_view flag, Lang lang, Accept accept) {
  say(wrap_question(question));
  for (;;) {
    say("> ");
    const std::string answer = read_answer(flag);
    if (answer.empty()) {
      say(std::string(msg(lang, Msg::kWizardEmpty)));
      continue;
    }
    try {
      return accept(answer);
    } catch (const UsageError& e) {
      say(msg(lang, Msg::kWizardNotUnderstood, fmt::arg("reason", terminal_value(e.what(), kNoLengthCap))));
    }
  }
}

std::optional<std::size_t> as_choice(const std::string& answer, std::size_t count) {
  if (answer.empty() || answer.size() > 3 ||
      !std::all_of(answer.begin(), answer.end(), [](unsigned char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const std::size_t n = std::stoul(answer);
  if (n < 1 || n > count) return std::nullopt;
  return n - 1;
}

std::string ask_users(Lang lang) {
  const std::string question(msg(lang, Msg::kWizardUsersQuestion));
  return ask(question, "--users", lang, [lang](const std::string& answer) {
    // The core's reason, in the run's language, naming what the question asked for.
    parse_users(answer, msg(lang, Msg::kWizardUsersField), lang);
    return answer;
  });
}

std::string barrier_label(Barrier barrier, Lang lang) {
  return std::string(msg(lang, barrier == Barrier::kLow ? Msg::kWizardBarrierLow : Msg::kWizardBarrierHigh));
}

// The known industries as a numbered grid, numbered down the columns as people read a list, in
// as many columns as fit the terminal (each as wide as its widest cell, as ls does).
std::string industry_menu(const IndustryCatalog& catalog, Lang lang) {
  std::vector<std::string> cells;
  const auto& industries = catalog.industries();
  for (std::size_t i = 0; i < industries.size(); ++i) {
    cells.push_back(fmt::format("{:>2}. {}{}", i + 1, industries[i].name.in(lang),
                                barrier_label(industries[i].barrier, lang)));
  }
  constexpr std::size_t kIndent = 2, kGap = 3;
  const std::size_t width = terminal_width() - 1;
  std::size_t rows = cells.size();
  std::vector<std::size_t> widths;
  for (std::size_t columns = std::min<std::size_t>(cells.size(), 6); columns >= 1; --columns) {
    const std::size_t r = (cells.size() + columns - 1) / columns;
    std::vector<std::size_t> w((cells.size() + r - 1) / r, 0);
    for (std::size_t i = 0; i < cells.size(); ++i) w[i / r] = std::max(w[i / r], display_width(cells[i]));
    std::size_t total = kIndent;
    for (const std::size_t cw : w) total += cw + kGap;
    if (total - kGap <= width || columns == 1) {
      rows = r;
      widths = std::move(w);
      break;
    }
  }
  std::string menu;
  for (std::size_t r = 0; r < rows; ++r) {
    std::string line(kIndent, ' ');
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const std::size_t i = c * rows + r;
      if (i >= cells.size()) break;
      const bool last = c + 1 == widths.size() || i + rows >= cells.size();
      line += last ? cells[i] : pad_right(cells[i], widths[c] + kGap);
    }
    menu += line + "\n";
  }
  return menu;
}

// Returns the industry's id, or "barrier:low|high" when the user named a barrier instead.
std::string ask_industry(const IndustryCatalog& catalog, Lang lang) {
  const std::string question =
      msg(lang, Msg::kWizardIndustryQuestion, fmt::arg("low", barrier_id(Barrier::kLow)),
          fmt::arg("high", barrier_id(Barrier::kHigh))) +
      industry_menu(catalog, lang);
  const auto& industries = catalog.industries();
  return ask(
      question, "--industry", lang, [&catalog, &industries, lang](const std::string& answer) -> std::string {
        if (const auto choice = as_choice(answer, industries.size())) return industries[*choice].id;
        if (const Industry* industry = catalog.find(answer)) return industry->id;
        if (const auto barrier = parse_barrier_answer(answer))
          return "barrier:" + std::string(barrier_id(*barrier));
        // A number is a menu choice out of range: say the range, not a name it resembles.
        if (std::all_of(answer.begin(), answer.end(), [](unsigned char c) { return c >= '0' && c <= '9'; })) {
          throw UsageError(msg(lang, Msg::kWizardBadChoice,
                               fmt::arg("answer", terminal_value(answer, kShownValueBytes)),
                               fmt::arg("count", industries.size())));
        }
        const auto close = catalog.suggestions(answer, 1);
        std::string text = msg(lang, Msg::kWizardNotAnIndustry,
                               fmt::arg("answer", terminal_value(answer, kShownValueBytes)));
        if (!close.empty()) {
          // As the flag's error names it: in Chinese by its Chinese name, with the id.
          const Industry& best = industries[close.front()];
          text += msg(lang, Msg::kWizardDidYouMean,
                      fmt::arg("name", msg(lang, Msg::kInputIndustryChoice, fmt::arg("id", best.id),
                                           fmt::arg("name", best.name.in(lang)))));
        }
        throw UsageError(text);
      });
}

std::string ask_adding(Lang lang) {
  const std::string_view active = adding_id(Adding::kActive), passive = adding_id(Adding::kPassive);
  const std::string question =
      msg(lang, Msg::kWizardAddingQuestion, fmt::arg("active", active), fmt::arg("passive", passive));
  return ask(question, "--adding", lang, [lang, active, passive](const std::string& answer) -> std::string {
    if (answer == "1") return "active";
    if (answer == "2") return "passive";
    if (parse_adding(answer)) return answer;
    if (answer == "主动" || answer == "主动添加") return "active";
    if (answer == "被动" || answer == "被动添加") return "passive";
    throw UsageError(msg(lang, Msg::kWizardBadAdding,
                         fmt::arg("answer", terminal_value(answer, kShownValueBytes)),
                         fmt::arg("active", active), fmt::arg("passive", passive)));
  });
}

// Asked only after a bare barrier: a listed industry carries its own regulation.
std::string ask_regulated(Lang lang) {
  const std::string question(msg(lang, Msg::kWizardRegulatedQuestion));
  return ask(question, "--regulated", lang, [lang](const std::string& answer) -> std::string {
    if (answer == "1" || answer == "yes" || answer == "y" || answer == "是") return "true";
    if (answer == "2" || answer == "no" || answer == "n" || answer == "否") return "false";
    throw UsageError(
        msg(lang, Msg::kWizardBadRegulated, fmt::arg("answer", terminal_value(answer, kShownValueBytes))));
  });
}

// The command that gives the same answers without questions: the command line as typed, with a
// flag for each answer given at the questions.
std::string same_without_questions(const ProfileInput& before, const ProfileInput& after) {
  std::string out = "acct-advisor";
  const auto& words = command_line();
  for (std::size_t i = 1; i < words.size(); ++i) out += " " + shell_word(words[i]);
  auto add = [&out](std::string_view flag, const std::string& was, const std::string& is) {
    if (was.empty() && !is.empty()) out += " " + std::string(flag) + " " + shell_word(is);
  };
  add("--users", before.users, after.users);
  add("--industry", before.industry, after.industry);
  add("--barrier", before.barrier, after.barrier);
  if (before.regulated.empty() && after.regulated == "true") out += " --regulated";
  add("--adding", before.adding, after.adding);
  return out;
}

}  // namespace

bool has_missing_answers(const ProfileInput& input, WizardScope scope) {
  return input.users.empty() || input.adding.empty() ||
         (scope.industry && input.industry.empty() && input.barrier.empty());
}

void check_given_answers(const ProfileInput& input, const IndustryCatalog& catalog, WizardScope scope) {
  // What resolve_profile will say about the given answers, said now: the missing ones filled
  // with any valid answer, so only a given one can fail.
  ProfileInput probe = input;
  if (probe.users.empty()) probe.users = "1";
  if (probe.adding.empty()) probe.adding = std::string(adding_id(Adding::kActive));
  if (!scope.industry) {
    probe.industry.clear();
    probe.barrier = std::string(barrier_id(Barrier::kLow));
    probe.regulated.clear();
  } else if (probe.industry.empty() && probe.barrier.empty()) {
    probe.barrier = std::string(barrier_id(Barrier::kLow));
  }
  (void)resolve_profile(probe, catalog);
}

void ask_missing_answers(ProfileInput& input, const IndustryCatalog& catalog, Lang lang, WizardScope scope) {
  const InterruptGuard guard;
  const ProfileInput given = input;
  say(std::string(msg(lang, Msg::kWizardIntro)));
  if (input.users.empty()) {
    input.users = ask_users(lang);
    say("\n");
  }
  if (scope.industry && input.industry.empty() && input.barrier.empty()) {
    const std::string answer = ask_industry(catalog, lang);
    say("\n");
    if (answer.rfind("barrier:", 0) == 0) {
      input.barrier = answer.substr(8);
      if (input.regulated.empty()) {
        input.regulated = ask_regulated(lang);
        say("\n");
      }
    } else {
      input.industry = answer;
    }
  }
  if (input.adding.empty()) {
    input.adding = ask_adding(lang);
    say("\n");
  }
  say(msg(lang, Msg::kWizardEquivalent, fmt::arg("command", same_without_questions(given, input))));
}

Profile profile_from_answers(ProfileInput& input, const IndustryCatalog& catalog, Lang lang) {
  if (stdin_is_tty() && has_missing_answers(input, WizardScope{})) {
    check_given_answers(input, catalog, WizardScope{});
    ask_missing_answers(input, catalog, lang, WizardScope{});
  }
  return resolve_profile(input, catalog, "--", lang);
}

}  // namespace advisor::cli
