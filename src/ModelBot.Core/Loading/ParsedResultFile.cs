using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>A results file as read: its name, the source it declares and its results.</summary>
internal sealed record ParsedResultFile(string File, string? DeclaredSource, YamlMap Root, IReadOnlyList<Located<Result>> Results);
