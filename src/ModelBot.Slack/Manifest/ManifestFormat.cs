namespace ModelBot.Slack.Manifest;

/// <summary>How the manifest is printed.</summary>
public enum ManifestFormat
{
    /// <summary>Indented JSON.</summary>
    Json,

    /// <summary>YAML (block style, strings double-quoted).</summary>
    Yaml,
}
