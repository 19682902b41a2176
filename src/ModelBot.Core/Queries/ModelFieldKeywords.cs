namespace ModelBot.Core.Queries;

/// <summary>Which model facts a free-text question asks about ("is it open source?" → weights and licence).</summary>
public static class ModelFieldKeywords
{
    private static readonly (string Phrase, ModelField[] Fields)[] Phrases =
    [
        ("open source", [ModelField.Weights, ModelField.Licence]),
        ("open-source", [ModelField.Weights, ModelField.Licence]),
        ("opensource", [ModelField.Weights, ModelField.Licence]),
        ("closed source", [ModelField.Weights, ModelField.Licence]),
        ("closed-source", [ModelField.Weights, ModelField.Licence]),
        ("open weight", [ModelField.Weights, ModelField.Licence]),
        ("open-weight", [ModelField.Weights, ModelField.Licence]),
        ("weights", [ModelField.Weights]),
        ("self-host", [ModelField.Weights]),
        ("self host", [ModelField.Weights]),
        ("download", [ModelField.Weights]),
        ("proprietary", [ModelField.Weights, ModelField.Licence]),
        // After the longer phrases, which take their words first: "is Grok 4.2 open?" asks the same.
        ("open", [ModelField.Weights, ModelField.Licence]),
        ("closed", [ModelField.Weights, ModelField.Licence]),
        ("licence", [ModelField.Licence]),
        ("license", [ModelField.Licence]),
        ("context window", [ModelField.ContextWindow]),
        ("context length", [ModelField.ContextWindow]),
        ("context size", [ModelField.ContextWindow]),
        ("context", [ModelField.ContextWindow]),
        ("released", [ModelField.ReleaseDate]),
        ("release", [ModelField.ReleaseDate]),
        ("launched", [ModelField.ReleaseDate]),
        ("launch", [ModelField.ReleaseDate]),
        ("came out", [ModelField.ReleaseDate]),
        ("come out", [ModelField.ReleaseDate]),
        ("vendor", [ModelField.Vendor]),
        ("who makes", [ModelField.Vendor]),
        ("who made", [ModelField.Vendor]),
        ("who built", [ModelField.Vendor]),
        ("made by", [ModelField.Vendor]),
        ("developer", [ModelField.Vendor]),
        ("develops", [ModelField.Vendor]),
        ("developed", [ModelField.Vendor]),
        ("who created", [ModelField.Vendor]),
        ("created by", [ModelField.Vendor]),
        ("company", [ModelField.Vendor]),
        ("modalities", [ModelField.InputModalities, ModelField.OutputModalities]),
        ("modality", [ModelField.InputModalities, ModelField.OutputModalities]),
        ("multimodal", [ModelField.InputModalities, ModelField.OutputModalities]),
        ("input", [ModelField.InputModalities]),
        ("images", [ModelField.InputModalities]),
        ("image", [ModelField.InputModalities]),
        ("audio", [ModelField.InputModalities]),
        ("voice", [ModelField.InputModalities]),
        ("vision", [ModelField.InputModalities]),
        ("modes", [ModelField.Modes]),
        ("mode", [ModelField.Modes]),
        ("codename", [ModelField.Aliases]),
        ("code name", [ModelField.Aliases]),
        ("alias", [ModelField.Aliases]),
        ("also called", [ModelField.Aliases]),
        ("also known", [ModelField.Aliases]),
    ];

    /// <summary>The fields the question asks about, in the order the question names them, without repeats; empty when none.</summary>
    public static IReadOnlyList<ModelField> Find(string question)
    {
        var text = question.ToLowerInvariant();
        var taken = new bool[text.Length];
        var hits = new List<(int At, ModelField[] Fields)>();
        foreach (var (phrase, fields) in Phrases)
        {
            var at = IndexOfWord(text, phrase, taken);
            if (at >= 0)
            {
                Array.Fill(taken, true, at, phrase.Length);
                hits.Add((at, fields));
            }
        }

        hits.Sort((left, right) => left.At.CompareTo(right.At));
        var found = new List<ModelField>();
        foreach (var (_, fields) in hits)
        {
            foreach (var field in fields)
            {
                if (!found.Contains(field))
                {
                    found.Add(field);
                }
            }
        }

        return found;
    }

    private static int IndexOfWord(string text, string phrase, bool[] taken)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            var startsWord = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endsWord = end == text.Length || !char.IsLetter(text[end]) || text[end] == 's';
            if (startsWord && endsWord && !taken[at])
            {
                return at;
            }
        }

        return -1;
    }
}
