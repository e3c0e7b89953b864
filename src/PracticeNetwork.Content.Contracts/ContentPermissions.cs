namespace PracticeNetwork.Content.Contracts;

/// <summary>What the current reader may do with an item.</summary>
public sealed record ContentPermissions(bool CanEdit, bool CanDelete, bool CanRestore, IReadOnlyList<WorkflowStep> Steps)
{
    public static readonly ContentPermissions None = new(CanEdit: false, CanDelete: false, CanRestore: false, []);
}
