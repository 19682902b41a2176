using System.Text.Json.Serialization;
using ModelBot.Commands.Answers;

namespace ModelBot.Commands.Json;

/// <summary>Source-generated System.Text.Json metadata for the neutral answer: camelCase, nulls omitted, compact.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(Answer))]
public sealed partial class AnswerJsonContext : JsonSerializerContext;
