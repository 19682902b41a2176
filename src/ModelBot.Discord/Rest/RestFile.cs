namespace ModelBot.Discord.Rest;

/// <summary>A file sent with a REST request as the multipart part <c>files[n]</c> (n its index), beside <c>payload_json</c>.</summary>
/// <param name="FileName">The name the message's <c>attachments</c> and <c>attachment://</c> URLs refer to.</param>
/// <param name="ContentType">Its MIME type, e.g. <c>image/png</c>.</param>
/// <param name="Content">The bytes.</param>
public sealed record RestFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
