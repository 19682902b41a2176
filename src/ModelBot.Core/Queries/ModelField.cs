namespace ModelBot.Core.Queries;

/// <summary>A fact about a model that a question may ask for.</summary>
public enum ModelField
{
    /// <summary>Who makes it.</summary>
    Vendor,
    /// <summary>When it was released.</summary>
    ReleaseDate,
    /// <summary>Open or closed weights.</summary>
    Weights,
    /// <summary>Its licence.</summary>
    Licence,
    /// <summary>Context window in tokens.</summary>
    ContextWindow,
    /// <summary>What it takes as input.</summary>
    InputModalities,
    /// <summary>What it produces.</summary>
    OutputModalities,
    /// <summary>Reasoning or product modes.</summary>
    Modes,
    /// <summary>Codenames and other names.</summary>
    Aliases,
    /// <summary>How it can be used: API, apps, preview.</summary>
    Access,
    /// <summary>Parameter count.</summary>
    Parameters,
    /// <summary>Price.</summary>
    Pricing,
    /// <summary>Free-form notes.</summary>
    Notes,
}
