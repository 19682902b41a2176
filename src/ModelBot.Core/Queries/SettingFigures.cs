using ModelBot.Core.Dataset;

namespace ModelBot.Core.Queries;

/// <summary>The figures of one benchmark in one setting, by model, precomputed per dataset version.</summary>
internal sealed class SettingFigures
{
    public SettingFigures(string setting, Dictionary<string, ModelFigures> byModel)
    {
        Setting = setting;
        ByModel = byModel;
    }

    /// <summary>The setting as first written in the data.</summary>
    public string Setting { get; }

    public Dictionary<string, ModelFigures> ByModel { get; }

    /// <summary>
    /// For a setting in its models' own mode ("no tools, Contemplating"), the base setting it ranks and compares with
    /// ("no tools"); null otherwise. Set once while the index is built.
    /// </summary>
    public SettingFigures? RanksWith { get; set; }
}
