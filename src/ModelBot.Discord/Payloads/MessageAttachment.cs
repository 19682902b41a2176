namespace ModelBot.Discord.Payloads;

/// <summary>
/// A file sent with a message, as <c>payload_json</c> lists it: <see cref="Id"/> matches the multipart part
/// <c>files[id]</c>; the description (at most 1024 characters) is the image's alt text.
/// </summary>
public sealed record MessageAttachment(int Id, string Filename, string? Description = null);
