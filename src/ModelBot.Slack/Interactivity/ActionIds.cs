namespace ModelBot.Slack.Interactivity;

/// <summary>The <c>action_id</c>s of ModelBot's buttons and the <c>block_id</c> of their actions block.</summary>
public static class ActionIds
{
    /// <summary>The actions block holding the buttons.</summary>
    public const string ActionsBlock = "modelbot_actions";

    /// <summary>Show the previous page.</summary>
    public const string PreviousPage = "modelbot_page_previous";

    /// <summary>Show the next page.</summary>
    public const string NextPage = "modelbot_page_next";

    /// <summary>Show every source with its full provenance, to the user who asked.</summary>
    public const string Sources = "modelbot_sources";
}
