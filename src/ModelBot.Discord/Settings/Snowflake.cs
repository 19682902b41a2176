namespace ModelBot.Discord.Settings;

/// <summary>Discord ids: unsigned 64-bit integers written in decimal.</summary>
public static class Snowflake
{
    /// <summary>True when <paramref name="value"/> is a decimal unsigned 64-bit number of 1–20 digits.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length is 0 or > 20)
        {
            return false;
        }
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return ulong.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
    }

    /// <summary>Discord's epoch (2015-01-01T00:00:00Z), the zero of a snowflake's timestamp.</summary>
    public static readonly DateTimeOffset DiscordEpoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>When the object with id <paramref name="value"/> was created (the id's upper 42 bits, in ms since <see cref="DiscordEpoch"/>).</summary>
    public static bool TryGetCreatedAt(string value, out DateTimeOffset createdAt)
    {
        if (IsValid(value) && ulong.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            createdAt = DiscordEpoch.AddMilliseconds(id >> 22);
            return true;
        }
        createdAt = default;
        return false;
    }

    /// <summary>A snowflake created at <paramref name="createdAt"/> (worker, process and increment zero).</summary>
    public static string At(DateTimeOffset createdAt) =>
        ((ulong)(createdAt - DiscordEpoch).TotalMilliseconds << 22).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
