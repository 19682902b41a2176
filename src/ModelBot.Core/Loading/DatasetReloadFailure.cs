namespace ModelBot.Core.Loading;

/// <summary>The last load that failed: when, and its errors. The previous dataset stayed in service.</summary>
/// <param name="At">When the load was attempted.</param>
/// <param name="Errors">Its errors.</param>
public sealed record DatasetReloadFailure(DateTimeOffset At, IReadOnlyList<DatasetError> Errors);
