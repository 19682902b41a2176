using System.Globalization;
using System.Text.RegularExpressions;
using ModelBot.Core.Dataset;
using ModelBot.Core.Queries;
using ModelBot.Core.Tests.Data;

namespace ModelBot.Core.Tests.Provenance;

/// <summary>
/// Whether a quoted passage occurs in its seed article and states the fact or figure it is quoted for. Each check
/// returns the problems found (empty when the passage holds), so the data tests can list every bad passage at once and
/// the unit tests can show that a bad passage is caught.
/// </summary>
/// <remarks>
/// A passage states a fact when it writes the value, or one of the written forms below: the synonym table is small and
/// explicit on purpose, and every entry is a wording an article uses. Words are matched whole ("open" does not match
/// "OpenAI"); hyphen variants (the non-breaking ‑ of "Open‑Source") and curly apostrophes are read as plain ones.
/// </remarks>
internal static partial class PassageEvidence
{
    /// <summary>The facts whose passage must tie them to the model: a vendor names the model; weights and licence may be the vendor's policy.</summary>
    private static readonly string[] SubjectFacts = ["vendor", "weights", "licence"];

    /// <summary>
    /// Families a passage may name instead of the model ("Google is strengthening Gemini" for Gemini 3.1 Pro's vendor).
    /// Reading a family's fact as the model's is an inference, so such a model's notes must say "Inferred".
    /// </summary>
    private static readonly Dictionary<string, string> Families = new(StringComparer.Ordinal)
    {
        ["gemini-3.1-pro"] = "Gemini",
        ["gemini-3-pro-deep-think"] = "Gemini",
        ["gemini-deep-think"] = "Gemini",
        ["claude-opus-4.6"] = "Claude",
        ["claude-sonnet-4.6"] = "Claude",
        ["llama-4"] = "Llama",
        ["llama-4-maverick"] = "Llama",
        ["qwen3.6-plus"] = "Qwen",
        ["gpt-5.3-codex"] = "Codex",
    };

    /// <summary>The articles' words for weights nobody outside the vendor can download.</summary>
    private static readonly string[] ClosedWeights =
        ["closed", "locked down", "proprietary", "not public", "no public weights", "no weights", "private", "aren't available", "not available for download"];

    /// <summary>The articles' words for downloadable weights ("open", "open-source", "open weights").</summary>
    private static readonly string[] OpenWeights = ["open"];

    /// <summary>"open" said of something else, or denied ("not open source", "no open license").</summary>
    private static readonly string[] NotOpen = ["not open", "no open", "never open"];

    /// <summary>How the articles word a licence the dataset names otherwise.</summary>
    private static readonly Dictionary<string, string[]> Licences = new(StringComparer.Ordinal)
    {
        ["proprietary"] = ["proprietary", "no open license", "no open licence"],
        ["custom Llama licence"] = ["custom license", "custom licence"],
    };

    /// <summary>
    /// Words that show a passage speaks to a prose fact (access, parameters, pricing): the value is the dataset's
    /// summary of what the cited articles say, so each cited article's passage must at least be about it, and every
    /// quotation in the summary must be in a passage (<see cref="QuotationProblems"/>).
    /// </summary>
    private static readonly Dictionary<string, string[]> ProseTopics = new(StringComparer.Ordinal)
    {
        ["access"] = ["API", "app", "preview", "available", "availability", "public", "local", "download", "log in", "login", "invitation-only", "OpenRouter"],
        ["parameters"] = ["parameter", "parameters"],
        ["pricing"] = ["free", "freely", "pricing", "price", "paywalling", "subscription", "pay", "fees"],
    };

    /// <summary>How the articles word a modality.</summary>
    private static readonly Dictionary<string, string[]> Modalities = new(StringComparer.Ordinal)
    {
        ["text"] = ["text"],
        ["image"] = ["image", "images"],
        ["audio"] = ["audio", "voice"],
    };

    /// <summary>Whether the passage occurs in the article, up to whitespace.</summary>
    public static bool OccursIn(string passage, string article) =>
        PassageText.NormaliseWhitespace(article).Contains(PassageText.NormaliseWhitespace(passage), StringComparison.Ordinal);

    /// <summary>
    /// The problems with one source's passages for one of a model's facts (a key of models.yaml, e.g. <c>vendor</c>):
    /// a passage not in the article, a fact the passages do not state, a vendor, weights or licence the passages do not
    /// tie to the model, a tie through the family or vendor that the notes do not call inferred.
    /// </summary>
    public static IReadOnlyList<string> FactProblems(Model model, string fact, string source, IReadOnlyList<string> passages, string article)
    {
        var problems = new List<string>();
        var where = $"{model.Id} {fact} ({source})";
        foreach (var passage in passages)
        {
            if (!OccursIn(passage, article))
            {
                problems.Add($"{where}: passage not in the article: «{passage}»");
            }
        }

        var (text, subject) = Statement(model, passages);
        var quoted = string.Join(" … ", passages.Select(p => $"«{p}»"));
        foreach (var forms in Forms(model, fact))
        {
            var states = fact switch
            {
                "vendor" => forms.Any(form => Says(text, form, caseSensitive: true)),
                "aliases" => forms.Any(form => SaysApartFrom(text, form, model.Name)),
                _ => forms.Any(form => Says(text, form, caseSensitive: false)),
            };
            if (!states)
            {
                problems.Add($"{where}: does not state {string.Join(" or ", forms.Select(f => $"'{f}'"))}: {quoted}");
            }
        }

        if (fact == "weights" && model.Weights == WeightsAvailability.Open
            && NotOpen.Concat(ClosedWeights).FirstOrDefault(form => Says(text, form, caseSensitive: false)) is { } denial)
        {
            problems.Add($"{where}: says '{denial}' of weights given as open: {quoted}");
        }

        if (SubjectFacts.Contains(fact))
        {
            var tie = Tie(model, fact, subject);
            if (tie is null)
            {
                problems.Add($"{where}: names neither {model.Name}, its aliases, {(Families.TryGetValue(model.Id, out var family) ? $"its family '{family}'" : "a family")}{(fact == "vendor" ? "" : " nor its vendor")}: {quoted}");
            }
            else if (tie.Inferred && model.Notes?.Contains("Inferred", StringComparison.Ordinal) != true)
            {
                problems.Add($"{where}: ties the fact to {model.Name} only through '{tie.Word}'; the model's notes must say it is inferred: {quoted}");
            }
        }

        return problems;
    }

    /// <summary>The problems with a result's passage: not in its article, or not writing the result's value.</summary>
    public static IReadOnlyList<string> ResultProblems(Result result, string article)
    {
        var problems = new List<string>();
        var where = $"{result.Source}: {result.Model} / {result.Benchmark} / {result.Setting} = {PassageText.Format(result.Value)}";
        if (!OccursIn(result.Passage, article))
        {
            problems.Add($"{where}: passage not in the article: «{result.Passage}»");
        }

        if (!PassageText.Numbers(result.Passage).Contains(result.Value))
        {
            problems.Add($"{where}: passage does not write {PassageText.Format(result.Value)}: «{result.Passage}»");
        }

        return problems;
    }

    /// <summary>
    /// The sources each stated fact of the model cites in answers (<see cref="ModelFacts.Get"/>) without a passage for
    /// that fact: answers must cite only articles whose passage states it.
    /// </summary>
    public static IReadOnlyList<string> CitationProblems(Model model, IReadOnlyList<Source> modelSources)
    {
        var problems = new List<string>();
        foreach (var field in Enum.GetValues<ModelField>().Where(f => f != ModelField.Notes))
        {
            if (ModelFacts.Get(model, field, modelSources) is not { } stated)
            {
                continue;
            }

            var key = ModelFacts.Key(field);
            var quoted = model.FactPassages.TryGetValue(key, out var passages) ? passages.Select(p => p.Source).ToHashSet(StringComparer.Ordinal) : [];
            problems.AddRange(stated.Sources
                .Where(source => !quoted.Contains(source.Id))
                .Select(source => $"{model.Id} {key} = {stated.Value}: cites {source.Id}, which has no passage for it"));
            if (stated.Sources.Count == 0)
            {
                problems.Add($"{model.Id} {key} = {stated.Value}: cites no source");
            }
        }

        return problems;
    }

    /// <summary>
    /// The quotations (“…”) in a prose fact's value (access, parameters, pricing, mode notes) that none of the fact's
    /// passages holds: a summary may quote only what its articles say.
    /// </summary>
    public static IReadOnlyList<string> QuotationProblems(Model model, string fact)
    {
        var value = fact switch
        {
            "access" => model.Access,
            "parameters" => model.Parameters,
            "pricing" => model.Pricing,
            "mode_notes" => string.Join(" ", model.ModeNotes.Values),
            _ => null,
        };
        if (string.IsNullOrEmpty(value))
        {
            return [];
        }

        var passages = model.FactPassages.TryGetValue(fact, out var quoted) ? string.Join(" … ", quoted.Select(p => p.Passage)) : "";
        return [.. Quotation().Matches(value)
            .Select(m => m.Groups[1].Value)
            .Where(quote => !Fold(passages).Contains(Fold(quote), StringComparison.OrdinalIgnoreCase))
            .Select(quote => $"{model.Id} {fact}: quotes “{quote}”, which none of its passages holds")];
    }

    /// <summary>
    /// The written forms of the fact's value: one list per part of the value (each mode, each modality, each alias),
    /// any one form of which the passages must write.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Forms(Model model, string fact) => fact switch
    {
        "vendor" => model.Vendor is null ? [] : [[model.Vendor]],
        "release_date" => model.ReleaseDate is not { } date ? []
            : model.ReleaseDayStated
                ? [[date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture), date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]]
                : [[date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)]],
        "weights" => model.Weights switch
        {
            WeightsAvailability.Closed => [ClosedWeights],
            WeightsAvailability.Open => [OpenWeights],
            _ => [],
        },
        "licence" => model.Licence is null ? []
            : [Licences.TryGetValue(model.Licence, out var wording) ? wording : [.. new[] { model.Licence, model.Licence.Replace("licence", "license", StringComparison.Ordinal) }.Distinct(StringComparer.Ordinal)]],
        "context_window" => model.ContextWindow is not { } tokens ? [] : [Numbers(tokens)],
        "input_modalities" => [.. model.InputModalities.Select(Modality)],
        "output_modalities" => [.. model.OutputModalities.Select(Modality)],
        "modes" => [.. model.Modes.Select(mode => (IReadOnlyList<string>)[mode])],
        "aliases" => [.. model.Aliases.Select(alias => (IReadOnlyList<string>)[alias])],
        "mode_notes" => model.ModeNotes.Count == 0 ? [] : [[.. model.ModeNotes.Keys]],     // each article describes at least one of the modes
        "access" => model.Access is null ? [] : [ProseTopics["access"]],
        "parameters" => model.Parameters is null ? [] : [ProseTopics["parameters"]],
        "pricing" => model.Pricing is null ? [] : [ProseTopics["pricing"]],
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "not a fact with passages"),
    };

    /// <summary>Whether the text writes the form as whole words (a number not inside a longer number).</summary>
    public static bool Says(string text, string form, bool caseSensitive) => Occurrences(text, form, caseSensitive).Any();

    /// <summary>
    /// Whether the text writes the alias somewhere other than inside the model's name: "Claude Opus 4.7" does not
    /// state an alias "Opus 4.7", while "Gemini 3.1 Pro Preview" states itself though it holds the name.
    /// </summary>
    public static bool SaysApartFrom(string text, string alias, string name)
    {
        var names = Occurrences(text, name, caseSensitive: true).ToList();
        return Occurrences(text, alias, caseSensitive: true)
            .Any(a => !names.Any(n => n.Index <= a.Index && a.Index + a.Length <= n.Index + n.Length));
    }

    private static IEnumerable<Match> Occurrences(string text, string form, bool caseSensitive) =>
        Regex.Matches(
            Fold(text),
            $@"(?<![\p{{L}}\p{{N}}]|\p{{N}}[.,]){Regex.Escape(Fold(form))}(?![\p{{L}}\p{{N}}]|[.,]\p{{N}})",
            caseSensitive ? RegexOptions.CultureInvariant : RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The text that states the fact and the text that must name the model. For a table quoted as its header row and
    /// data rows, the fact is in the model's column of the data rows (the header names the model); otherwise both are
    /// the passages themselves (a single table row is about the model it names).
    /// </summary>
    private static (string Text, string Subject) Statement(Model model, IReadOnlyList<string> passages)
    {
        var all = string.Join(" … ", passages);
        if (passages.Count < 2 || !passages.All(IsTableRow))
        {
            return (all, all);
        }

        var header = Cells(passages[0]);
        var column = Array.FindIndex(header, cell => Names(model).Any(name => Says(cell, name, caseSensitive: true)));
        if (column < 0)
        {
            return ("", "");
        }

        var cells = passages.Skip(1).Select(Cells).Where(row => row.Length > column).Select(row => row[column]);
        return (string.Join(" … ", cells), header[column]);
    }

    /// <summary>How the subject text ties the fact to the model: by its name or alias, or (inferred) by its family or vendor; null when it does not.</summary>
    private static SubjectTie? Tie(Model model, string fact, string subject)
    {
        if (Names(model).FirstOrDefault(name => Says(subject, name, caseSensitive: true)) is { } name)
        {
            return new SubjectTie(name, Inferred: false);
        }

        if (Families.TryGetValue(model.Id, out var family) && Says(subject, family, caseSensitive: true))
        {
            return new SubjectTie(family, Inferred: true);
        }

        return fact != "vendor" && model.Vendor is { } vendor && Says(subject, vendor, caseSensitive: true)
            ? new SubjectTie(vendor, Inferred: true)
            : null;
    }

    private static IEnumerable<string> Names(Model model) => model.Aliases.Prepend(model.Name);

    private static IReadOnlyList<string> Modality(string modality) => Modalities.TryGetValue(modality, out var words) ? words : [modality];

    /// <summary>262000 → "262,000", "262000"; 1000000 also "1-million", "1 million".</summary>
    private static IReadOnlyList<string> Numbers(long tokens)
    {
        var forms = new List<string> { tokens.ToString("N0", CultureInfo.InvariantCulture), tokens.ToString(CultureInfo.InvariantCulture) };
        if (tokens % 1_000_000 == 0)
        {
            var millions = (tokens / 1_000_000).ToString(CultureInfo.InvariantCulture);
            forms.Add(millions + "-million");
            forms.Add(millions + " million");
        }

        return forms;
    }

    private static bool IsTableRow(string passage) => passage.TrimStart().StartsWith('|');

    private static string[] Cells(string row) => [.. row.Trim().Trim('|').Split('|').Select(cell => cell.Trim())];

    /// <summary>Whitespace collapsed, hyphen variants and curly apostrophes read as plain ones.</summary>
    private static string Fold(string text) =>
        PassageText.NormaliseWhitespace(text).Replace('\u2011', '-').Replace('\u2010', '-').Replace('\u2019', '\'');

    private sealed record SubjectTie(string Word, bool Inferred);

    [GeneratedRegex("“([^”]+)”")]
    private static partial Regex Quotation();
}
