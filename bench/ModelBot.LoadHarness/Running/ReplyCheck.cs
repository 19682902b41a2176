using System.Net;
using System.Text.Json;

namespace ModelBot.LoadHarness.Running;

/// <summary>What counts as an answer: 200 with a JSON object that has at least one property, read to its end.</summary>
public static class ReplyCheck
{
    /// <summary>True when <paramref name="status"/> is 200 and <paramref name="body"/> is a non-empty JSON object.</summary>
    public static bool IsAnswer(HttpStatusCode status, ReadOnlySpan<byte> body) => status == HttpStatusCode.OK && IsNonEmptyJsonObject(body);

    /// <summary>True when <paramref name="body"/> is one well-formed JSON object with at least one property.</summary>
    public static bool IsNonEmptyJsonObject(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return false;
        }
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            var hasProperty = false;
            while (reader.Read())
            {
                hasProperty |= reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName;
            }
            return hasProperty && reader.BytesConsumed == body.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Sends <paramref name="request"/> and checks the reply; transport errors count as no answer.</summary>
    public static async Task<bool> SendAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken) =>
        await SendForBodyAsync(client, request, cancellationToken) is not null;

    /// <summary>Like <see cref="SendAsync"/>, returning the answer's body, or null when it is not an answer.</summary>
    public static async Task<byte[]?> SendForBodyAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return IsAnswer(response.StatusCode, body) ? body : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null; // the client's own timeout
        }
    }
}
