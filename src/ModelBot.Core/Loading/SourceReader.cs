using ModelBot.Core.Dataset;

namespace ModelBot.Core.Loading;

/// <summary>Reads the entries of sources.yaml.</summary>
internal static class SourceReader
{
    /// <summary>The keys a source may have.</summary>
    public static readonly string[] Keys = ["id", "title", "publisher", "date", "file", "url"];

    public static Located<Source>? Read(YamlMap map)
    {
        var id = map.String("id", required: true);
        map.Subject = id is null ? "source" : $"source '{id}'";
        var title = map.String("title", required: true);
        var publisher = map.String("publisher", required: true);
        var date = map.Date("date");
        var file = map.String("file", required: true);
        var url = map.String("url", required: false);
        if (id is null || title is null || publisher is null || file is null)
        {
            return null;
        }

        var source = new Source { Id = id, Title = title, Publisher = publisher, Date = date, File = file, Url = url, Line = map.Position.Line };
        return new Located<Source>(source, map);
    }
}
