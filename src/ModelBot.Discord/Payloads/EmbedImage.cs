namespace ModelBot.Discord.Payloads;

/// <summary>An embed's large image; <c>attachment://chart.png</c> shows a file uploaded with the same message.</summary>
public sealed record EmbedImage(string Url);
