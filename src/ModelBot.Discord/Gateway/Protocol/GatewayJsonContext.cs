using System.Text.Json.Serialization;

namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>Source-generated JSON for gateway payloads (snake_case, as on the wire).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(GatewaySendPayload<Identify>))]
[JsonSerializable(typeof(GatewaySendPayload<Resume>))]
[JsonSerializable(typeof(GatewaySendPayload<long?>))]
[JsonSerializable(typeof(Hello))]
[JsonSerializable(typeof(Ready))]
[JsonSerializable(typeof(GatewayBot))]
public sealed partial class GatewayJsonContext : JsonSerializerContext;
