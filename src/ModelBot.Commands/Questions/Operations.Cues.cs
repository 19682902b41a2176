using System.Text.RegularExpressions;

namespace ModelBot.Commands.Questions;

/// <summary>The cue patterns that say which operation a question asks for, beyond the words in vocabulary.yaml.</summary>
internal static partial class Operations
{
    [GeneratedRegex(@"\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\b(?!\s+(?:article|source|mode))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    [GeneratedRegex(@"\b(where|who|which|source|provenance|come from|comes from|cited|measured)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Provenance();

    [GeneratedRegex(@"\bmost\s+(first\s+places|wins|leads|top\s+spots|number\s+ones?)\b|\b(leads|wins|tops)\s+the\s+most\b|\bmost\s+benchmarks\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MostLeads();

    [GeneratedRegex(@"\b(which|what|list|any)\b.*\bmodels?\b.*\b((?<no>no|without)\s+)?(published\s+|any\s+)?(benchmark\s+)?(scores|numbers|figures|results)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FiguresList();

    [GeneratedRegex(@"\b(no|without|lack|lacking|missing|none)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoFigures();

    [GeneratedRegex(@"\bhow\s+many\s+(models|benchmarks|llms)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountQuestion();

    [GeneratedRegex(@"\btools?\s+(help|helps|add|adds|boost|boosts|improve|improves|gain)\b|\b(gain|gains|benefit|benefits|improve|improves)\w*\s+(the\s+)?(most\s+)?from\s+(using\s+)?tools\b|\bwhat\s+do\s+tools\s+add\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToolsGain();

    [GeneratedRegex(@"\b(spread|range)\b|\bbest and (the )?worst\b|\bbetween (the )?(top|best|first) and (the )?(bottom|worst|last)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spread();

    [GeneratedRegex(@"\bwho\s+(ran|run|runs|measured|measures|evaluated|evaluates|tested|reported|benchmarked)\b|\bwhich\s+(evaluator|lab)\b|\bwho\s+did\s+the\b|\bwhere\s+do(es)?\s+the\s+(numbers|figures)\s+come\s+from\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoMeasured();

    [GeneratedRegex(@"\b(last|worst|bottom|weakest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastPlace();

    [GeneratedRegex(@"\b(falls?|fell|falling|lags?|lagging|trails?|trailing)\s+behind\b|\b(trails?|trailing|lags?|lagging)\b|\bweak(ness|nesses|\s+spots?|\s+points?)\b|\b(where|what)\b.*\b(is|does)\b.*\b(bad|worse|weak|struggle|struggles)\b|\bbehind\s+the\s+(competition|others|leaders?|rest)\b|\bhow\s+far\b.*\b(from|behind|off)\s+the\s+(frontier|leaders?|top|best|state\s+of\s+the\s+art|sota)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FallsBehind();

    [GeneratedRegex(@"(\b(which|what)\s+(benchmarks?|tests?|evals?|rows?|areas?|tasks?)\b|\bwhere\b|\bon\s+(which|what)\b).*\b(beat|beats|outperforms?|outscores?|better\s+than|ahead\s+of|wins?\s+(over|against)|edges?\s+out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WinsQuestion();

    [GeneratedRegex(@"\b(figures?|numbers?|scores?|results?|table|tables|benchmarks?|measured?|measures|evaluat\w*|tested|reported?|reports|gives?|gave|says?|said|shows?|list|claims?|published|everything|all)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EvaluatorFigureWords();

    [GeneratedRegex(@"\b(?:bottom|last|worst)[\s-]*(?:(\d{1,2})|(two|three|four|five))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bottom();

    [GeneratedRegex(@"\b(lowest|least|weakest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorstWhenHigherIsBetter();

    [GeneratedRegex(@"\b(most|highest|largest|biggest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorstWhenLowerIsBetter();

    [GeneratedRegex(@"(\b(got|get|gets|scored|scores|score|at|of|is|was|be|it|reach|reached|hit|hits|with|only|just|a|an|the|or|and|than|gave|gives|says|say|said|shows|show|reported|really|exactly|not)|the|['’]s|[:=])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotingWord();

    [GeneratedRegex(@"(?<![\w.-])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\w.%-]*[a-zA-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:which|what|any|list)\s+(?:the\s+)?(?<w>[A-Za-z]{4,})\s+models\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescribedModels();

    [GeneratedRegex(@"\b(?:made|built|developed|released)\s+by\s+(?<v>(?!the\b|a\b)[A-Za-z][\w.-]+)|\bwhich\s+(?<v>[A-Z][\w.-]+)\s+models\b", RegexOptions.CultureInvariant)]
    private static partial Regex MadeBy();

    [GeneratedRegex(@"\b(closed|proprietary|locked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosedWords();

    [GeneratedRegex(@"\bopen(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenWords();

    [GeneratedRegex(@"\b(images?|pictures?|voice|speech|audio|video|text)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModalityWords();

    [GeneratedRegex(@"\b(which|what|list|all|any)\s+(the\s+)?models\b(?!.*\b(fewest|most|least|lowest|highest|best|top|leads?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModelsWithFigures();

    [GeneratedRegex(@"^\s*(list|show)(\s+me)?(\s+all)?(\s+the)?\s+models\b|\b(which|what)\s+models\s+(do you|are in|does the dataset|are there)\b|\ball (the )?models\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListsModels();

    [GeneratedRegex(@"^\s*(list|show)(\s+me)?(\s+all)?(\s+the)?\s+benchmarks\b|\b(which|what)\s+benchmarks\s+(do you|are in|does the dataset|are there|are covered)\b|\ball (the )?benchmarks\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListsBenchmarks();

    [GeneratedRegex(@"[A-Za-z][A-Za-z-]+", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptiveWord();

    [GeneratedRegex(@"\bmodes?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModeWord();

    [GeneratedRegex(@"\b(best|top|strongest|leading|leads?|strongest|most\s+capable|smartest|pick|recommend)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BestOverall();

    [GeneratedRegex(@"\b(disagree\w*|conflict(s|ing)?|contradict\w*|discrepanc\w+|inconsisten\w+|mismatch\w*|(don't|do\s+not|doesn't|does\s+not)\s+(match|agree)|differ(s|ent)?\s+(between|across|among)\s+(the\s+)?(articles|sources))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disagree();

    [GeneratedRegex(@"\btop[\s-]*(\d{1,2}|one|two|three|four|five|six|ten)\b|\b(\d{1,2}|two|three|four|five|six|ten)\s+(?:best|top|highest|strongest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopN();

    [GeneratedRegex(@"^\s*((what|wtf)\s+(is|are|does)|what's|wtf's|whats|explain|define|tell me what)\b|\bmeasures?\b|\btests?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhatIsIt();

    [GeneratedRegex(@"\b(which|what|any|list|all)\s+(\w+\s+){0,2}(models?|llms?|ones?)\b|\bmodels\s+(do|does|have|are|with|that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhichModel();
}
