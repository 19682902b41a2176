using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.Facts;

/// <summary>A question about some facts of a model ("is Muse Spark open source?").</summary>
/// <param name="Model">The model id.</param>
/// <param name="Fields">The facts asked about, in the order asked.</param>
public sealed record FactRequest(string Model, IReadOnlyList<ModelField> Fields) : ParsedRequest(CommandNames.Ask)
{
    /// <summary>"can it generate images?": the modality asked about ("image"), answered yes or no first; null otherwise.</summary>
    public string? AskedModality { get; init; }

    /// <summary>The question with names blanked, so a second part the fields do not cover ("… and who revealed it?") is answered from the notes.</summary>
    public string? Rest { get; init; }

    /// <summary>"… compared to Gemma 4?": the other models whose same facts the answer gives too.</summary>
    public IReadOnlyList<string> Others { get; init; } = [];
}
