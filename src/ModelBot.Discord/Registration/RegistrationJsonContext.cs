using System.Text.Json.Serialization;

namespace ModelBot.Discord.Registration;

/// <summary>Source-generated JSON for command registration: snake_case, nulls omitted.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
public sealed partial class RegistrationJsonContext : JsonSerializerContext;
