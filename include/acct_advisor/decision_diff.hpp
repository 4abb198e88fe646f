#pragma once
// `diff`: the decisions two data sets (two rules files, or two data directories) give, side by
// side, so a rules change can be reviewed by what it changes and gated on changing nothing.
// Over a profile file, every record; by default over a grid that covers the whole space:
// customer counts on a log scale from 1 to 100,000,000, for every industry both data sets know
// and for each bare barrier, with both adding modes. For the grid, the exact counts where each
// answer flips are compared too, so a change that moves a flip point between two grid counts
// is still seen.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "acct_advisor/check_records.hpp"
#include "acct_advisor/data_set.hpp"
#include "acct_advisor/engine.hpp"
#include "acct_advisor/sweep.hpp"

namespace advisor {

/// One side of the comparison: its data (with its rules) and an engine over it.
struct DiffSide {
  const DataSet& data;
  const Engine& engine;
};

/// The grid's customer counts: 1 to kGridMaxUsers, kGridPointsPerDecade steps to each power of
/// ten (fewer distinct counts at the low end, where steps round to the same whole number).
/// Not WeCom or WeChat figures: the span of businesses the tool is asked about.
inline constexpr std::int64_t kGridMaxUsers = 100'000'000;
inline constexpr int kGridPointsPerDecade = 12;
/// The steps asked of the log scale: 8 decades of kGridPointsPerDecade, plus the end.
int grid_steps();

/// A decision that differs between the sides.
struct DecisionChange {
  std::size_t line = 0;  ///< Profile files: the record's line; 0 on the grid.
  std::string id;
  ProfileInput input;
  Account before = Account::kWecom;
  Account after = Account::kWecom;
  Scores before_scores;
  Scores after_scores;
};

/// A grid series (one industry or barrier, one adding mode) whose flip points differ.
struct FlipShift {
  ProfileInput series;                     ///< users empty: the series is every count.
  Account before_start = Account::kWecom;  ///< The answer at 1 customer, before.
  Account after_start = Account::kWecom;
  std::vector<SweepFlip> before;
  std::vector<SweepFlip> after;
};

struct DecisionDiff {
  bool grid = false;
  std::size_t series = 0;        ///< Grid: industries and barriers compared (each in both adding modes).
  std::size_t users_points = 0;  ///< Grid: distinct customer counts in each series.
  std::size_t compared = 0;      ///< Decisions compared on both sides.
  std::size_t to_wecom = 0;
  std::size_t to_personal = 0;
  std::vector<DecisionChange> changes;  ///< Profile files: every change. Grid: none (see flips).
  std::vector<FlipShift> flips;         ///< Grid only.
  std::vector<ProfileRecord> bad;       ///< Profile files: records either side could not score.
  std::vector<std::string> skipped;     ///< Grid: industry ids only one side knows.

  std::size_t changed() const { return to_wecom + to_personal; }
};

/// Compares the two sides over the built-in grid.
DecisionDiff diff_grid(const DiffSide& before, const DiffSide& after);

/// Compares the two sides over the records of a profile file (an `expect` field is allowed and
/// ignored). A record that cannot be read, or that either side cannot resolve, goes to `bad`.
DecisionDiff diff_records(const DiffSide& before, const DiffSide& after, const ProfileFile& file);

}  // namespace advisor
