using System.Text.Json;

namespace ModelBot.Discord.Tests.Gateway.Fakes;

/// <summary>A payload the client sent to the fake gateway, with the (fake) time it arrived.</summary>
internal sealed record ClientFrame(int Op, JsonElement D, DateTimeOffset At);
