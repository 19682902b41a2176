using ModelBot.Commands.Catalog;
using ModelBot.Commands.Parsing;
using ModelBot.Core.Queries;

namespace ModelBot.Commands.ModelLists;

/// <summary>"which models are open weights?", "which model has the largest context window?": models listed by one fact.</summary>
/// <param name="Field">The fact to list or order by.</param>
/// <param name="Order">Largest or smallest first, or none (grouped by value).</param>
public sealed record ModelListRequest(ModelField Field, ListOrder Order) : ParsedRequest(CommandNames.Ask)
{
    /// <summary>Only models whose fact has this value ("open", "image", "Google"), or null for all.</summary>
    public string? Value { get; init; }
}

/// <summary>"list all benchmarks": the benchmarks the dataset has, by category.</summary>
public sealed record BenchmarkListRequest() : ParsedRequest(CommandNames.Ask)
{
    /// <summary>Only these benchmark ids ("the difference between A and B"), or null for every benchmark.</summary>
    public IReadOnlyList<string>? Only { get; init; }
}

/// <summary>How a list by a fact is ordered.</summary>
public enum ListOrder
{
    /// <summary>Grouped by value in dataset order.</summary>
    None,
    /// <summary>Largest (or latest) first.</summary>
    Largest,
    /// <summary>Smallest (or earliest) first.</summary>
    Smallest,
}
