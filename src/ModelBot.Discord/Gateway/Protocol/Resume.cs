namespace ModelBot.Discord.Gateway.Protocol;

/// <summary>Data of opcode 6 RESUME.</summary>
/// <param name="Token">Bot token.</param>
/// <param name="SessionId">Session id from READY.</param>
/// <param name="Seq">Last sequence number received.</param>
public sealed record Resume(string Token, string SessionId, long Seq);
