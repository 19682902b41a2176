using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModelBot.Discord.Interactions.Wire;

/// <summary>
/// Reads an option's <c>value</c> (a string, number or boolean) straight to its text: a string as itself, a number
/// or boolean (or, never sent by Discord, an object or array) in its JSON form. Spares every interaction a
/// <see cref="JsonDocument"/> per option. Writes the text as a JSON string.
/// </summary>
public sealed class OptionValueJsonConverter : JsonConverter<string?>
{
    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return ReadStringOrNull(ref reader);
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                return reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray()) : Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return document.RootElement.GetRawText();
                }
        }
    }

    // Invalid UTF-8 or an escaped lone surrogate ("\udfff") parses but cannot become text: the option counts as
    // absent, so the user gets "missing option" rather than a 500.
    private static string? ReadStringOrNull(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStringValue(value);
    }
}
