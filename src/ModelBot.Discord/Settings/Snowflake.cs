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
}
