namespace ModelBot.Core.Dataset;

/// <summary>Whether a model's weights can be downloaded.</summary>
public enum WeightsAvailability
{
    Unknown,
    Open,
    Closed,
}
