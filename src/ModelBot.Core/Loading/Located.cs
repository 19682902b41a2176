namespace ModelBot.Core.Loading;

/// <summary>An entity read from a data file, with the mapping it came from (for positions in later checks).</summary>
internal sealed record Located<T>(T Value, YamlMap Map);
