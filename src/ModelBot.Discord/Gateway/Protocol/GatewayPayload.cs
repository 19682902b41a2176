using System.Text.Json;

namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>A received gateway event payload: <c>op</c>, <c>d</c>, and for dispatches <c>s</c> and <c>t</c>.</summary>
/// <param name="Op">Opcode.</param>
/// <param name="D">Event data (owned by this record; safe to keep after the socket buffer is reused).</param>
/// <param name="S">Sequence number, for opcode 0 only.</param>
/// <param name="T">Event name, for opcode 0 only.</param>
public sealed record GatewayPayload(GatewayOpcode Op, JsonElement D = default, long? S = null, string? T = null);
