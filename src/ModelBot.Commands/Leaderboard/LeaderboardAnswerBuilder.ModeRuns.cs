using System.Text;
using ModelBot.Commands.Building;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Leaderboard;

/// <summary>
/// How a leaderboard's special-mode runs (Contemplating, Deep Think) are told: ranked apart from the standard runs,
/// set against them only in words, and flagged where two articles may label one run in two settings.
/// </summary>
public sealed partial class LeaderboardAnswerBuilder
{
    /// <summary>What a headline adds after a special-mode run that may be one run another article labels in another setting.</summary>
    private const string PossibleConflictFlag = " (possible conflict, see notes)";

    /// <summary>"Contemplating-mode runs, ranked apart from standard runs: with tools — **Muse Spark (Contemplating)** 50.4%; all 3 standard runs (with tools) score higher."</summary>
    private static string ModeRunsFirst(LeaderboardReport report, string mode, List<LeaderboardSection> modeRuns)
    {
        var text = new StringBuilder(200);
        text.Append(mode).Append("-mode runs, ranked apart from standard runs: ");
        AppendModeRunList(report, modeRuns, text, againstStandardRuns: true);
        return text.Append('.').ToString();
    }

    /// <summary>
    /// " Special-mode runs, ranked apart: Muse Spark (Contemplating) 50.2% (no tools) …": named, never set against the
    /// standard runs; a run that may be the same as one another article labels in another setting says so.
    /// </summary>
    private static void AppendModeRuns(LeaderboardReport report, List<LeaderboardSection> modeRuns, StringBuilder text)
    {
        text.Append(" Special-mode runs, ranked apart: ");
        AppendModeRunList(report, modeRuns, text, againstStandardRuns: false);
        text.Append('.');
    }

    /// <summary>
    /// "no tools — **A** 50.2%, **B** 48.4%; with tools — **A** 50.4%": each section's runs after its setting; with
    /// <paramref name="againstStandardRuns"/> a lone run is also set against its setting's standard runs.
    /// </summary>
    private static void AppendModeRunList(LeaderboardReport report, List<LeaderboardSection> modeRuns, StringBuilder text, bool againstStandardRuns)
    {
        for (var s = 0; s < modeRuns.Count; s++)
        {
            var section = modeRuns[s];
            text.Append(s == 0 ? "" : "; ");
            if (!FigureText.IsDefaultSetting(section.Setting))
            {
                text.Append(section.Setting).Append(" — ");
            }

            for (var e = 0; e < section.Entries.Count; e++)
            {
                var entry = section.Entries[e];
                text.Append(e == 0 ? "" : ", ").Append("**").Append(entry.Label).Append("** ").Append(FigureValueText.Of(entry.Figure, report.Benchmark.Unit));
                if (PossiblySameRun(report, section, entry) is not null)
                {
                    text.Append(PossibleConflictFlag);
                }
            }

            if (againstStandardRuns && section.Entries.Count == 1)
            {
                text.Append(AgainstStandardRuns(report, section, section.Entries[0]));
            }
        }
    }

    /// <summary>
    /// "; all 3 standard runs with tools score higher": where a special-mode figure falls against the standard runs of
    /// its setting, said without ranking it among them. Empty when the setting has no standard runs.
    /// </summary>
    private static string AgainstStandardRuns(LeaderboardReport report, LeaderboardSection modeSection, LeaderboardEntry entry)
    {
        var standard = report.Sections.FirstOrDefault(s => !s.ModeRuns && string.Equals(s.Setting, modeSection.Setting, StringComparison.OrdinalIgnoreCase));
        if (standard is null || standard.Entries.Count == 0)
        {
            return "";
        }

        var lowerIsBetter = report.Benchmark.Direction == Direction.LowerIsBetter;
        var better = standard.Entries.Count(e => lowerIsBetter ? e.Figure.Value < entry.Figure.Value : e.Figure.Value > entry.Figure.Value);
        var runs = standard.Entries.Count == 1 ? "standard run" : "standard runs";
        var where = FigureText.IsDefaultSetting(standard.Setting) ? "" : " (" + standard.Setting + ")";
        return better == standard.Entries.Count ? (standard.Entries.Count == 1 ? $"; the one {runs}{where} scores higher" : $"; all {standard.Entries.Count} {runs}{where} score higher")
            : better == 0 ? $"; above every standard run{where}"
            : $"; {better} of the {standard.Entries.Count} {runs}{where} score higher";
    }

    /// <summary>
    /// Whether the headline names the special-mode runs: always for a whole board; for a question about one model
    /// ("Opus 4.6's HLE score") only when that model has such a run, since the others are not what was asked.
    /// </summary>
    private static bool ModeRunsFor(LeaderboardReport report, Model? focus) =>
        focus is null || report.Sections.Any(s => s.ModeRuns && s.Entries.Any(e => e.Model.Id == focus.Id));

    /// <summary>The note that flags two figures that may be one run labelled in two settings.</summary>
    private static string PossibleConflict(Benchmark benchmark, LeaderboardSection section, LeaderboardEntry entry, LeaderboardSection otherSection, LeaderboardEntry other, SourceNumbering sources) =>
        $"Possible conflict: {benchmark.Name}, {entry.Label}: {FigureValueText.Of(entry.Figure, benchmark.Unit)} labelled '{section.Setting}' "
        + $"(source {string.Join(", ", sources.Numbers(entry.Figures))}) and {FigureValueText.Of(other.Figure, benchmark.Unit)} labelled '{otherSection.Setting}' "
        + $"(source {string.Join(", ", sources.Numbers(other.Figures))}); no article gives both, so they may be one run labelled differently.";


    /// <summary>
    /// The other figure for the same model, benchmark and mode that another article gives in another setting, when no
    /// article gives both (HLE: one article's "No Tools (Contemplating) 50.2", Meta's table's "With Tools
    /// (Contemplating) 50.4"): the two may be one run labelled differently. Null when there is none.
    /// </summary>
    internal static (LeaderboardSection Section, LeaderboardEntry Entry)? PossiblySameRun(LeaderboardReport report, LeaderboardSection section, LeaderboardEntry entry)
    {
        foreach (var other in report.Sections)
        {
            if (!other.ModeRuns || ReferenceEquals(other, section) || string.Equals(other.Setting, section.Setting, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var candidate in other.Entries)
            {
                if (candidate.Model.Id != entry.Model.Id || !string.Equals(candidate.Mode, entry.Mode, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var shared = candidate.Figures.Any(c => entry.Figures.Any(e => e.Source == c.Source));
                if (!shared)
                {
                    return (other, candidate);
                }
            }
        }

        return null;
    }
}
