using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelBot.Host.Health;

/// <summary>Source-generated JSON for <see cref="HealthReport"/> (camelCase, nulls kept so every field is always present).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
